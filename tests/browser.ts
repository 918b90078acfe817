import { existsSync } from 'node:fs'
import { chromium, type Browser } from '@playwright/test'

// Debian's Chromium on CI and on these machines (Playwright cannot download its
// own browser here); Playwright's bundled one on a laptop that has run
// `npx playwright install chromium`. Shared by the browser tests and the benchmark.
export const CHROMIUM =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)

/** The same launch flags as the browser tests (the options that work on Debian's Chromium, as root, on a closed network). */
export const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ ...(CHROMIUM ? { executablePath: CHROMIUM } : {}), args: CHROME_FLAGS })
}
