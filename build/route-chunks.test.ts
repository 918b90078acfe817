import { routeJavaScript, staticClosure, type Manifest } from './route-chunks.ts'

const manifest: Manifest = {
  'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_core.js'] },
  '_core.js': { file: 'assets/core.js' },
  '_shared.js': { file: 'assets/shared.js', imports: ['_core.js'] },
  'src/cast.tsx': {
    file: 'assets/cast.js',
    imports: ['_shared.js'],
    dynamicImports: ['src/big.tsx'],
  },
  'src/big.tsx': { file: 'assets/big.js', imports: ['_core.js'] },
}

describe('what a route loads', () => {
  it('follows static imports transitively, once each', () => {
    expect([...staticClosure(manifest, 'src/cast.tsx')]).toEqual([
      'assets/cast.js',
      'assets/shared.js',
      'assets/core.js',
    ])
  })

  it('is the entry and the route module with their static imports, not their dynamic ones', () => {
    expect(routeJavaScript(manifest, 'src/cast.tsx').sort()).toEqual([
      'assets/cast.js',
      'assets/core.js',
      'assets/index.js',
      'assets/shared.js',
    ])
  })

  it('refuses a route module the build does not have', () => {
    expect(() => routeJavaScript(manifest, 'src/nope.tsx')).toThrow(/not in the build manifest/)
  })
})
