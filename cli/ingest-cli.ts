/**
 * `npm run ingest -- <page.txt> --title "<Title>" [--slug <slug>] [--out <dir>]`
 *
 * Reads a film page, parses it with the shared parser, validates it with the
 * app's schema, and writes `<out>/<slug>.json`, so a page can be checked
 * before it joins data/pages (`npm run build` then turns it, merged with
 * Wikipedia's lists, into the app's data, catalog pages included).
 * Bad input exits non-zero with a message naming the file (and line), and
 * writes nothing: the file is written to a temporary name first and only
 * renamed into place once everything has succeeded.
 */
import { existsSync } from 'node:fs'
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { basename, isAbsolute, join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import * as v from 'valibot'
import { IdSchema } from '../contract/film-schema.ts'
import { toJsonFile } from '../pipeline/write/json-file.ts'
import { PageParseError } from '../pipeline/sources/page/parse-error.ts'
import { parsePage } from '../pipeline/sources/page/parse-page.ts'
import { formatFilmLabel } from '../src/lib/format.ts'

export const USAGE = `Usage: npm run ingest -- <page.txt> --title "<Title>" [--slug <slug>] [--out <dir>]

Turns a film page (the text format of data/pages/*.txt) into the app's film data,
to check a page before adding it to data/pages and data/films.json (the build
then merges it with Wikipedia's lists).

  <page.txt>       the page to read
  --title <title>  the film's title (the pages carry none)
  --slug <slug>    the film's id and file name; default: title and year in kebab
                   case, e.g. mask-1985
  --out <dir>      where to write <slug>.json; default: .cache/ingest
  -h, --help       show this help

Writes nothing unless the page parses and validates. Lines the parser could not
place are printed and kept as warnings in the file's provenance.`

/** Pages are a few kB; anything this large is not one. */
const MAX_PAGE_BYTES = 5 * 1024 * 1024

export interface Output {
  readonly out: (line: string) => void
  readonly err: (line: string) => void
}

class IngestError extends Error {}

function parseCommandLine(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        title: { type: 'string' },
        slug: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (error) {
    throw new IngestError(`${(error as Error).message}\nRun with --help for usage.`)
  }
}

async function readPage(path: string): Promise<string> {
  let bytes: Buffer
  try {
    const info = await stat(path)
    if (info.isDirectory()) throw new IngestError(`${path}: is a directory, not a page`)
    if (info.size > MAX_PAGE_BYTES) {
      throw new IngestError(`${path}: is ${info.size} bytes, far too large to be a film page`)
    }
    bytes = await readFile(path)
  } catch (error) {
    if (error instanceof IngestError) throw error
    const code = (error as NodeJS.ErrnoException).code
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String(error)
    throw new IngestError(`${path}: cannot read the page: ${why}`)
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new IngestError(`${path}: is not UTF-8 text; it looks like a binary file`)
  }
}

/** Writes every file under a temporary name, then renames them all into place. */
async function writeAll(files: ReadonlyArray<readonly [path: string, content: string]>) {
  const temps = files.map(([path]) => `${path}.${process.pid}.tmp`)
  try {
    for (const [index, [, content]] of files.entries()) await writeFile(temps[index] ?? '', content)
  } catch (error) {
    await Promise.all(temps.map((temp) => rm(temp, { force: true })))
    throw new IngestError(`cannot write the output: ${(error as Error).message}`)
  }
  for (const [index, [path]] of files.entries()) await rename(temps[index] ?? '', path)
}

async function ingest(argv: readonly string[], io: Output): Promise<void> {
  const { values, positionals } = parseCommandLine(argv)
  if (values.help) return io.out(USAGE)
  const [pagePath, ...extra] = positionals
  if (!pagePath || extra.length > 0) {
    throw new IngestError('give exactly one page to ingest.\nRun with --help for usage.')
  }
  const title = values.title?.trim()
  if (!title)
    throw new IngestError(
      '--title is required: the pages carry no title.\nRun with --help for usage.',
    )
  if (values.slug !== undefined && !v.is(IdSchema, values.slug)) {
    throw new IngestError(
      `--slug “${values.slug}” must be lower-case letters, digits and single hyphens`,
    )
  }
  const outDir = values.out ?? join('.cache', 'ingest')
  if (!existsSync(outDir)) throw new IngestError(`--out ${outDir}: no such directory`)

  const text = await readPage(pagePath)
  let film
  try {
    film = parsePage(text, {
      title,
      source: basename(pagePath),
      ...(values.slug === undefined ? {} : { id: values.slug }),
    })
  } catch (error) {
    if (!(error instanceof PageParseError)) throw error
    throw new IngestError(`${pagePath}:${error.line}: ${error.reason}`)
  }

  const filmPath = join(outDir, `${film.id}.json`)
  await writeAll([[filmPath, toJsonFile(film)]])

  // Paths inside the project read best relative to it; others in full.
  const show = (path: string) => {
    const inside = relative(process.cwd(), path)
    return inside === '' || inside.startsWith('..') || isAbsolute(inside) ? resolve(path) : inside
  }
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`
  io.out(
    `ingest: wrote ${show(filmPath)}: ${formatFilmLabel(film.title, film.year)}, ${count(film.cast.length, 'cast credit', 'cast credits')}, ` +
      `${count(film.didYouKnow.length, 'did-you-know item', 'did-you-know items')}, ${count(film.reviews.length, 'review', 'reviews')}`,
  )
  const { warnings } = film.provenance
  if (warnings.length > 0) {
    io.err(
      `ingest: ${count(warnings.length, 'line', 'lines')} not understood, kept as warnings in the file:`,
    )
    for (const warning of warnings) io.err(`  ${pagePath}: ${warning}`)
  }
}

/** Runs the command; returns the exit code (0 done, 1 bad input, nothing written). */
export async function runIngest(argv: readonly string[], io: Output): Promise<number> {
  try {
    await ingest(argv, io)
    return 0
  } catch (error) {
    if (!(error instanceof IngestError)) throw error
    io.err(`ingest: ${error.message}`)
    io.err('ingest: nothing was written.')
    return 1
  }
}
