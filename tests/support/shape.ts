/**
 * What a slide looks like from the back of the room: its layout and the kinds
 * of block it shows under its title, e.g. `default: div.bets p.bets-why`.
 * Three slides in a row with the same shape read like a wiki page.
 */
export interface SlideShape {
  no: number
  shape: string
  /** Slides that repeat a shape by nature (the references) are not counted. */
  exempt: boolean
}

/** Runs of `length` or more consecutive, counted slides with one shape, as their slide numbers. */
export function sameShapedRuns(slides: SlideShape[], length = 3): number[][] {
  const runs: number[][] = []
  let run: SlideShape[] = []
  for (const slide of slides) {
    if (!slide.exempt && run.length > 0 && run[0]!.shape === slide.shape) {
      run.push(slide)
      continue
    }
    if (run.length >= length)
      runs.push(run.map(s => s.no))
    run = slide.exempt
      ? []
      : [slide]
  }
  if (run.length >= length)
    runs.push(run.map(s => s.no))
  return runs
}

/**
 * Runs in the page (the deck's overview, which draws every slide): each
 * slide's shape, from its layout's class and its blocks' tag and first class.
 */
export function slideShapes({ page: prefix, layout: layoutSelector }: { page: string, layout: string }): { no: number, shape: string, classes: string[] }[] {
  return [
    ...document.querySelectorAll<HTMLElement>(`[class*="${prefix}"]`),
  ].flatMap((page) => {
    const no = Number([...page.classList].find(c => c.startsWith(prefix) && /^\d+$/.test(c.slice(prefix.length)))?.slice(prefix.length))
    const layout = page.querySelector(layoutSelector)
    if (!no || !layout)
      return []
    const classes = [...layout.classList].filter(c => c !== layoutSelector.slice(1))
    const blocks = [...layout.children]
      .filter(child => child.tagName !== 'H1')
      .map(child => `${child.tagName.toLowerCase()}.${child.classList[0] ?? ''}`)
    return [
      { no, shape: `${classes[0] ?? ''}: ${blocks.join(' ')}`, classes },
    ]
  })
}
