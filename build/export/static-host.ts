import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { join, normalize, sep } from 'node:path'
import { lookup } from 'mime-types'

/**
 * A plain static host for an export, as Netlify or Cloudflare Pages serve
 * one: a file if the path has one (`/films/x` is `films/x/index.html`), else
 * the first `_redirects` rule that matches (a 200 serves its target, a 3xx
 * redirects), else /404.html with a 404; `_headers` on every answer. It
 * exists to test the export and to preview it (`npm run export:serve`), not
 * to serve it: the server for that is `npm start`.
 */

interface Rule {
  readonly from: RegExp
  readonly names: readonly string[]
  readonly to: string
  readonly status: number
}

/** `_redirects`: `from to status`, with `:name` segments and a final `*` (`:splat`). */
export function parseRedirects(text: string): Rule[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [from = '', to = '', status = '301'] = line.split(/\s+/)
      const names: string[] = []
      const pattern = from
        .split('/')
        .map((part) => {
          if (part === '*') return names.push('splat') && '(.*)'
          if (part.startsWith(':')) return names.push(part.slice(1)) && '([^/]+)'
          return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        })
        .join('/')
      return { from: new RegExp(`^${pattern}/?$`), names, to, status: Number(status) }
    })
}

/** `_headers`: a path pattern (`*` anywhere), then its headers indented below it. */
export function parseHeaders(
  text: string,
): Array<{ pattern: RegExp; headers: [string, string][] }> {
  const blocks: Array<{ pattern: RegExp; headers: [string, string][] }> = []
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
      blocks.push({ pattern: new RegExp(`^${source}$`), headers: [] })
      continue
    }
    const colon = line.indexOf(':')
    blocks.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()])
  }
  return blocks
}

function fileFor(root: string, pathname: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return null
  }
  const path = normalize(join(root, decoded))
  if (path !== root && !path.startsWith(root + sep)) return null
  for (const candidate of [path, join(path, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate
  }
  return null
}

export function createStaticHost(root: string): Server {
  const read = (name: string) =>
    existsSync(join(root, name)) ? readFileSync(join(root, name), 'utf8') : ''
  const rules = parseRedirects(read('_redirects'))
  const headerBlocks = parseHeaders(read('_headers'))
  return createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://host')
    for (const block of headerBlocks) {
      if (block.pattern.test(pathname))
        for (const [name, value] of block.headers) res.setHeader(name, value)
    }
    const send = (file: string, status: number) => {
      res.writeHead(status, {
        'Content-Type': lookup(file) || 'application/octet-stream',
        'Content-Length': statSync(file).size,
      })
      if (req.method === 'HEAD') res.end()
      else createReadStream(file).pipe(res)
    }
    const notFound = () => {
      const page = fileFor(root, '/404.html')
      if (page) return send(page, 404)
      res.writeHead(404).end()
    }
    const file = fileFor(root, pathname)
    if (file) return send(file, 200)
    for (const rule of rules) {
      const match = rule.from.exec(pathname)
      if (!match) continue
      const target = rule.names.reduce(
        (to, name, i) => to.replaceAll(`:${name}`, match[i + 1] ?? ''),
        rule.to,
      )
      if (rule.status >= 300 && rule.status < 400) {
        res.writeHead(rule.status, { Location: target }).end()
        return
      }
      const rewritten = fileFor(root, target)
      return rewritten ? send(rewritten, rule.status) : notFound()
    }
    notFound()
  })
}
