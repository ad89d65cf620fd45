/**
 * The talk's occasion: the one place a speaker edits before giving it.
 * The cover, the closing QR code and the site's links read from here.
 */
export const talk = {
  speaker: 'CoreOS Story 讲者',
  event: '云原生技术 Meetup · 2026',
  /** Where the deck is published; the QR code on the last slide points here. */
  url: 'https://coreos-story.github.io/coreos-story/',
}
