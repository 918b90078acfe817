/**
 * Makes the built index.html paint in one round trip (issue 30): the boot
 * steps (public/boot.js, minified) and the whole stylesheet go into the page
 * itself, so nothing in its head blocks the first paint, and the
 * Content-Security-Policy allows exactly these two texts by their hashes.
 * The stylesheet stays a file too, linked in the head's <noscript>: read by
 * the browser with scripts off, and by public/boot.js, which links what it
 * holds after the paint. The prerenderer then gives each kind of rendered
 * page only the rules it can use (build/critical-css.ts,
 * docs/adr/0024-each-page-its-own-rules.md); the shell keeps them all.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { minify } from 'vite'
import { inlineHash, type InlineHashes } from '../server/security-policy.ts'

const BOOT_TAG = /\s*<script src="\/boot\.js"><\/script>/
const STYLESHEET_TAG = /\s*<link rel="stylesheet"[^>]*href="\/(assets\/[^"]+\.css)"[^>]*>/g
/** The head's links for after the paint (index.html): boot.js inserts its text. */
const AFTER_PAINT_LINKS = /(<noscript>\s*<link rel="manifest"[^>]*>)(\s*<\/noscript>)/

export interface InlinedHead {
  readonly html: string
  /** The shell's own script element (public/shell-boot.js), for shell.html and 404.html alone. */
  readonly shellScript: string
  readonly hashes: InlineHashes
  /** The whole stylesheet, inline in the template, and its file, relative to dist/. */
  readonly css: string
  readonly stylesheet: string
  /** The files now inline, relative to dist/: no page loads them any more. */
  readonly inlinedFiles: readonly string[]
}

/** Text an element of `tag` holds must not end it early, or the rest would be parsed as HTML. */
function checkInline(tag: 'script' | 'style', text: string, source: string): string {
  if (new RegExp(`</${tag}`, 'i').test(text) || text.includes('<!--')) {
    throw new Error(`${source} holds "</${tag}" or "<!--" and cannot be inlined in a <${tag}>`)
  }
  return text
}

/** Minified as one script of its own: its top-level names are free to shorten. */
export async function minifyBoot(source: string): Promise<string> {
  const { code } = await minify('script.js', source, { compress: true, mangle: { toplevel: true } })
  return code.trim()
}

/** `html` is Vite's built index.html; `dist` the folder it was built in, whose public/boot.js and stylesheet are read. */
export async function inlineHead(html: string, dist: string): Promise<InlinedHead> {
  if (!BOOT_TAG.test(html)) throw new Error('index.html has no <script src="/boot.js"></script>')
  if (!AFTER_PAINT_LINKS.test(html))
    throw new Error('index.html has no <noscript><link rel="manifest" …></noscript> in its head')
  const script = async (name: string) =>
    checkInline('script', await minifyBoot(readFileSync(join(dist, name), 'utf8')), name)
  const boot = await script('boot.js')
  const shell = await script('shell-boot.js')
  const files = [...html.matchAll(STYLESHEET_TAG)].map((match) => match[1] ?? '')
  if (files.length !== 1) {
    throw new Error(`index.html links ${files.length} stylesheets; the build inlines exactly one`)
  }
  const [file] = files as [string]
  const css = checkInline('style', readFileSync(join(dist, file), 'utf8').trim(), file)
  const inlined = html
    .replace(BOOT_TAG, () => `\n    <script>${boot}</script>`)
    .replace(STYLESHEET_TAG, () => `\n    <style>${css}</style>`)
    .replace(
      AFTER_PAINT_LINKS,
      (_, links: string, end: string) => `${links}<link rel="stylesheet" href="/${file}" />${end}`,
    )
  return {
    html: inlined,
    shellScript: `<script>${shell}</script>`,
    hashes: { scripts: [inlineHash(boot), inlineHash(shell)], styles: [inlineHash(css)] },
    css,
    stylesheet: file,
    inlinedFiles: ['boot.js', 'shell-boot.js'],
  }
}
