import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { InlineHashes } from '../../server/security-policy.ts'
import type { ExportPage } from './plan.ts'
import type { BatchResult } from './render-batch.ts'

/**
 * Renders the export's pages on every core: one worker thread a core, each
 * with its own page factory, fed batches as it finishes the last, so a slow
 * batch (a film with a huge cast) holds up no other worker.
 */

export interface WorkerSetup {
  readonly dist: string
  readonly ssr: string
  readonly out: string
  /** The build's inline hashes (dist/inline-hashes.json). */
  readonly hashes: InlineHashes
}

export interface PoolResult extends BatchResult {
  readonly workers: number
}

export interface PoolOptions extends WorkerSetup {
  readonly workers?: number
  readonly batch?: number
  readonly onProgress?: (done: number, total: number) => void
}

export async function renderPages(
  pages: readonly ExportPage[],
  options: PoolOptions,
): Promise<PoolResult> {
  const count = Math.max(1, Math.min(options.workers ?? availableParallelism(), pages.length))
  const size = options.batch ?? 100
  const batches: ExportPage[][] = []
  for (let i = 0; i < pages.length; i += size) batches.push(pages.slice(i, i + size))
  let rendered = 0
  let bytes = 0
  const failures: Array<{ pathname: string; message: string }> = []
  const { dist, ssr, out, hashes } = options
  const setup: WorkerSetup = { dist, ssr, out, hashes }

  const run = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL('./render-worker-boot.mjs', import.meta.url), {
        workerData: setup,
      })
      const next = () => {
        const batch = batches.shift()
        if (batch) worker.postMessage(batch)
        else void worker.terminate().then(() => resolve())
      }
      worker.on('message', (message: BatchResult | { ready: true }) => {
        if ('rendered' in message) {
          rendered += message.rendered
          bytes += message.bytes
          failures.push(...message.failures)
          options.onProgress?.(rendered + failures.length, pages.length)
        }
        next()
      })
      worker.on('error', reject)
      worker.on('exit', (code) => {
        if (code !== 0 && code !== 1) reject(new Error(`a render worker exited with code ${code}`))
      })
    })

  await Promise.all(Array.from({ length: count }, run))
  return { rendered, bytes, failures, workers: count }
}
