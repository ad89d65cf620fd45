import type { Buffer } from 'node:buffer'
import type { ChildProcess } from 'node:child_process'
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { loadDeck, loadDeckInfo } from 'slidev-addon-talk-site/node/deck'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { missingChromium } from '../node/chromium'
import { describeError } from '../node/cli'
import { checkOutput, inside, outputMarker, replaceFolder, UsageError, writeFilesAtomic } from '../node/files'
import { pictureError } from '../node/pictures'
import { SlideError } from '../node/print'
import { serveDist } from '../node/serve'

// Run in one Node process with tsx's loader, so a signal reaches the run itself.
function run(args: string[]): string[] {
  return [
    '--import',
    'tsx',
    resolve('tests/fixtures/interrupted-run/run.ts'),
    ...args,
  ]
}
let work = ''

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'talk-output-'))
})
afterEach(() => {
  rmSync(work, { recursive: true, force: true })
})

/** A folder written by an earlier run of the tool, with `index.html` saying `text`. */
async function previousBuild(out: string, text = 'old'): Promise<void> {
  await replaceFolder(out, async (dir) => {
    writeFileSync(join(dir, 'index.html'), text)
    writeFileSync(join(dir, 'asset.js'), text)
  })
}

/** What `out` holds: both files of one version, or what is wrong. */
function contents(out: string): string {
  if (!existsSync(join(out, 'index.html')))
    return 'no index.html'
  const [index, asset] = ['index.html', 'asset.js'].map(file => existsSync(join(out, file))
    ? readFileSync(join(out, file), 'utf8')
    : 'missing')
  return index === asset
    ? index!
    : `index.html ${index}, asset.js ${asset}`
}

describe('an output folder is never anything but ours', () => {
  const project = resolve('.')

  it.each([
    ['.', 'is the project folder'],
    ['..', 'is a folder that contains the project'],
    ['/', 'is a folder that contains the project'],
  ])('refuses --out %s, even with --force', (out, says) => {
    for (const force of [false, true]) {
      expect(() => checkOutput(out, {
        protect: [project],
        force,
      })).toThrow(UsageError)
      expect(() => checkOutput(out, {
        protect: [project],
        force,
      })).toThrow(`--out ${out} ${says}`)
    }
  })

  it('refuses a folder someone else filled, unless forced, and names it', () => {
    const out = join(work, 'slides')
    mkdirSync(out)
    writeFileSync(join(out, 'talk.md'), '# mine')
    expect(() => checkOutput(out, {
      protect: [project],
      force: false,
    })).toThrow(`--out ${out} holds files this tool did not write (it has no ${outputMarker} file)`)
    expect(() => checkOutput(out, {
      protect: [project],
      force: true,
    })).not.toThrow()
    expect(readdirSync(out)).toEqual(['talk.md'])
  })

  it('refuses a file and a link that is not ours', () => {
    writeFileSync(join(work, 'file'), 'x')
    expect(() => checkOutput(join(work, 'file'), {
      protect: [project],
      force: false,
    })).toThrow('is a file, not a folder')
    symlinkSync(work, join(work, 'link'))
    expect(() => checkOutput(join(work, 'link'), {
      protect: [project],
      force: false,
    })).toThrow('holds files this tool did not write')
  })

  it('takes a new folder, an empty one, and one it wrote before', async () => {
    expect(() => checkOutput(join(work, 'new'), {
      protect: [project],
      force: false,
    })).not.toThrow()
    mkdirSync(join(work, 'empty'))
    expect(() => checkOutput(join(work, 'empty'), {
      protect: [project],
      force: false,
    })).not.toThrow()
    await previousBuild(join(work, 'dist'))
    expect(() => checkOutput(join(work, 'dist'), {
      protect: [project],
      force: false,
    })).not.toThrow()
  })

  it('lets no setting put a file outside it', () => {
    expect(inside(work, 'talk.en.pdf', 'exportFilename')).toBe(join(work, 'talk.en.pdf'))
    for (const name of [
      '../x.pdf',
      '/etc/x.pdf',
      'a/../../x.pdf',
      '.',
    ])
      expect(() => inside(work, name, 'exportFilename')).toThrow(`exportFilename "${name}" would write outside`)
  })
})

