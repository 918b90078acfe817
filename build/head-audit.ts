/**
 * What stands between a page's HTML and its first paint, and whether its
 * Content-Security-Policy lets its inline code run (issue 30): a page must
 * have no classic script loaded without async or defer and no stylesheet
 * link (each holds the paint for a round trip), and every inline script and
 * style must be allowed by its hash in each policy given, the header's and
 * the meta tag's, with no 'unsafe-inline'. Nor may it link a file the
 * browser fetches beside the document as it paints (a manifest, an icon, a
 * preload): one that ends before the paint holds the paint for a round
 * trip on a slow link (ADR 23); boot.js links the manifest after the paint,
 * and the icon is a data: URL. The prerenderer checks every page
 * it writes; tests/e2e/first-paint.spec.ts checks every kind the server sends.
 */
import { inlineHash } from '../server/security-policy.ts'

/** A <noscript>'s content is inert while scripts run, and is only read without them. */
const NOSCRIPT = /<noscript\b[\s\S]*?<\/noscript\s*>/gi
/** Nor is a <template>'s (the search's files, linked on first focus). */
const TEMPLATE = /<template\b[\s\S]*?<\/template\s*>/gi
/** Links the browser fetches at once, whatever their place in the page. */
const FETCHED_AT_ONCE = ['manifest', 'icon', 'preload', 'modulepreload', 'prefetch']
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi
const STYLE = /<style\b([^>]*)>([\s\S]*?)<\/style\s*>/gi
const LINK = /<link\b([^>]*)>/gi
/** The types a browser runs as script; any other (application/ld+json) is a data block. */
const SCRIPT_TYPES = new Set(['', 'text/javascript', 'module', 'application/javascript'])

const attribute = (attributes: string, name: string) =>
  new RegExp(
    `(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?(?=\\s|/|$)`,
    'i',
  ).exec(attributes)
const value = (attributes: string, name: string) => {
  const match = attribute(attributes, name)
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : null
}

/** The sources one directive of a policy allows (default-src stands in for a missing one). */
function sources(policy: string, directive: string): string[] {
  const directives = policy.split(';').map((part) => part.trim().split(/\s+/))
  const found =
    directives.find(([name]) => name === directive) ??
    directives.find(([name]) => name === 'default-src')
  return found ? found.slice(1) : []
}

/**
 * `shell`: the unrendered app (shell.html, 404.html), which paints nothing
 * until its scripts run, so may preload them.
 */
export function auditPage(
  html: string,
  policies: readonly string[],
  { shell = false }: { shell?: boolean } = {},
): string[] {
  const problems: string[] = []
  if (policies.length === 0) problems.push('no Content-Security-Policy')
  const live = html.replace(NOSCRIPT, '').replace(TEMPLATE, '')
  const allowed = (directive: string, text: string, what: string) => {
    const hash = inlineHash(text)
    policies.forEach((policy, index) => {
      const listed = sources(policy, directive)
      if (listed.includes("'unsafe-inline'")) {
        problems.push(`policy ${index + 1} allows 'unsafe-inline' in ${directive}`)
      } else if (!listed.includes(hash)) {
        problems.push(`policy ${index + 1} lacks ${hash} for ${what}`)
      }
    })
  }
  for (const [, attributes = '', text = ''] of live.matchAll(SCRIPT)) {
    const type = (value(attributes, 'type') ?? '').trim().toLowerCase()
    if (!SCRIPT_TYPES.has(type)) continue
    const src = value(attributes, 'src')
    if (src === null) allowed('script-src', text, `the inline script "${text.slice(0, 40)}…"`)
    else if (
      type !== 'module' &&
      !attribute(attributes, 'async') &&
      !attribute(attributes, 'defer')
    )
      problems.push(`the script ${src} blocks the paint (no async or defer)`)
  }
  for (const [, , text = ''] of live.matchAll(STYLE)) {
    allowed('style-src', text, `the inline style "${text.slice(0, 40)}…"`)
  }
  // A script's text may spell a link it adds later (boot.js adds the manifest).
  for (const [, attributes = ''] of live.replace(SCRIPT, '').matchAll(LINK)) {
    const rel = (value(attributes, 'rel') ?? '').toLowerCase().split(/\s+/)
    const href = value(attributes, 'href') ?? ''
    if (rel.includes('stylesheet') && !attribute(attributes, 'disabled'))
      problems.push(`the stylesheet ${href} blocks the paint`)
    const fetched = rel.find(
      (name) => FETCHED_AT_ONCE.includes(name) && !(shell && name.endsWith('preload')),
    )
    if (fetched && !href.startsWith('data:'))
      problems.push(
        `the ${fetched} ${href} is fetched beside the document: link it after the paint`,
      )
  }
  return problems
}

/** The policy a page's <meta http-equiv> tag sets, if it has one. */
export function metaPolicy(html: string): string | null {
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    if ((value(tag.slice(5), 'http-equiv') ?? '').toLowerCase() === 'content-security-policy')
      return value(tag.slice(5), 'content')
  }
  return null
}
