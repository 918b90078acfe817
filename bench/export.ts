/**
 * The static export of the whole catalog (`npm run bench -- --only export`,
 * after `npm run build`): its time on the machine's cores, its pages, files,
 * bytes and fullest folder, its host-limit check, every page's status from
 * a plain static host, and how it grows per 10,000 films
 * (docs/adr/0018-static-export.md). Fails on a page that did not render, a
 * broken host limit or a page that does not answer 200.
 */
import { availableParallelism, cpus } from 'node:os'
import { readdirSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { exportSite, type ExportReport } from '../build/export/export-site.ts'
import { createStaticHost } from '../build/export/static-host.ts'
import { FILM_SECTIONS, personPath, sectionPath } from '../contract/routes.ts'
import { measurePacks, packTable, type PackFigures } from './export-packs.ts'

export interface ExportFigures {
  readonly cores: number
  readonly cpu: string
  readonly seconds: number
  readonly steps: ReadonlyArray<readonly [string, number]>
  readonly films: number
  readonly people: number
  readonly pages: number
  readonly pagesPerSecond: number
  readonly htmlBytes: number
  readonly packs: number
  readonly files: number
  readonly bytes: number
  readonly fullestFolder: { readonly folder: string; readonly files: number }
  readonly widestFolder: { readonly folder: string; readonly entries: number }
  readonly largest: { readonly path: string; readonly bytes: number }
  readonly failures: number
  readonly breaches: readonly string[]
  readonly requested: number
  readonly not200: readonly string[]
  readonly unknown404: boolean
  readonly packFigures: readonly PackFigures[]
}

/** Asks the host for every page, `concurrency` at a time; the paths that did not answer 200. */
async function statuses(origin: string, paths: readonly string[], concurrency = 16) {
  const bad: string[] = []
  let next = 0
  const worker = async () => {
    while (next < paths.length) {
      const path = paths[next++] ?? ''
      // HEAD: the same answer as GET without 5 GB of pages over loopback.
      const response = await fetch(origin + path, { method: 'HEAD', redirect: 'manual' })
      if (response.status !== 200) bad.push(`${path} ${response.status}`)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return bad
}

const top = <K>(map: ReadonlyMap<K, number>): [K, number] =>
  [...map].reduce((best, entry) => (entry[1] > best[1] ? entry : best))

export async function measureExport(root: string, out: string): Promise<ExportFigures> {
  const dist = join(root, 'dist')
  const started = performance.now()
  const report: ExportReport = await exportSite({
    dist,
    ssr: join(root, 'dist-ssr'),
    out,
    log: (line) => console.log(`bench: ${line}`),
  })
  const seconds = (performance.now() - started) / 1000
  const films = readdirSync(join(out, 'films'))
  const people = readdirSync(join(out, 'people'))
  const host = createStaticHost(out)
  await new Promise<void>((done) => host.listen(0, '127.0.0.1', done))
  const origin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`
  const paths = [
    ...films.flatMap((id) => FILM_SECTIONS.map((section) => sectionPath(id, section))),
    ...people.map(personPath),
  ]
  let not200: string[]
  let unknown404: boolean
  try {
    not200 = await statuses(origin, paths)
    unknown404 = (await fetch(`${origin}/films/no-such-film-1900/cast`)).status === 404
  } finally {
    host.close()
  }
  const [folder, files] = top(report.tree.filesPerFolder)
  const [wide, entries] = top(report.tree.entriesPerFolder)
  return {
    cores: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    seconds,
    steps: report.steps,
    films: films.length,
    people: people.length,
    pages: report.pages.rendered,
    pagesPerSecond:
      report.pages.rendered / (report.steps.find(([s]) => s.startsWith('render'))?.[1] ?? seconds),
    htmlBytes: report.pages.bytes,
    packs: report.packs,
    files: report.tree.files,
    bytes: report.tree.bytes,
    fullestFolder: { folder, files },
    widestFolder: { folder: wide, entries },
    largest: report.tree.largest,
    failures: report.pages.failures.length,
    breaches: report.breaches.map(
      (breach) => `${breach.required ? 'broken' : 'does not fit'}: ${breach.message}`,
    ),
    requested: paths.length,
    not200,
    unknown404,
    packFigures: measurePacks(dist),
  }
}

export function missedExportTargets(figures: ExportFigures): string[] {
  return [
    ...(figures.failures > 0 ? [`${figures.failures} pages failed to render`] : []),
    ...figures.breaches.filter((breach) => breach.startsWith('broken')),
    ...(figures.not200.length > 0
      ? [
          `${figures.not200.length} pages did not answer 200 (${figures.not200.slice(0, 3).join(', ')})`,
        ]
      : []),
    ...(figures.unknown404 ? [] : ['an unknown film did not answer 404']),
  ]
}

export function exportTable(f: ExportFigures): string {
  const n = (value: number) => Math.round(value).toLocaleString('en')
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`
  // Per 10,000 films, at today's ratios: a page a film, people and catalog pages in proportion.
  const per = 10_000 / f.films
  const catalogPages = f.pages - f.films - f.people
  const otherFiles = f.files - f.pages - f.packs - catalogPages
  return [
    `Measured on ${f.cores} cores (${f.cpu}), with ${f.cores} render threads.`,
    '',
    '| The static export (`npm run export`) | Whole catalog | Per 10,000 more films |',
    '| ------------------------------------ | ------------: | --------------------: |',
    `| Films / people / catalog pages | ${n(f.films)} / ${n(f.people)} / ${n(catalogPages)} | ${n(10_000)} / ${n(f.people * per)} / ${n(catalogPages * per)} |`,
    `| Time (render ${n(f.pagesPerSecond)} pages/s) | ${f.seconds.toFixed(0)} s | ${((10_000 * (1 + f.people / f.films + catalogPages / f.films)) / f.pagesPerSecond).toFixed(0)} s |`,
    `| HTML pages | ${n(f.pages)} | ${n(f.pages * per)} |`,
    `| Files (pages, ${n(f.packs)} data packs, catalog data, search, assets) | ${n(f.files)} | ${n((f.pages + catalogPages) * per)} (packs and search stay ${n(f.packs + otherFiles)}) |`,
    `| Bytes (HTML alone) | ${mb(f.bytes)} (${mb(f.htmlBytes)}) | ${mb(f.bytes * per)} |`,
    `| Fullest folder (files) | ${f.fullestFolder.folder}/: ${n(f.fullestFolder.files)} | |`,
    `| Widest folder (entries, a folder a page) | ${f.widestFolder.folder}/: ${n(f.widestFolder.entries)} | ${n(10_000)} |`,
    `| Largest file | ${f.largest.path}: ${(f.largest.bytes / 1e6).toFixed(2)} MB | |`,
    `| Pages that failed to render | ${n(f.failures)} | |`,
    `| Every film tab and person from a plain static host | ${n(f.requested - f.not200.length)} of ${n(f.requested)} answered 200; an unknown film ${f.unknown404 ? '404' : 'not 404'} | |`,
    `| Host limits | ${f.breaches.length === 0 ? 'all met' : f.breaches.join('; ')} | |`,
    '',
    `Steps: ${f.steps.map(([step, s]) => `${step} ${s.toFixed(1)} s`).join(', ')}.`,
    '',
    'A client-side navigation in the export, by the number of data packs (PACK_COUNT, contract/packed-data.ts):',
    '',
    packTable(f.packFigures),
  ].join('\n')
}
