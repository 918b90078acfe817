import { joinText, type PageBlock, type PageLine } from './page-lines.ts'
import { splitReviewRating } from './parse-values.ts'

export interface ParsedReview {
  headline: string
  body: string
  rating: { value: number; max: number } | null
  commentsClosed: boolean
}

interface ReviewDraft {
  readonly start: PageLine
  headline: string | null
  paragraphs: string[]
  commentsClosed: boolean
}

const COMMENTS_CLOSED = /^comments are closed\.?$/i

/**
 * Gathers "User Review" sections: a headline, body paragraphs that may end in
 * "4 out of 5 stars.", and "Comments are closed." which ends the review.
 */
export class ReviewCollector {
  readonly list: ParsedReview[] = []
  private draft: ReviewDraft | null = null
  private readonly warn: (line: PageLine, problem: string) => void

  constructor(warn: (line: PageLine, problem: string) => void) {
    this.warn = warn
  }

  start(line: PageLine) {
    this.finish()
    this.draft = { start: line, headline: null, paragraphs: [], commentsClosed: false }
  }

  add(block: PageBlock) {
    let lines = [...block]
    while (lines.length > 0) {
      const draft = this.draft
      const [first] = lines
      if (!first) break
      if (!draft) {
        for (const line of lines) this.warn(line, 'text after the review')
        return
      }
      const closing = lines.findIndex((line) => COMMENTS_CLOSED.test(line.text))
      const text = closing === -1 ? lines : lines.slice(0, closing)
      if (draft.headline === null && text[0]) {
        draft.headline = text[0].text
        if (text.length > 1) draft.paragraphs.push(joinText(text.slice(1)))
      } else if (text.length > 0) {
        draft.paragraphs.push(joinText(text))
      }
      if (closing === -1) return
      draft.commentsClosed = true
      this.finish()
      lines = lines.slice(closing + 1)
    }
  }

  finish() {
    const draft = this.draft
    this.draft = null
    if (!draft) return
    const last = draft.paragraphs.pop() ?? ''
    const { body: lastBody, rating } = splitReviewRating(last)
    const body = [...draft.paragraphs, lastBody].filter((p) => p !== '').join('\n\n')
    if (draft.headline === null || body === '') {
      const shown = { number: draft.start.number, text: draft.headline ?? draft.start.text }
      this.warn(shown, 'a review with no text was left out')
      return
    }
    this.list.push({ headline: draft.headline, body, rating, commentsClosed: draft.commentsClosed })
  }
}
