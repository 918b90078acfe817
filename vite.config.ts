import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [react()],
  build: {
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