describe('replacing a folder', () => {
  it('puts a finished version in place, world-readable whatever the umask, marked as ours, the old one gone', async () => {
    const out = join(work, 'dist')
    await previousBuild(out)
    const umask = process.umask(0o077)
    try {
      await replaceFolder(out, async (dir) => {
        mkdirSync(join(dir, 'en'))
        writeFileSync(join(dir, 'en', 'index.html'), 'new')
      })
    }
    finally {
      process.umask(umask)
    }
    expect(readdirSync(out).sort()).toEqual([outputMarker, 'en'])
    expect(statSync(out).mode & 0o777).toBe(0o755)
    expect(statSync(join(out, 'en')).mode & 0o777).toBe(0o755)
    expect(statSync(join(out, 'en', 'index.html')).mode & 0o777).toBe(0o644)
    expect(readdirSync(work)).toHaveLength(2)
  })

  it('leaves the old version and nothing half-written when the new one fails', async () => {
    const out = join(work, 'dist')
    await previousBuild(out)
    const before = readdirSync(work).sort()
    await expect(replaceFolder(out, async (dir) => {
      writeFileSync(join(dir, 'index.html'), 'half')
      throw new Error('slide 2 broke')
    })).rejects.toThrow('slide 2 broke')
    expect(contents(out)).toBe('old')
    expect(readdirSync(work).sort()).toEqual(before)
  })

  it('carries over the files it is told to keep, and replaces the others together', async () => {
    const out = join(work, 'exports')
    await replaceFolder(out, async (dir) => {
      writeFileSync(join(dir, 'talk.en.pdf'), 'en 1')
      writeFileSync(join(dir, 'talk.de.pdf'), 'de 1')
    })
    await replaceFolder(out, async (dir) => {
      writeFileSync(join(dir, 'talk.en.pdf'), 'en 2')
    }, {
      keep: () => true,
    })
    expect(readFileSync(join(out, 'talk.en.pdf'), 'utf8')).toBe('en 2')
    expect(readFileSync(join(out, 'talk.de.pdf'), 'utf8')).toBe('de 1')
  })

  it('replaces a folder of its own from before versions, keeping nothing of it', async () => {
    const out = join(work, 'dist')
    mkdirSync(out)
    writeFileSync(join(out, outputMarker), '')
    writeFileSync(join(out, 'stale.html'), 'old')
    await previousBuild(out, 'new')
    expect(lstatSync(out).isSymbolicLink()).toBe(true)
    expect(existsSync(join(out, 'stale.html'))).toBe(false)
    expect(contents(out)).toBe('new')
  })

  it('writes files all or none', async () => {
    writeFileSync(join(work, 'a.pdf'), 'previous')
    await expect(writeFilesAtomic([
      [
        join(work, 'a.pdf'),
        new Uint8Array([1]),
      ],
      [
        join(work, 'missing', 'b.pdf'),
        new Uint8Array([2]),
      ],
    ])).rejects.toThrow()
    expect(readFileSync(join(work, 'a.pdf'), 'utf8')).toBe('previous')
    expect(readdirSync(work)).toEqual(['a.pdf'])
  })
})

