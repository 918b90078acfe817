import type { PageFactory } from '../../server/page-factory.ts'
import { contentSecurityPolicy, type InlineHashes } from '../../server/security-policy.ts'
import { auditPage, metaPolicy } from '../head-audit.ts'
import { exportHashes, exportPage } from './page-transform.ts'
import type { ExportPage } from './plan.ts'

export interface BatchResult {
  readonly rendered: number
  readonly bytes: number
  readonly failures: ReadonlyArray<{ readonly pathname: string; readonly message: string }>
}

/**
 * Renders a batch of the export's pages and writes each (render-worker.ts
 * runs it in a worker thread). A page that fails to render, redirects or
 * would not paint in one round trip is reported by path with the reason,
 * never skipped: the export then fails, naming it.
 */
export async function renderBatch(
  pages: readonly ExportPage[],
  factory: Pick<PageFactory, 'render'>,
  hashes: InlineHashes,
  write: (file: string, html: string) => Promise<void>,
): Promise<BatchResult> {
  const policy = contentSecurityPolicy(exportHashes(hashes))
  let rendered = 0
  let bytes = 0
  const failures: Array<{ pathname: string; message: string }> = []
  for (const page of pages) {
    try {
      const html = await factory.render(page.pathname, page.kind)
      if (typeof html !== 'string') throw new Error(`it redirects to ${html.redirect}`)
      const text = exportPage(html, hashes)
      // As the build's own pages: it paints in one round trip, every inline text allowed.
      const problems = auditPage(text, [policy, metaPolicy(text) ?? ''])
      if (problems.length > 0) throw new Error(problems.join('; '))
      await write(page.file, text)
      rendered += 1
      bytes += Buffer.byteLength(text)
    } catch (error) {
      failures.push({
        pathname: page.pathname,
        message: error instanceof Error ? error.message : String(error),
      })
    }
  }
  return { rendered, bytes, failures }
}
