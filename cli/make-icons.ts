/**
 * `npx tsx cli/make-icons.ts`: draws the web app manifest's PNG icons
 * (public/icons/) from public/favicon.svg in Chromium, so the icons never
 * drift from the favicon. Run by hand when the favicon changes; the icons
 * are committed. The maskable icon keeps the mark inside the central 80 %
 * that every platform's mask leaves visible.
 */
import { readFileSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { launchBrowser } from '../tests/browser.ts'

const svg = readFileSync('public/favicon.svg', 'utf8')
const ICONS = [
  { file: 'icon-192.png', size: 192, inset: 0 },
  { file: 'icon-512.png', size: 512, inset: 0 },
  { file: 'icon-maskable-512.png', size: 512, inset: 0.2 },
]

await mkdir('public/icons', { recursive: true })
const browser = await launchBrowser()
for (const { file, size, inset } of ICONS) {
  const page = await browser.newPage({ viewport: { width: size, height: size } })
  const pad = Math.round(size * inset * 0.5)
  // The maskable icon's background is the mark's own, to the edges.
  const mark = svg.replace('<svg ', `<svg width="${size - 2 * pad}" height="${size - 2 * pad}" `)
  await page.setContent(
    `<body style="margin:0;background:${inset ? '#7a2e1d' : 'transparent'};display:grid;place-items:center;height:100vh">${mark}</body>`,
  )
  await page.screenshot({ path: `public/icons/${file}`, omitBackground: !inset })
  await page.close()
}
await browser.close()
console.log(`icons: wrote ${ICONS.map((icon) => icon.file).join(', ')} to public/icons/`)
