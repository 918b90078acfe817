/**
 * `npm start`, before it serves: builds only when dist/ is missing or older
 * than the sources, so a second start is instant.
 */
import { execSync } from 'node:child_process'
import { whyRebuild } from './build-stamp.ts'

const reason = whyRebuild()
if (reason) {
  console.log(`film-explorer: building, because ${reason}`)
  try {
    execSync('npm run build', { stdio: 'inherit' })
  } catch {
    console.error('film-explorer: the build failed (see above); nothing is served.')
    process.exit(1)
  }
} else {
  console.log('film-explorer: the build in dist/ is up to date')
}
