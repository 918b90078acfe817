import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Film } from '../contract/film-schema.ts'
import { runIngest } from './ingest-cli.ts'

let dir = ''
let out = ''
const PAGE = join('data', 'pages', 'mask-1985.txt')

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ingest-'))
  out = join(dir, 'films')
  cpSync(join('src', 'test', 'data', 'films'), out, { recursive: true })
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

async function run(...argv: string[]) {
  const stdout: string[] = []
  const stderr: string[] = []
  const code = await runIngest(argv, { out: (l) => stdout.push(l), err: (l) => stderr.push(l) })
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') }
}

/** Every file of the output folder and its bytes, to prove nothing changed. */
function snapshot() {
  return Object.fromEntries(
    readdirSync(out).map((name) => [name, readFileSync(join(out, name), 'utf8')]),
  )
}

function page(name: string, content: string | Buffer) {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

describe('ingest command', () => {
  it("writes the page's film, as the build has it before the lists' facts and the people join it", async () => {
    const built = JSON.parse(readFileSync(join(out, 'mask-1985.json'), 'utf8')) as Film
    rmSync(join(out, 'mask-1985.json'))
    const result = await run(PAGE, '--title', 'Mask', '--out', out)
    expect(result.code).toBe(0)
    const page = ['page']
    // What the catalog tells of a film, and its directors' people, need the whole catalog too.
    const { derived: _derived, directorIds: _directorIds, ...own } = built
    expect(JSON.parse(readFileSync(join(out, 'mask-1985.json'), 'utf8'))).toEqual({
      ...own,
      // People are resolved across the whole catalog, so a page read alone names none.
      cast: built.cast.map(({ personId: _personId, ...credit }) => credit),
      genres: [],
      wikipedia: null,
      sources: { overview: page, cast: page, trivia: page, reviews: page },
    })
    expect(result.stdout).toContain('mask-1985.json: Mask (1985), 15 cast credits')
  })

  it('writes the film under a chosen slug, and nothing else', async () => {
    const before = readdirSync(out)
    const result = await run(PAGE, '--title', 'Mask (again)', '--slug', 'mask-again', '--out', out)
    expect(result.code).toBe(0)
    expect(readdirSync(out).sort()).toEqual([...before, 'mask-again.json'].sort())
    expect(JSON.parse(readFileSync(join(out, 'mask-again.json'), 'utf8'))).toMatchObject({
      id: 'mask-again',
      title: 'Mask (again)',
    })
  })

  it('prints the lines it did not understand', async () => {
    const path = page('odd.txt', 'Release Year: 1999\nOpening Weekend: $130,000 (USA)\n')
    const result = await run(path, '--title', 'Odd Sample', '--out', out)
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('line 2: not a field this format has')
  })

  it.each<[string, () => string, RegExp]>([
    [
      'a missing file',
      () => join(dir, 'nope.txt'),
      /nope\.txt: cannot read the page: no such file/,
    ],
    ['a directory', () => dir, /is a directory/],
    ['an empty file', () => page('empty.txt', ''), /empty\.txt:1: the page is empty/],
    [
      'a binary file',
      () => page('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00])),
      /image\.png: is not UTF-8 text/,
    ],
    [
      'a text file with NUL bytes',
      () => page('nul.txt', 'Release Year: 1985\n\u0000'),
      /nul\.txt:2: this is a binary file/,
    ],
    [
      'an HTML page',
      () => page('page.html', '<!doctype html>\n<title>Mask</title>'),
      /page\.html:1: this is an HTML page/,
    ],
    [
      'text that is not a film page',
      () => page('notes.txt', 'Shopping list:\n- eggs\n- milk'),
      /notes\.txt:1: this does not look like a film page/,
    ],
    [
      'a bad year',
      () => page('year.txt', 'A film.\n\nRelease Year: 19x5'),
      /year\.txt:3: Release Year “19x5” is not a year/,
    ],
  ])(
    'refuses %s, names the file and line, and writes nothing',
    async (_name, makePath, message) => {
      const before = snapshot()
      const result = await run(makePath(), '--title', 'Sample', '--out', out)
      expect(result.code).toBe(1)
      expect(result.stderr).toMatch(message)
      expect(result.stderr).toContain('nothing was written')
      expect(snapshot()).toEqual(before)
    },
  )

  it.each([
    [['--title', 'Mask'], /exactly one page/],
    [[PAGE], /--title is required/],
    [[PAGE, '--title', 'Mask', '--slug', 'Not A Slug'], /--slug “Not A Slug” must be/],
    [[PAGE, '--title', 'Mask', '--colour', 'red'], /Unknown option '--colour'/],
    [[PAGE, '--title', 'Mask', '--out', '/no/such/dir'], /no such directory/],
  ])('explains a wrong command line: %j', async (argv, message) => {
    const before = snapshot()
    const result = await run(...argv)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(message)
    expect(snapshot()).toEqual(before)
  })

  it('documents itself with --help', async () => {
    const result = await run('--help')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Usage: npm run ingest -- <page\.txt> --title/)
  })
})
