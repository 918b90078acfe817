import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { TreeStats } from './tree.ts'

/**
 * The static hosts' limits (docs/adr/0018-static-export.md, with the source
 * of each), and the check that fails an export that breaks one. `required`
 * limits are the export's promise (it fits Cloudflare Pages' paid plan,
 * Netlify and S3); the others say which hosts it does not fit, and fail
 * nothing.
 */
export interface HostLimit {
  readonly host: string
  readonly limit: string
  readonly required: boolean
  readonly check: (tree: TreeStats) => Array<{ readonly where: string; readonly found: string }>
}

const MiB = 1024 * 1024
const GB = 1000 * 1000 * 1000
const count = (n: number) => n.toLocaleString('en')

const folderOver = (max: number) => (tree: TreeStats) =>
  [...tree.filesPerFolder]
    .filter(([, files]) => files > max)
    .map(([folder, files]) => ({ where: `${folder}/`, found: `${count(files)} files` }))

const totalFilesOver = (max: number) => (tree: TreeStats) =>
  tree.files > max ? [{ where: 'the whole export', found: `${count(tree.files)} files` }] : []

export const HOST_LIMITS: readonly HostLimit[] = [
  {
    host: 'every host (the export’s own rule)',
    limit: 'at most 10,000 files in a folder',
    required: true,
    check: folderOver(10_000),
  },
  {
    host: 'Netlify',
    limit: 'at most 54,000 files in a folder',
    required: true,
    check: folderOver(54_000),
  },
  {
    host: 'Cloudflare Pages (paid plans) and Workers static assets',
    limit: 'at most 100,000 files',
    required: true,
    check: totalFilesOver(100_000),
  },
  {
    host: 'Cloudflare Pages and Workers static assets',
    limit: 'at most 25 MiB a file',
    required: true,
    check: (tree) =>
      [...tree.largeFiles]
        .filter(([, bytes]) => bytes > 25 * MiB)
        .map(([path, bytes]) => ({ where: path, found: `${(bytes / MiB).toFixed(1)} MiB` })),
  },
  {
    host: 'Cloudflare Pages (free plan)',
    limit: 'at most 20,000 files',
    required: false,
    check: totalFilesOver(20_000),
  },
  {
    host: 'Vercel (CLI)',
    limit: 'at most 15,000 files',
    required: false,
    check: totalFilesOver(15_000),
  },
  {
    host: 'GitHub Pages',
    limit: 'at most 1 GB',
    required: false,
    check: (tree) =>
      tree.bytes > GB
        ? [{ where: 'the whole export', found: `${(tree.bytes / GB).toFixed(2)} GB` }]
        : [],
  },
]

export interface LimitBreach {
  readonly host: string
  readonly limit: string
  readonly required: boolean
  readonly where: string
  readonly message: string
}

export function checkLimits(
  tree: TreeStats,
  limits: readonly HostLimit[] = HOST_LIMITS,
): LimitBreach[] {
  return limits.flatMap(({ host, limit, required, check }) =>
    check(tree).map(({ where, found }) => ({
      host,
      limit,
      required,
      where,
      message: `${where}: ${found}, over ${host}'s limit of ${limit.replace(/^at most /, '')}`,
    })),
  )
}

/**
 * Cloudflare Pages' limits on the two host files: `_headers` at most 100
 * rules and 2,000 characters a line; `_redirects` at most 2,000 static and
 * 100 dynamic rules (with a `:placeholder` or `*`), 1,000 characters a line.
 * Netlify reads both without such limits.
 */
export function checkHostFiles(headers: string, redirects: string): LimitBreach[] {
  const host = 'Cloudflare Pages'
  const lines = (text: string) =>
    text.split('\n').filter((line) => line.trim() && !line.trim().startsWith('#'))
  const breach = (file: string, limit: string, found: string): LimitBreach => ({
    host,
    limit,
    required: true,
    where: file,
    message: `${file}: ${found}, over ${host}'s limit of ${limit.replace(/^at most /, '')}`,
  })
  const headerRules = lines(headers).filter((line) => !/^\s/.test(line)).length
  const redirectRules = lines(redirects)
  const dynamic = redirectRules.filter((line) => /[:*]/.test(line.split(/\s+/)[0] ?? '')).length
  return [
    ...(headerRules > 100
      ? [breach('_headers', 'at most 100 rules', `${count(headerRules)} rules`)]
      : []),
    ...lines(headers)
      .filter((line) => line.length > 2_000)
      .map((line) =>
        breach('_headers', 'at most 2,000 characters a line', `a line of ${count(line.length)}`),
      ),
    ...(dynamic > 100
      ? [breach('_redirects', 'at most 100 dynamic rules', `${count(dynamic)} dynamic rules`)]
      : []),
    ...(redirectRules.length - dynamic > 2_000
      ? [
          breach(
            '_redirects',
            'at most 2,000 static rules',
            `${count(redirectRules.length - dynamic)} static rules`,
          ),
        ]
      : []),
    ...redirectRules
      .filter((line) => line.length > 1_000)
      .map((line) =>
        breach('_redirects', 'at most 1,000 characters a line', `a line of ${count(line.length)}`),
      ),
  ]
}

/** The host files of an export folder, checked; none when it has neither. */
export function checkHostFilesIn(root: string): LimitBreach[] {
  const read = (name: string) =>
    existsSync(join(root, name)) ? readFileSync(join(root, name), 'utf8') : ''
  return checkHostFiles(read('_headers'), read('_redirects'))
}
