import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

/** Built exactly as the app is (same plugin, same minifier), so the comparison is fair. */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: '../../dist-bench/floor', emptyOutDir: true },
})
