import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

/** The command line on a copy of the sources: what it prints, and that a failure writes nothing. */

let root = ''
const LIST = () => join(root, 'data', 'sources', 'wikipedia', 'movies-1940s.json')
const row = (title: string) =>
  JSON.stringify({ title, year: 1944, cast: ['Dick Powell'], genres: ['Noir'], href: null })

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'catalog-'))
  mkdirSync(join(root, 'data', 'sources', 'wikipedia'), { recursive: true })
  mkdirSync(join(root, 'data', 'pages'))
  writeFileSync(join(root, 'data', 'films.json'), '{"films": []}\n')
  writeFileSync(LIST(), `[\n${['Laura', 'Gaslight', 'Phantom Lady'].map(row).join(',\n')}\n]\n`)
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

async function catalog(...args: string[]) {
  const argv = ['tsx', 'cli/build-catalog.ts', '--root', root, '--out', join(root, 'out')]
  argv.push('--report', join(root, 'report.json'), ...args)
  try {
    const { stdout } = await promisify(execFile)('npx', argv)
    return { code: 0, stdout }
  } catch (error) {
    const failed = error as { code: number; stdout: string }
    return { code: failed.code, stdout: failed.stdout }
  }
}

describe('build-catalog', () => {
  it('refuses to build without committed counts, and records them when asked', async () => {
    const without = await catalog()
    expect(without.code).toBe(1)
    expect(without.stdout).toContain('error: data/source-counts.json is missing')
    expect(existsSync(join(root, 'out'))).toBe(false)

    const accepted = await catalog('--accept-counts')
    expect(accepted.code).toBe(0)
    expect(accepted.stdout).toContain('read movies-1940s.json: 3 films from 3 entries')
    expect(
      JSON.parse(readFileSync(join(root, 'data', 'source-counts.json'), 'utf8')),
    ).toMatchObject({
      lists: { 'movies-1940s.json': 3 },
      pages: {},
    })
    expect((await catalog()).code).toBe(0)
  }, 30_000)

  it('stops on a decade file cut in half, naming file, line and what to do, and writes nothing', async () => {
    await catalog('--accept-counts')
    const before = readFileSync(join(root, 'out', 'films', 'laura-1944.json'), 'utf8')
    const text = readFileSync(LIST(), 'utf8')
    writeFileSync(LIST(), text.slice(0, text.length / 2))
    rmSync(join(root, 'out', 'films', 'gaslight-1944.json'))
    const { code, stdout } = await catalog()
    expect(code).toBe(1)
    expect(stdout).toContain('read movies-1940s.json: stopped, see the error below')
    expect(stdout).toMatch(
      /^error: list-file-broken: movies-1940s\.json:3 column \d+: .* restore it \(git checkout -- data\/sources\/wikipedia\/movies-1940s\.json\)/m,
    )
    expect(stdout).toContain('nothing was written')
    expect(readFileSync(join(root, 'out', 'films', 'laura-1944.json'), 'utf8')).toBe(before)
    expect(existsSync(join(root, 'out', 'films', 'gaslight-1944.json'))).toBe(false)
  }, 30_000)
})
