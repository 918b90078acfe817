/**
 * A prerendered page's HTML from the built template and the rendered route.
 * Film data reaches this HTML in three places (the markup React escaped, the
 * head's title and description, the hydration JSON), and none of them may let
 * that data close an element or run as script.
 */
import type { RenderedPage } from '../src/entry-server.tsx'
import { HYDRATION_ELEMENT_ID } from '../contract/html.ts'

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** JSON that cannot end its <script> element, whatever the film data holds. */
export const jsonForScript = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')

/** The template's own script and preload tags: a prerendered page loads its scripts after painting (public/boot.js). */
const SCRIPT_TAGS = /\s*<script type="module"[^>]*><\/script>|\s*<link rel="modulepreload"[^>]*>/g

export function scriptsOf(template: string): string[] {
  const entry = /<script type="module"[^>]*src="([^"]+)"/.exec(template)?.[1]
  if (!entry) throw new Error('the template has no module script')
  const preloads = [...template.matchAll(/<link rel="modulepreload"[^>]*href="([^"]+)"/g)].map(
    (m) => m[1] ?? '',
  )
  return [entry, ...preloads]
}

/** A kind of page's own inline style and the Content-Security-Policy meta tag that allows it. */
export interface PageStyle {
  readonly css: string
  readonly policy: string
}

/**
 * The hydration JSON: a query whose data is a data file's JSON names the
 * file, which boot.js preloads after the paint, rather than carry it
 * (docs/adr/0025-the-page-data-out-of-the-page.md); with `inlineData` (the
 * static export, whose files are packed) every query carries its data.
 */
export function hydrationJson(payload: RenderedPage['payload'], inlineData = false): string {
  return jsonForScript({
    ...payload,
    queries: payload.queries.map(({ queryKey, data, file, length }) =>
      file && !inlineData ? { queryKey, file, length } : { queryKey, data },
    ),
  })
}

/**
 * `ownedParams` are the URL params the page's view owns: public/boot.js holds
 * the view back for a link holding one of them, until the app applies it.
 * `style`, the rules this kind of page uses at first, replaces the
 * template's whole stylesheet, and its policy the template's
 * (docs/adr/0024-each-page-its-own-rules.md).
 */
export function pageHtml(
  template: string,
  page: RenderedPage,
  scripts: string[],
  ownedParams: readonly string[] = [],
  {
    inlineData = false,
    style,
  }: {
    inlineData?: boolean
    /** The page's kind's own style, for the whole stylesheet (ADR 24). */
    style?: PageStyle
  } = {},
): string {
  const title = escapeHtml(page.title)
  const description = escapeHtml(page.description)
  const url = escapeHtml(page.canonicalUrl)
  const head = [
    `<title>${title}</title>`,
    `<meta name="description" content="${description}" />`,
    `<meta property="og:title" content="${title}" />`,
    `<meta property="og:description" content="${description}" />`,
    `<meta property="og:type" content="${page.ogType}" />`,
    `<meta property="og:url" content="${url}" />`,
    `<meta property="og:site_name" content="Film Explorer" />`,
    `<meta name="twitter:card" content="summary" />`,
    `<link rel="canonical" href="${url}" />`,
    // A data block, which the CSP's script-src does not govern: it never runs.
    ...(page.structuredData
      ? [`<script type="application/ld+json">${jsonForScript(page.structuredData)}</script>`]
      : []),
    `<meta name="app-scripts" content="${scripts.join(' ')}" />`,
    ...(page.dataFiles.length > 0
      ? [`<meta name="page-data" content="${escapeHtml(page.dataFiles.join(' '))}" />`]
      : []),
    ...(page.searchFiles.length > 0
      ? [`<meta name="search-data" content="${escapeHtml(page.searchFiles.join(' '))}" />`]
      : []),
    // The pattern public/boot.js tests the query string with (keys are plain words).
    ...(ownedParams.length > 0
      ? [`<meta name="url-params" content="[?&](${ownedParams.join('|')})=" />`]
      : []),
  ].join('\n    ')
  const styled = style
    ? template
        .replace(/<style>[\s\S]*?<\/style>/, () => `<style>${style.css}</style>`)
        .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, () => style.policy)
    : template
  const replaced = styled
    .replace(SCRIPT_TAGS, '')
    // Replacer functions, not strings: in a replacement string "$&" or "$'"
    // would splice parts of the template into a page whose data holds them.
    .replace(/<title>[^<]*<\/title>/, () => head)
    .replace(/\s*<meta name="description"[^>]*>/, '')
    // A rendered page shows its content without scripts: the shell's "needs
    // JavaScript" note would be untrue on it.
    .replace(/\s*<noscript\s*>\s*<p class="noscript">[\s\S]*?<\/noscript\s*>/, '')
    .replace(
      '<div id="root"></div>',
      () =>
        `<div id="root">${page.body}</div>\n    <script type="application/json" id="${HYDRATION_ELEMENT_ID}">${hydrationJson(page.payload, inlineData)}</script>`,
    )
  if (!replaced.includes(page.body)) throw new Error('the template has no <div id="root"></div>')
  return replaced
}

/**
 * dist/404.html: the page a 404 carries, from `npm start` and from a static
 * host (most serve a root 404.html for any path they have no file for). It is
 * the shell, so with JavaScript the app shows the not-found view the route
 * calls for (an unknown film says so); without it, the note says what is
 * wrong rather than asking for JavaScript.
 */
export function notFoundHtml(shell: string): string {
  const page = shell
    .replace(/<title>[^<]*<\/title>/, () => '<title>Page not found · Film Explorer</title>')
    .replace(
      /(<noscript\s*>\s*<p class="noscript">)[\s\S]*?(<\/p>)/,
      (_, open: string, close: string) =>
        `${open}There is no page at this address. The link may be mistyped, or the page may have moved: <a href="/">browse the films</a>.${close}`,
    )
  if (!page.includes('There is no page at this address')) {
    throw new Error('the shell has no <noscript> note for 404.html to replace')
  }
  return page
}
