import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

const CORE_MODULES =
  /rolldown[\\/]runtime|node_modules[\\/](react|react-dom|react-router|scheduler|cookie|set-cookie-parser|@tanstack)[\\/]|src[\\/](app|components|hooks|lib)[\\/](?!route-error|not-found)|src[\\/]data[\\/](film-queries|load-error|film-id|use-film|use-catalog)/

export default defineConfig({
  plugins: [react()],
  build: {
    // scripts/prerender.ts reads it to preload each page's route code.
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // Everything every page needs, in one chunk: compressed together,
              // the shared libraries and layers cost less than spread over
              // several small chunks. Route modules, the fetch-and-validate
              // boundary and the error views stay apart, loaded when needed.
              name: 'core',
              test: CORE_MODULES,
            },
          ],
        },
      },
    },
    // Source maps let a bug report from production point at real code; they are
    // only fetched when devtools are open, so they cost users nothing.
    sourcemap: true,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['src/test/setup.ts'],
    // Component tests render the whole router; the default 5 s is tight on a
    // 2-core CI machine under load, and a timeout there says nothing useful.
    testTimeout: 15_000,
  },
})
