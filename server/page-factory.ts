import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { ReadDataFile, Redirect, RenderedPage } from '../src/entry-server.tsx'
import { pageHtml, type PageStyle } from './page-html.ts'

/**
 * Turns a path into a whole page of HTML, for the prerenderer at build time
 * and the server on request, so the two can never differ. It reads what the
 * build wrote for it (dist-ssr/page-template.json) rather than the app's
 * route list, so the server never bundles the app.
 */

export interface PageTemplate {
  /** The built index.html with its Content-Security-Policy. */
  readonly template: string
  /** The scripts each kind of page loads after painting (its route's code with the entry's). */
  readonly scripts: Readonly<Record<string, readonly string[]>>
  /** Each kind of page's own inline style and policy; a kind without one keeps the template's. */
  readonly styles?: Readonly<Record<string, PageStyle>>
  /** The site's origin, for canonical links and structured data (build/site-url.ts). */
  readonly origin: string
}

export const PAGE_TEMPLATE_FILE = 'page-template.json'

type RenderPage = (
  pathname: string,
  kind: string,
  read: ReadDataFile,
  origin: string,
) => Promise<RenderedPage | Redirect>

export interface PageFactory {
  readonly template: PageTemplate
  /**
   * The page's HTML, or where its route redirects to; throws when the route
   * fails to render. `read` reads its data files (by default from `dist`):
   * the server's page renderer passes its own, to know which files a page
   * was made from.
   */
  render(pathname: string, kind: string, read?: ReadDataFile): Promise<string | Redirect>
}

/**
 * `dist` holds the data the loaders read; `ssrDir` the SSR bundle and the
 * page template. `inlineData`: pages carry their data rather than name its
 * files (the static export, whose files are packed).
 */
export async function loadPageFactory(
  dist: string,
  ssrDir: string,
  { inlineData = false }: { inlineData?: boolean } = {},
): Promise<PageFactory> {
  const template = JSON.parse(
    await readFile(join(ssrDir, PAGE_TEMPLATE_FILE), 'utf8'),
  ) as PageTemplate
  const entry = pathToFileURL(join(ssrDir, 'entry-server.js')).href
  const { renderPage } = (await import(/* @vite-ignore */ entry)) as { renderPage: RenderPage }
  // Paths come from the routes' own params (ids, page numbers), never from
  // the raw URL, so they cannot leave dist/.
  const readDataFile: ReadDataFile = (path) => readFile(join(dist, path), 'utf8').catch(() => null)
  return {
    template,
    async render(pathname, kind, read = readDataFile) {
      const scripts = template.scripts[kind]
      if (!scripts) throw new Error(`no scripts are known for pages of kind "${kind}"`)
      const page = await renderPage(pathname, kind, read, template.origin)
      if ('redirect' in page) return page
      return pageHtml(template.template, page, [...scripts], page.ownedParams, {
        inlineData,
        style: template.styles?.[kind],
      })
    },
  }
}
