/** Serves a built deck (see `serveDist`) in a thread of its own: see `serveDistBeside`. */
import { parentPort, workerData } from 'node:worker_threads'
import { serveDist } from './serve.ts'

const { dir, options } = workerData as { dir: string, options: Parameters<typeof serveDist>[1] }
void serveDist(dir, options).then((server) => {
  parentPort!.on('message', (message) => {
    if (message === 'close')
      void server.close().then(() => parentPort!.close())
  })
  parentPort!.postMessage(server.url)
})
