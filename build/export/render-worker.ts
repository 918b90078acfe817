/**
 * A worker thread of the static export's render pool (render-pool.ts): it
 * loads the page factory once (the one `npm start` and the prerenderer use),
 * then renders each batch of pages it is sent and writes them to the export.
 */
import '../../server/production-env.ts'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { parentPort, workerData } from 'node:worker_threads'
import { loadPageFactory } from '../../server/page-factory.ts'
import type { ExportPage } from './plan.ts'
import { renderBatch } from './render-batch.ts'
import type { WorkerSetup } from './render-pool.ts'

const { dist, ssr, out, hashes } = workerData as WorkerSetup
// The export's data files are packed: its pages carry their data.
const factory = await loadPageFactory(dist, ssr, { inlineData: true })
const port = parentPort
if (!port) throw new Error('render-worker.ts runs as a worker thread')

const write = async (file: string, html: string) => {
  await mkdir(dirname(join(out, file)), { recursive: true })
  await writeFile(join(out, file), html)
}

port.on('message', (pages: readonly ExportPage[]) => {
  void renderBatch(pages, factory, hashes, write).then((result) => port.postMessage(result))
})
port.postMessage({ ready: true })
