import { defineConfig, devices } from '@playwright/test'
import { CHROME_FLAGS, CHROMIUM } from './tests/browser.ts'

/** A port of its own, so a running `npm start` on 4173 is never mistaken for the build under test. */
const PORT = Number(process.env.E2E_PORT ?? 4179)
const BASE_URL = `http://127.0.0.1:${PORT}`

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
    // A service worker answers requests before page.route sees them, so
    // the tests that fake a server's answers could not. The offline and
    // update tests allow it (tests/e2e/offline.spec.ts).
    serviceWorkers: 'block',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(CHROMIUM ? { executablePath: CHROMIUM } : {}),
          args: CHROME_FLAGS,
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
