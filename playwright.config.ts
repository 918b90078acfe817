import { existsSync } from 'node:fs'
import { defineConfig, devices } from '@playwright/test'

/** A port of its own, so a running `npm start` on 4173 is never mistaken for the build under test. */
const PORT = Number(process.env.E2E_PORT ?? 4179)
const BASE_URL = `http://127.0.0.1:${PORT}`

// Debian's Chromium on CI and on these machines (Playwright cannot download its
// own browser here); Playwright's bundled one on a laptop that has run
// `npx playwright install chromium`.
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/artifacts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    // The production build, served the way `npm start` serves it to users.
    command: 'npm start',
    url: BASE_URL,
    env: { PORT: String(PORT), HOST: '127.0.0.1' },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