describe('a run stopped part-way', () => {
  it('killed at any point of the swap, leaves the old or the new version whole, and the next run clears what it left', () => {
    const out = join(work, 'dist')
    // Each version written by a run of its own, which has ended by the time the next one starts, as builds are.
    const swap = (steps: number, text = 'new'): string => spawnSync(process.execPath, run([
      'swap',
      out,
      String(steps),
      text,
    ]), {
      encoding: 'utf8',
      env: { ...process.env, TMPDIR: work },
    }).stdout
    swap(0, 'old')
    const seen = new Set<string>()
    for (let steps = 1; ; steps++) {
      const finished = swap(steps).includes('done')
      const state = contents(out)
      expect(['old', 'new'], `killed after step ${steps}: ${state}`).toContain(state)
      seen.add(state)
      if (finished)
        break
      swap(0, 'old')
    }
    expect([...seen].sort()).toEqual(['new', 'old'])
    swap(0, 'old')
    expect(readdirSync(work).filter(name => name.startsWith('.dist-')), 'only the current version').toHaveLength(1)
  }, 60_000)

  it.each(['SIGINT', 'SIGTERM'] as const)('on %s removes its temporary folders and browser profile and exits with the conventional code', async (signal) => {
    const out = join(work, 'dist')
    await previousBuild(out)
    const temporary = mkdtempSync(join(work, 'tmp-'))
    const child: ChildProcess = spawn(process.execPath, run(['wait', out]), {
      env: { ...process.env, TMPDIR: temporary },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    await new Promise<void>((ready, fail) => {
      child.stdout!.on('data', (chunk: Buffer) => String(chunk).includes('ready') && ready())
      child.on('exit', code => fail(new Error(`exited with ${code} before it was ready`)))
    })
    expect(readdirSync(temporary).length).toBeGreaterThan(0)
    const exited = new Promise<number | null>(done => child.on('exit', code => done(code)))
    child.kill(signal)
    expect(await exited).toBe(signal === 'SIGINT'
      ? 130
      : 143)
    // tsx's loader keeps a folder of its own there.
    expect(readdirSync(temporary).filter(name => !name.startsWith('tsx-'))).toEqual([])
    expect(contents(out)).toBe('old')
    expect(readdirSync(work).filter(name => name.startsWith('.dist-'))).toHaveLength(1)
  }, 30_000)
})

describe('settings that say what to change', () => {
  const entry = 'tests/fixtures/wrong-settings/slides.md'

  it('a slide\'s seconds: must be a positive number, named by file and line', async () => {
    const error = await loadDeck(entry).then(() => undefined, (e: Error) => e.message)
    expect(error).toContain(`${entry}:15: seconds: "abc" is not a positive number of seconds`)
    expect(error).toContain(`${entry}:25: seconds: -30 is not a positive number of seconds`)
    expect(error).not.toContain(`${entry}:5`)
  })

  it('exportFilename must be a plain file name', async () => {
    await expect(loadDeckInfo(entry)).rejects.toThrow(`${entry}: exportFilename "../outside" is not a plain file name`)
  })

  it('a full disk or a folder it may not write is reported as what it is, not as a slide\'s fault', () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), {
      code: 'ENOSPC',
      syscall: 'write',
      path: join(work, 'pictures/39.dark.1280.webp'),
    })
    expect(pictureError(full, 'slide 39 (slides.md:200, "Thanks")')).toBe(full)
    expect(describeError(full)).toBe(`write ${full.path}: the disk is full: free some space, then run again (ENOSPC).`)
    const denied = Object.assign(new Error('EACCES'), { code: 'EACCES', syscall: 'open', path: '/srv/site/index.html' })
    expect(describeError(denied)).toContain('open /srv/site/index.html: permission denied')
    const broken = pictureError(new Error('extract_area: bad extract area'), 'slide 39 (slides.md:200, "Thanks")')
    expect(broken).toBeInstanceOf(SlideError)
    expect(broken.message).toBe('slide 39 (slides.md:200, "Thanks"): extract_area: bad extract area')
  })

  it('a Chromium path that does not exist is named', () => {
    expect(missingChromium('/opt/chrome/nowhere')).toContain('--executable-path is /opt/chrome/nowhere, which does not exist')
    expect(missingChromium(work)).toContain(`--executable-path is ${work}, which is not an executable file`)
  })
})

describe('the preview server', () => {
  const page = (text: string): string => `<!doctype html><script type="module" src="/talk/assets/index.js"></script><p>${text}</p>`
  const site = async (out: string, text: string): Promise<void> => replaceFolder(out, async (dir) => {
    mkdirSync(join(dir, 'read'))
    writeFileSync(join(dir, 'index.html'), page(text))
    writeFileSync(join(dir, '17.html'), page(`slide 17, ${text}`))
    writeFileSync(join(dir, 'read', 'index.html'), `read, ${text}`)
    writeFileSync(join(dir, '404.html'), page(`the app, ${text}`))
  })

  it('answers as the README promises, stays up on a malformed address, and serves a site replaced under it', async () => {
    const out = join(work, 'dist')
    mkdirSync(join(work, 'dist-beside'))
    writeFileSync(join(work, 'secret.txt'), 'not for the web')
    await site(out, 'first')
    const server = await serveDist(out)
    const get = async (path: string): Promise<[number, string]> => {
      const response = await fetch(`${server.url.replace(/\/talk$/, '')}${path}`, { redirect: 'manual' })
      return [
        response.status,
        response.status === 301
          ? response.headers.get('location')!
          : await response.text(),
      ]
    }
    try {
      expect(await get('/talk/')).toEqual([
        200,
        page('first'),
      ])
      expect(await get('/talk/17')).toEqual([
        200,
        page('slide 17, first'),
      ])
      expect(await get('/talk/read')).toEqual([301, '/talk/read/'])
      expect(await get('/talk/read/')).toEqual([200, 'read, first'])
      expect(await get('/talk/presenter/17')).toEqual([
        404,
        page('the app, first'),
      ])
      expect((await get('/talk/%E0%A4%A'))[0]).toBe(400)
      expect((await get('/talk/..%2fdist-beside'))[0]).toBe(404)
      expect((await get('/talk/..%2fsecret.txt'))[0]).toBe(404)
      expect((await get(`/talk/${outputMarker}`))[0]).toBe(404)
      expect((await get('/elsewhere/'))[0]).toBe(404)
      await site(out, 'second')
      expect(await get('/talk/')).toEqual([
        200,
        page('second'),
      ])
      expect(await get('/talk/17')).toEqual([
        200,
        page('slide 17, second'),
      ])
      expect(await get('/talk/presenter/17')).toEqual([
        404,
        page('the app, second'),
      ])
    }
    finally {
      await server.close()
    }
  })
})
