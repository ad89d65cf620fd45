/** Words the addon shows around a deck, in the deck's language. */
export interface Labels {
  /** The language switch, for screen readers. */
  languages: string
  /** A language switch link's tooltip; `{name}` is the other edition's name. */
  otherEdition: string
  downloadSlides: string
  downloadHandout: string
  /** The reader-mode button and its key. */
  readerToggle: string
  readerClose: string
  readerEmpty: string
  /** Above the notes: `{no}` and `{total}` are slide numbers. */
  readerPosition: string
  /** The notes panel's name and the handout's label for each slide's notes. */
  notes: string
  /** Shown while the service worker saves the deck for offline reading. */
  offlineSaving: string
  /** Offered when a newer version of the site has been published: the notice and its button. */
  updateReady: string
  updateReload: string
  /** The presenter's pacing line: this slide's planned time, when the plan starts it, and the drift; `{time}` is minutes:seconds. */
  pacingSlide: string
  pacingPlan: string
  pacingBehind: string
  pacingAhead: string
  pacingOnTime: string
  pacingHint: string
  /** The annotated page (`read/`): the deck's link to it, the narrow-screen offer and its close button. */
  readLink: string
  readPromptClose: string
  /** The page's title; `{title}` is the talk's. */
  readTitle: string
  /** Under the page's title, and its link preview; `{count}` is the number of slides. */
  readIntro: string
  /** The same, for a site built without the speaker notes. */
  readIntroWithoutNotes: string
  /** The talk's length; `{minutes}` from the headmatter's `duration`. */
  readLength: string
  readContents: string
  /** The page's link to the deck itself. */
  readSlides: string
  /** Each slide's link into the deck; `{no}` is its number. */
  readOpenSlide: string
  /** Before a diagram's description in a slide's alt text. */
  readDiagram: string
  /** The folded list of the links a slide shows; `{count}` is how many. */
  readLinks: string
}

/** The words the navigation bar holds on every slide, as tooltips and for screen readers. */
export const everySlideLabels = [
  'languages',
  'otherEdition',
  'downloadSlides',
  'downloadHandout',
  'readerToggle',
  'readLink',
] as const satisfies readonly (keyof Labels)[]

/** The addon's own words for the languages it knows; an edition in any other language gives its `labels`. */
export const builtInLabels: Record<string, Labels> = {
  'zh-CN': {
    languages: '语言',
    otherEdition: '打开{name}版的同一页',
    downloadSlides: '下载幻灯片 PDF',
    downloadHandout: '下载讲义 PDF（含讲稿）',
    readerToggle: '显示或隐藏讲稿（N 键）',
    readerClose: '关闭讲稿',
    readerEmpty: '这一页没有讲稿。',
    readerPosition: '第 {no} / {total} 页',
    notes: '讲稿',
    offlineSaving: '正在保存，以便离线阅读…',
    updateReady: '这份演讲有了新版本',
    updateReload: '立即刷新',
    pacingSlide: '本页 {time}',
    pacingPlan: '计划 {time}',
    pacingBehind: '落后 {time}',
    pacingAhead: '领先 {time}',
    pacingOnTime: '准时',
    pacingHint: '本页计划时长 · 按计划本页开始的时刻 · 与计划相比',
    readLink: '按文章阅读',
    readPromptClose: '不再提示',
    readTitle: '{title} · 文章版',
    readIntro: '全部 {count} 页幻灯片，每页附上讲者要说的话，按自己的节奏阅读。',
    readIntroWithoutNotes: '全部 {count} 页幻灯片，每页附上文字说明，按自己的节奏阅读。',
    readLength: '约 {minutes} 分钟',
    readContents: '目录',
    readSlides: '看幻灯片',
    readOpenSlide: '在幻灯片中打开第 {no} 页',
    readDiagram: '图示',
    readLinks: '本页链接（{count}）',
  },
  'en': {
    languages: 'Language',
    otherEdition: 'Open this slide in the {name} edition',
    downloadSlides: 'Download the slides (PDF)',
    downloadHandout: 'Download the handout with notes (PDF)',
    readerToggle: 'Show or hide the speaker notes (N)',
    readerClose: 'Close the notes',
    readerEmpty: 'This slide has no notes.',
    readerPosition: 'Slide {no} of {total}',
    notes: 'Speaker notes',
    offlineSaving: 'Saving for offline reading…',
    updateReady: 'A new version of this talk is available',
    updateReload: 'Reload',
    pacingSlide: 'slide {time}',
    pacingPlan: 'plan {time}',
    pacingBehind: '{time} behind',
    pacingAhead: '{time} ahead',
    pacingOnTime: 'on time',
    pacingHint: 'This slide’s planned time · when the plan starts it · against the plan',
    readLink: 'Read as an article',
    readPromptClose: 'Dismiss',
    readTitle: '{title} · the talk as an article',
    readIntro: 'All {count} slides of the talk, each with what the speaker says about it, to read at your own pace.',
    readIntroWithoutNotes: 'All {count} slides of the talk, each described in words, to read at your own pace.',
    readLength: 'about {minutes} minutes',
    readContents: 'Contents',
    readSlides: 'Open the slides',
    readOpenSlide: 'Open slide {no} in the deck',
    readDiagram: 'Diagram',
    readLinks: 'Links on this slide ({count})',
  },
  'de': {
    languages: 'Sprache',
    otherEdition: 'Diese Folie in der Ausgabe {name} öffnen',
    downloadSlides: 'Folien herunterladen (PDF)',
    downloadHandout: 'Handout mit Notizen herunterladen (PDF)',
    readerToggle: 'Sprechernotizen zeigen oder verbergen (N)',
    readerClose: 'Notizen schließen',
    readerEmpty: 'Diese Folie hat keine Notizen.',
    readerPosition: 'Folie {no} von {total}',
    notes: 'Sprechernotizen',
    offlineSaving: 'Wird für das Lesen ohne Netz gespeichert…',
    updateReady: 'Eine neue Fassung dieses Vortrags ist da',
    updateReload: 'Neu laden',
    pacingSlide: 'Folie {time}',
    pacingPlan: 'Plan {time}',
    pacingBehind: '{time} hinter dem Plan',
    pacingAhead: '{time} vor dem Plan',
    pacingOnTime: 'im Plan',
    pacingHint: 'Geplante Zeit dieser Folie · wann der Plan sie beginnt · gegenüber dem Plan',
    readLink: 'Als Artikel lesen',
    readPromptClose: 'Hinweis schließen',
    readTitle: '{title} · der Vortrag als Artikel',
    readIntro: 'Alle {count} Folien des Vortrags, jede mit dem, was dazu gesagt wird, zum Lesen im eigenen Tempo.',
    readIntroWithoutNotes: 'Alle {count} Folien des Vortrags, jede in Worten beschrieben, zum Lesen im eigenen Tempo.',
    readLength: 'etwa {minutes} Minuten',
    readContents: 'Inhalt',
    readSlides: 'Folien öffnen',
    readOpenSlide: 'Folie {no} in der Präsentation öffnen',
    readDiagram: 'Diagramm',
    readLinks: 'Links dieser Folie ({count})',
  },
}

/** `template` with each `{key}` replaced by its value. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => key in values
    ? String(values[key])
    : whole)
}
