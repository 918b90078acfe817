import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isBuildBound, readBuildId } from '../server/build-id.ts'
import { buildId } from './build-id.ts'

describe('buildId', () => {
  let root: string
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'build-id-'))
    mkdirSync(join(root, 'src', 'test'), { recursive: true })
    writeFileSync(join(root, 'index.html'), '<!doctype html>')
    writeFileSync(join(root, 'src', 'main.tsx'), 'export {}')
  })
  afterEach(() => rmSync(root, { recursive: true, force: true }))

  it('is the same for the same sources, so two machines building one commit agree', () => {
    expect(buildId(root)).toMatch(/^[0-9a-f]{12}$/)
    expect(buildId(root)).toBe(buildId(root))
  })

  it('changes when a source the build reads changes', () => {
    const before = buildId(root)
    writeFileSync(join(root, 'src', 'main.tsx'), 'export const changed = 1')
    expect(buildId(root)).not.toBe(before)
  })

  it('ignores tests, which change nothing a reader gets', () => {
    const before = buildId(root)
    writeFileSync(join(root, 'src', 'main.test.tsx'), 'it()')
    writeFileSync(join(root, 'src', 'test', 'helper.ts'), 'export {}')
    expect(buildId(root)).toBe(before)
  })
})

describe('readBuildId', () => {
  it('reads the id the client build wrote, and refuses anything else', () => {
    const dist = mkdtempSync(join(tmpdir(), 'build-id-dist-'))
    expect(readBuildId(dist)).toBeNull()
    writeFileSync(join(dist, 'build.json'), '{"id":"4c74b1338e8e"}')
    expect(readBuildId(dist)).toBe('4c74b1338e8e')
    writeFileSync(join(dist, 'build.json'), '{"id":"<script>"}')
    expect(readBuildId(dist)).toBeNull()
    writeFileSync(join(dist, 'build.json'), '{"id":')
    expect(readBuildId(dist)).toBeNull()
    rmSync(dist, { recursive: true, force: true })
  })
})

describe('isBuildBound', () => {
  it.each([
    [['data', 'films', 'mask-1985.json'], true],
    [['data', 'people', 'cher.json'], true],
    [['data', 'catalog', 'year', '1.json'], true],
    [['data', 'search', 'manifest.json'], true],
    // A shard's URL names its content: one shard serves every build that has it.
    [['data', 'search', '159fe90c952c', 'ch.json'], false],
    [['assets', 'index-abc.js'], false],
    [['films', 'mask-1985'], false],
  ])('%j: %s', (segments, bound) => {
    expect(isBuildBound(segments)).toBe(bound)
  })
})
