/**
 * A worker thread of the static export's render pool (render-pool.ts): it
 * loads the page factory once, then renders the pages it is sent with it
 * (the one `npm start` and the prerenderer use) and writes each to the
 * export. A page that fails is reported back by path, never skipped.
 */
import '../../server/production-env.ts'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { parentPort, workerData } from 'node:worker_threads'
import { loadPageFactory } from '../../server/page-factory.ts'
import type { ExportPage } from './plan.ts'
import { exportHashes, exportPage } from './page-transform.ts'
import { auditPage, metaPolicy } from '../head-audit.ts'
import { contentSecurityPolicy } from '../../server/security-policy.ts'
import type { BatchResult, WorkerSetup } from './render-pool.ts'

const { dist, ssr, out, hashes } = workerData as WorkerSetup
const policy = contentSecurityPolicy(exportHashes(hashes))
const factory = await loadPageFactory(dist, ssr)
const port = parentPort
if (!port) throw new Error('render-worker.ts runs as a worker thread')

port.on('message', (pages: readonly ExportPage[]) => {
  void renderBatch(pages).then((result) => port.postMessage(result))
})
port.postMessage({ ready: true })

async function renderBatch(pages: readonly ExportPage[]): Promise<BatchResult> {
  const result = {
    rendered: 0,
    bytes: 0,
    failures: [] as Array<{ pathname: string; message: string }>,
  }
  for (const page of pages) {
    try {
      const html = await factory.render(page.pathname, page.kind)
      if (typeof html !== 'string') throw new Error(`it redirects to ${html.redirect}`)
      const text = exportPage(html, hashes)
      // As the build's own pages: it paints in one round trip, every inline text allowed.
      const problems = auditPage(text, [policy, metaPolicy(text) ?? ''])
      if (problems.length > 0) throw new Error(problems.join('; '))
      const file = join(out, page.file)
      await mkdir(dirname(file), { recursive: true })
      await writeFile(file, text)
      result.rendered += 1
      result.bytes += Buffer.byteLength(text)
    } catch (error) {
      result.failures.push({
        pathname: page.pathname,
        message: error instanceof Error ? error.message : String(error),
      })
    }
  }
  return result
}
