import { copyFileSync, cpSync, readdirSync, readFileSync, renameSync } from 'node:fs'
import { symlinkSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { join, resolve } from 'node:path'
import { createStaticServer } from '../../server/static-server.ts'

/**
 * Deploys under an open tab, for the update tests: the build served from a
 * folder of its own, then replaced by a second version of it in which every
 * script and style has a new name, as a real deploy's hashes would, and the
 * old names are gone from the server.
 */
export const DIST = resolve('dist')
export const MARK = '<meta name="deploy" content="v2" />'

/** The build without its 71,000 data files, which both versions share. */
export function copyBuild(to: string) {
  cpSync(DIST, to, {
    recursive: true,
    filter: (source) => source !== join(DIST, 'data') && !/\.(br|gz)$/.test(source),
  })
  symlinkSync(join(DIST, 'data'), join(to, 'data'))
}

function textFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(html|js|css|json)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !path.startsWith(join(dir, 'data')))
}

interface SecondVersion {
  /** Another build: its code and its server name the id `to` where version 1's named `from`. */
  readonly buildId?: { readonly from: string; readonly to: string }
  /** Version 1's code stays on the server beside version 2's, as many deploys keep it a while. */
  readonly keepOldAssets?: boolean
}

/** Version 2: every asset renamed, every reference to it rewritten, the pages marked. */
export function secondVersion(
  to: string,
  { buildId, keepOldAssets = false }: SecondVersion = {},
): readonly (readonly [string, string])[] {
  copyBuild(to)
  const renames = readdirSync(join(to, 'assets'))
    .filter((name) => /\.(js|css)$/.test(name))
    .map((name) => [name, name.replace(/\.(js|css)$/, '-v2.$1')] as const)
  const move = keepOldAssets ? copyFileSync : renameSync
  for (const [from, next] of renames) move(join(to, 'assets', from), join(to, 'assets', next))
  const old = new Set(keepOldAssets ? renames.map(([from]) => join(to, 'assets', from)) : [])
  for (const file of textFiles(to).filter((path) => !old.has(path))) {
    let text = readFileSync(file, 'utf8')
    for (const [from, next] of renames) text = text.split(`/${from}`).join(`/${next}`)
    if (buildId) text = text.split(buildId.from).join(buildId.to)
    if (file.endsWith('.html')) text = text.replace('<head>', `<head>\n    ${MARK}`)
    // The shell's content changed, so its precache revision does.
    if (file.endsWith('sw.js')) {
      text = text.replace(/(url:"shell\.html",revision:")[^"]+"/, '$1v2"')
    }
    writeFileSync(file, text)
  }
  return renames
}

/**
 * Version 2 as a release the production server runs from a folder of its own
 * (`BUILD_ROOT`): dist/ as secondVersion makes it, and beside it dist-ssr/,
 * whose page template names the renamed files and carries the mark, so a
 * page rendered on request is version 2's too.
 */
export function secondRelease(
  root: string,
  buildId: { readonly from: string; readonly to: string },
) {
  const renames = secondVersion(join(root, 'dist'), { buildId })
  const ssr = join(root, 'dist-ssr')
  cpSync(resolve('dist-ssr'), ssr, { recursive: true })
  // The server bundle imports its packages (React, the router) from the release's node_modules.
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'))
  for (const file of textFiles(ssr)) {
    let text = readFileSync(file, 'utf8')
    for (const [from, next] of renames) text = text.split(`/${from}`).join(`/${next}`)
    text = text.split(buildId.from).join(buildId.to)
    if (file.endsWith('page-template.json')) {
      text = text.replace('<head>', `<head>\\n    ${MARK.replaceAll('"', '\\"')}`)
    }
    writeFileSync(file, text)
  }
}

/** A port that serves one build at a time, the next `serve` replacing it. */
export function deployer(port: number) {
  // One listening socket for the whole test, whose requests go to the
  // build deployed now: a deploy swaps the build, as a real one behind a
  // proxy does, and never leaves the port closed between the two. (Closing
  // and listening again left a gap in which the tab's idle work, warming a
  // link, met a refused connection.)
  let current: Server | null = null
  let front: Server | null = null
  const stop = async () => {
    const server = front
    front = null
    current = null
    if (!server) return
    server.closeAllConnections()
    await new Promise((done) => server.close(done))
  }
  const serve = async (dir: string) => {
    current = createStaticServer(dir, {
      fallback: 'shell.html',
      notFound: '404.html',
      log: () => {},
    })
    if (front) return
    front = createServer((request, response) => {
      if (current) current.emit('request', request, response)
      else response.writeHead(503).end()
    })
    await new Promise<void>((done) => front?.listen(port, '127.0.0.1', done))
  }
  return { serve, stop }
}
