/**
 * Each kind of rendered page's own inline style (build/critical-css.ts,
 * docs/adr/0024-each-page-its-own-rules.md), from sample pages of that kind:
 * the prerendered ones and a few the server would render on request, chosen
 * to hold what the kind can show (a film with the fewest facts and one with
 * the most, a person with the longest career, a browse view, a search that
 * finds films and one that finds nothing).
 */
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { FILMS_DIR, idOfFile, PEOPLE_DIR } from '../contract/data-files.ts'
import { PAGES } from '../contract/pages.ts'
import {
  CATALOG_PAGE,
  FILM_SECTIONS,
  PERSON_PAGE,
  personPath,
  SEARCH_PAGE,
  searchPath,
  sectionPath,
  type PageKind,
} from '../contract/routes.ts'
import type { PageStyle } from '../server/page-html.ts'
import { cspMetaTag, inlineHash, type InlineHashes } from '../server/security-policy.ts'
import { criticalCss } from './critical-css.ts'

/** How many films and people, beside the prerendered pages, the rules are picked by. */
export const FILM_SAMPLES = 24
export const PEOPLE_SAMPLES = 16

/**
 * `count` ids from a folder of data files, spread evenly by file size from
 * the smallest to the largest: a page's size says how much of what its kind
 * can show it holds (a thin film, a film with box office and reviews, a
 * career of a few films or of hundreds).
 */
async function spread(dist: string, folder: string, count: number): Promise<string[]> {
  const names = (await readdir(join(dist, folder)).catch(() => [])).filter(idOfFile)
  const sizes = await Promise.all(
    names.map(async (name) => [name, (await stat(join(dist, folder, name))).size] as const),
  )
  sizes.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
  const picked = Array.from({ length: Math.min(count, sizes.length) }, (_, i) =>
    idOfFile(sizes[Math.round((i * (sizes.length - 1)) / Math.max(count - 1, 1))]?.[0] ?? ''),
  )
  return [...new Set(picked.filter((id): id is string => id !== null))]
}

/**
 * A name two people share, whose pages each say which one they are (a
 * label): the first person whose id carries a decade
 * (`harrison-ford-1960s`, ADR 10) and the one with the bare name.
 */
async function namesakes(dist: string): Promise<string[]> {
  const ids = (await readdir(join(dist, PEOPLE_DIR)).catch(() => []))
    .map(idOfFile)
    .filter((id): id is string => id !== null)
    .sort()
  const labelled = ids.find((id) => /-\d{4}s$/.test(id))
  if (!labelled) return []
  const bare = labelled.replace(/-\d{4}s$/, '')
  return ids.includes(bare) ? [labelled, bare] : [labelled]
}

/** Pages rendered on request, beside the prerendered ones, by kind. */
export async function samplePaths(
  dist: string,
  { films: filmCount = FILM_SAMPLES, people: peopleCount = PEOPLE_SAMPLES } = {},
): Promise<Array<[string, PageKind]>> {
  const films = await spread(dist, FILMS_DIR, filmCount)
  const people = [...(await spread(dist, PEOPLE_DIR, peopleCount)), ...(await namesakes(dist))]
  return [
    ...films.flatMap((id) =>
      FILM_SECTIONS.map((section): [string, PageKind] => [sectionPath(id, section), section.kind]),
    ),
    ...people.map((id): [string, PageKind] => [personPath(id), PERSON_PAGE.kind]),
    // A browse view: a decade and a genre, a page past the first.
    ['/catalog/1980s-science-fiction/year/1', CATALOG_PAGE.kind],
    ['/catalog/title/2', CATALOG_PAGE.kind],
    [searchPath('cher'), SEARCH_PAGE.kind],
    [searchPath('treasure island'), SEARCH_PAGE.kind],
    [searchPath('qqxqzv'), SEARCH_PAGE.kind],
  ]
}

/**
 * Each kind's style and policy from its samples' HTML; every kind must have
 * one. The policy allows the page's own style alone; `hashes` also name the
 * template's whole sheet, which the shell keeps.
 */
export function pageStyles(
  css: string,
  samples: ReadonlyMap<PageKind, readonly string[]>,
  hashes: InlineHashes,
): Record<string, PageStyle> {
  return Object.fromEntries(
    PAGES.map(({ kind }) => {
      const pages = samples.get(kind) ?? []
      if (pages.length === 0) throw new Error(`no sample page of kind "${kind}" to pick rules by`)
      const kept = criticalCss(css, pages)
      return [kind, { css: kept, policy: cspMetaTag({ ...hashes, styles: [inlineHash(kept)] }) }]
    }),
  )
}
