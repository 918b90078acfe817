import { DATA_LAYOUT_META, packOf, PACKED_LAYOUT } from '../../contract/packed-data.ts'

/**
 * A rendered page as the static export serves it: the page says its data is
 * packed, so the app reads packs (src/data/packed-source.ts), and the data
 * files it lists for offline use (public/pwa.js) are the packs that hold them.
 * The page is otherwise the one `npm start` serves, rendered by the same
 * factory.
 */
export function exportPage(html: string): string {
  const marked = html.replace(
    /<meta charset="UTF-8" \/>/,
    (charset) => `${charset}\n    <meta name="${DATA_LAYOUT_META}" content="${PACKED_LAYOUT}" />`,
  )
  if (marked === html) throw new Error('the page has no <meta charset="UTF-8" /> to follow')
  return marked.replace(
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
