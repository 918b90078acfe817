/**
 * `npm run export:check [-- <dir>]`: checks an export (default dist-export/)
 * against the static hosts' limits (build/export/limits.ts), its files and
 * folders and its `_headers` and `_redirects`, as `npm run
 * export` does at its end; exits 1 naming the limit, the host and the folder
 * or file that breaks it.
 */
import { existsSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { checkHostFilesIn, checkLimits } from '../build/export/limits.ts'
import { walkTree } from '../build/export/tree.ts'
import { reportBreaches } from './export-report.ts'

const dir = resolve(process.argv[2] ?? 'dist-export')
if (!existsSync(dir) || !statSync(dir).isDirectory()) {
  console.error(`export:check: ${dir} is not a folder: run \`npm run export\` first.`)
  process.exit(2)
}
const tree = walkTree(dir)
console.log(
  `export:check: ${tree.files.toLocaleString('en')} files, ${(tree.bytes / 1e6).toFixed(1)} MB; the fullest folder holds ${Math.max(...tree.filesPerFolder.values()).toLocaleString('en')} files`,
)
process.exitCode = reportBreaches([...checkLimits(tree), ...checkHostFilesIn(dir)]) ? 1 : 0
