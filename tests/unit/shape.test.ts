import { describe, expect, it } from 'vitest'
import { sameShapedRuns } from '../support/shape'

function slides(shapes: string, exempt = ''): { no: number, shape: string, exempt: boolean }[] {
  return [...shapes].map((shape, i) => ({ no: i + 1, shape, exempt: exempt[i] === 'x' }))
}

describe('same-shaped slides in a row', () => {
  it('finds three or more in a row, by slide number', () => {
    expect(sameShapedRuns(slides('abbbc'))).toEqual([
      [2, 3, 4],
    ])
    expect(sameShapedRuns(slides('aaaab'))).toEqual([
      [1, 2, 3, 4],
    ])
    expect(sameShapedRuns(slides('abcbbd'))).toEqual([])
  })

  it('lets a varied deck through', () => {
    expect(sameShapedRuns(slides('abababcc'))).toEqual([])
  })

  it('does not count slides that repeat by nature, such as the references', () => {
    expect(sameShapedRuns(slides('abrrrrc', '..xxxx.'))).toEqual([])
  })
})
