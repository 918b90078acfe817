import type { ScaleFigures, TenTimesFigures } from './ten-times.ts'

/** The 10× table for docs/performance.md: 1× and 10× side by side, and their ratio. */

const n = (value: number) =>
  Number.isFinite(value) ? Math.round(value).toLocaleString('en') : 'n/a'
const s = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} s` : 'n/a')
const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(0)} ms` : 'n/a')
const mb = (value: number) => (Number.isFinite(value) ? `${value.toFixed(0)} MB` : 'n/a')
const bytes = (value: number) =>
  value >= 1e9 ? `${(value / 1e9).toFixed(2)} GB` : `${(value / 1e6).toFixed(1)} MB`
const ratio = (a: number, b: number) =>
  Number.isFinite(a) && Number.isFinite(b) && a > 0 ? `${(b / a).toFixed(1)}×` : ''

type Row = readonly [label: string, one: string, ten: string, times: string]

function rows(one: ScaleFigures, ten: ScaleFigures): Row[] {
  const pair = (
    label: string,
    pick: (f: ScaleFigures) => number,
    show: (v: number) => string,
  ): Row => [label, show(pick(one)), show(pick(ten)), ratio(pick(one), pick(ten))]
  const stage = (f: ScaleFigures, name: string) => f.stages.find((each) => each.name === name)
  const total = (f: ScaleFigures) =>
    Object.values(f.output).reduce((sum, folder) => sum + folder.bytes, 0)
  const files = (f: ScaleFigures) =>
    Object.values(f.output).reduce((sum, folder) => sum + folder.files, 0)
  const load = (f: ScaleFigures, path: string) => f.server.load.find((row) => row.target === path)
  return [
    pair('List entries / films / people', (f) => f.listEntries, n),
    [
      '',
      `${n(one.films)} films, ${n(one.people)} people`,
      `${n(ten.films)} films, ${n(ten.people)} people`,
      ratio(one.films, ten.films),
    ],
    ...one.stages.map((each): Row => {
      const other = stage(ten, each.name)
      const cell = (f: typeof each | undefined) =>
        f
          ? `${s(f.seconds)} (CPU ${s(f.cpuSeconds)}), ${mb(f.peakRssMb)}, load ${f.load.toFixed(1)}`
          : 'n/a'
      return [
        `Step: ${each.name} (time, CPU time, peak RSS)`,
        cell(each),
        cell(other),
        ratio(each.cpuSeconds, other?.cpuSeconds ?? NaN),
      ]
    }),
    pair('Build folder: files', files, n),
    pair('Build folder: bytes (with .br and .gz)', total, bytes),
    ...['data/films', 'data/people', 'data/catalog', 'data/search'].map((key): Row => [
      `… ${key}/: files, bytes`,
      `${n(one.output[key]?.files ?? NaN)}, ${bytes(one.output[key]?.bytes ?? NaN)}`,
      `${n(ten.output[key]?.files ?? NaN)}, ${bytes(ten.output[key]?.bytes ?? NaN)}`,
      ratio(one.output[key]?.bytes ?? NaN, ten.output[key]?.bytes ?? NaN),
    ]),
    pair('Server: start to listening', (f) => f.server.startMs, ms),
    pair('Server: RSS at start', (f) => f.server.rssStartMb, mb),
    pair(
      `Page rendered on request, first request p50 (${one.server.rendering.pages} films' pages)`,
      (f) => f.server.rendering.coldP50Ms,
      ms,
    ),
    pair('… p95', (f) => f.server.rendering.coldP95Ms, ms),
    pair('… slowest', (f) => f.server.rendering.coldMaxMs, ms),
    pair('… second request, from memory, p95', (f) => f.server.rendering.cachedP95Ms, ms),
    pair('Server: RSS after them', (f) => f.server.rendering.rssAfterMb, mb),
    pair(
      'A page from memory, 100 connections: requests/s',
      (f) => load(f, 'page rendered on request, then from memory')?.requestsPerSecond ?? NaN,
      n,
    ),
    pair('… p99', (f) => load(f, 'page rendered on request, then from memory')?.p99Ms ?? NaN, ms),
    pair(
      'A data file, 100 connections: requests/s',
      (f) => load(f, 'data file')?.requestsPerSecond ?? NaN,
      n,
    ),
    pair('… p99', (f) => load(f, 'data file')?.p99Ms ?? NaN, ms),
    pair('Server: peak RSS', (f) => f.server.peakRssMb, mb),
    ...one.coldSearch.map((row, index): Row => {
      const other = ten.coldSearch[index]
      const cell = (figure: typeof row.focus | undefined) =>
        figure
          ? `${ms(figure.ms)}, ${n(figure.bytes)} B, ${figure.requests} req., ${figure.waves} waves`
          : 'n/a'
      return [
        `Cold search "${row.query}", slow 4G, from the box's focus`,
        cell(row.focus),
        cell(other?.focus),
        ratio(row.focus.bytes, other?.focus.bytes ?? NaN),
      ]
    }),
    ...one.coldSearch.map((row, index): Row => {
      const other = ten.coldSearch[index]
      return [
        `… fresh \`/search?q=${row.query}\` to its first result`,
        ms(row.page.ms),
        ms(other?.page.ms ?? NaN),
        ratio(row.page.ms, other?.page.ms ?? NaN),
      ]
    }),
    pair('Export: pages (one a film, person and catalog page)', (f) => f.export.planned, n),
    pair(
      `… rendered: one in ${one.export.sample}, pages/s on every core`,
      (f) => f.export.pagesPerSecond,
      n,
    ),
    pair('… whole export, time at that rate', (f) => f.export.wholeSeconds, s),
    pair('… files, counted whole', (f) => f.export.files, n),
    pair("… bytes, the pages not rendered at the sample's mean", (f) => f.export.bytes, bytes),
    [
      '… widest folder (entries)',
      `${one.export.widestFolder.folder}/: ${n(one.export.widestFolder.entries)}`,
      `${ten.export.widestFolder.folder}/: ${n(ten.export.widestFolder.entries)}`,
      ratio(one.export.widestFolder.entries, ten.export.widestFolder.entries),
    ],
    [
      '… largest file',
      `${one.export.largest.path}: ${bytes(one.export.largest.bytes)}`,
      `${ten.export.largest.path}: ${bytes(ten.export.largest.bytes)}`,
      '',
    ],
    ...one.export.packFigures.map((pack, index): Row => {
      const other = ten.export.packFigures[index]
      const cell = (p: typeof pack | undefined) =>
        p
          ? `${p.least}–${p.most} ids a pack, ${(p.medianBr / 1000).toFixed(1)} kB median, ${(p.p95Br / 1000).toFixed(1)} kB p95`
          : 'n/a'
      return [
        `… a ${pack.kind}'s navigation at ${n(pack.packs)} packs (br 5)`,
        cell(pack),
        cell(other),
        ratio(pack.medianBr, other?.medianBr ?? NaN),
      ]
    }),
    [
      '… host limits',
      one.export.breaches.join('; ') || 'all met',
      ten.export.breaches.join('; ') || 'all met',
      '',
    ],
  ]
}

export function tenTimesTable(f: TenTimesFigures): string {
  const [one, ten] = f.scales
  if (!one || !ten) return ''
  return [
    '| Ten times the catalog | 1× | 10× | 10× ÷ 1× |',
    '| --- | --- | --- | ---: |',
    ...rows(one, ten).map((row) => `| ${row.join(' | ')} |`),
    '',
    `The whole bench (\`npm run bench -- --only tenx\`) took ${s(f.seconds)}. Load averages are the machine's 1-minute figure when each step began (2 cores, shared).`,
  ].join('\n')
}
