import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { RichPage } from '../sources/rich-pages.ts'

/**
 * Three invented film pages, with invented people (Zoë Lindqvist): test
 * fixtures only, never part of the catalog. They exercise what Mask's page
 * does not: a page with almost nothing (Sample Minimal Film), a title that
 * ends in brackets, names with accents and apostrophes, every trivia kind.
 * The app's unit tests read the files the build makes of them
 * (src/test/data/films/); pipeline/real-data.test.ts builds them from here.
 */
export const SAMPLE_PAGES_DIR = join('pipeline', 'test', 'pages')

const SAMPLES = [
  { page: 'the-sample-lighthouse-1979.txt', title: 'The Sample Lighthouse' },
  { page: 'sample-minimal-film-2003.txt', title: 'Sample Minimal Film' },
  { page: 'example-harbour-nights-a-sample-1962.txt', title: 'Example Harbour Nights (a Sample)' },
] as const

/** The sample pages as the build reads a rich page. */
export function samplePages(): RichPage[] {
  return SAMPLES.map(({ page, title }) => ({
    text: readFileSync(join(SAMPLE_PAGES_DIR, page), 'utf8'),
    title,
    source: page,
  }))
}

/** The ids the samples' films get: none may be in the shipped catalog. */
export const SAMPLE_IDS = SAMPLES.map(({ page }) => page.replace(/\.txt$/, ''))
