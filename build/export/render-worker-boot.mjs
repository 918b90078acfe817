// A worker thread does not inherit tsx's loader (Node 20): this plain
// module registers it, then loads the TypeScript worker (render-pool.ts).
import { register } from 'tsx/esm/api'

register()
await import('./render-worker.ts')
