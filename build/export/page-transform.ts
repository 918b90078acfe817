import { HYDRATION_ELEMENT_ID } from '../../contract/html.ts'
import { DATA_LAYOUT_META, packOf, PACKED_LAYOUT } from '../../contract/packed-data.ts'
import { cspMetaTag, inlineHash, type InlineHashes } from '../../server/security-policy.ts'

/**
 * A rendered page as the static export serves it; otherwise the page `npm
 * start` serves, rendered by the same factory:
 * - it says its data is packed, so the app reads packs
 *   (src/data/packed-source.ts), and the data files it lists for offline
 *   use (public/pwa.js) are the packs that hold them;
 * - it carries TAB_SCRIPT, allowed by its hash like the boot steps.
 */

/**
 * The export answers a film's other tabs with its overview's page (a host
 * rewrite, docs/adr/0018-static-export.md). Hydrating the overview's markup
 * as another tab would fail, so on another path this drops the page's
 * hydration data before the app starts (the app's scripts load after the
 * paint): the app then renders the tab afresh from the film's pack. It lives
 * in the export's pages only, so the normal build's bytes stay as they were.
 */
export const TAB_SCRIPT = `(function(){var c=document.querySelector('link[rel=canonical]'),t=function(p){return p.replace(/(.)\\/$/,'$1')};if(c&&t(new URL(c.href).pathname)!==t(location.pathname)){var h=document.getElementById('${HYDRATION_ELEMENT_ID}');h&&h.remove()}})()`

/** The build's inline hashes with TAB_SCRIPT's: the export's pages' policy, in their meta tag and in `_headers`. */
export const exportHashes = (hashes: InlineHashes): InlineHashes => ({
  ...hashes,
  scripts: [...hashes.scripts, inlineHash(TAB_SCRIPT)],
})

const CSP_META = /<meta http-equiv="Content-Security-Policy"[^>]*>/

/**
 * The page's meta policy names its own inline style alone (each kind of
 * page has its own rules, ADR 24), as the build's does; `_headers` names
 * them all.
 */
export function exportPage(html: string, hashes: InlineHashes): string {
  const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1]
  const own = style === undefined ? hashes : { ...hashes, styles: [inlineHash(style)] }
  if (!html.includes('<meta charset="UTF-8" />'))
    throw new Error('the page has no <meta charset="UTF-8" /> to follow')
  if (!CSP_META.test(html)) throw new Error('the page has no Content-Security-Policy meta tag')
  if (!html.includes('</body>')) throw new Error('the page has no </body>')
  return html
    .replace(
      '<meta charset="UTF-8" />',
      (charset) => `${charset}\n    <meta name="${DATA_LAYOUT_META}" content="${PACKED_LAYOUT}" />`,
    )
    .replace(CSP_META, () => cspMetaTag(exportHashes(own)))
    .replace('</body>', () => `  <script>${TAB_SCRIPT}</script>\n  </body>`)
    .replace(
      /(<meta name="page-data" content=")([^"]*)(")/,
      (_, open: string, files: string, close: string) =>
        open +
        files
          .split(' ')
          .map((file) => {
            const packed = packOf(file.replace(/^\//, ''))
            return packed ? `/${packed.file}` : file
          })
          .join(' ') +
        close,
    )
}
