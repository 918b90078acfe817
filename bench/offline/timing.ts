// Times issue 18's choices (docs/adr/0012-offline.md): a first visit's load to a
// worker in control, and a visited film's LCP with the network's HTML against the
// precached shell. Run against `PORT=4300 node server/serve-build.js` after `npm run build`:
//   npx tsx bench/offline/timing.ts
import type { Page } from '@playwright/test'
import { launchBrowser } from '../../tests/browser.ts'
import { readFileSync } from 'node:fs'
const base = 'http://localhost:4300'
const browser = await launchBrowser()
const med = (a: number[]) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)]
const install: number[] = [],
  ssr: number[] = [],
  shell: number[] = []
const shellHtml = readFileSync(new URL('../../dist/shell.html', import.meta.url), 'utf8')
const lcp = (page: Page) =>
  page.evaluate(
    () =>
      new Promise((done) =>
        new PerformanceObserver((list) => {
          const e = list.getEntries().at(-1)
          done(e.startTime)
        }).observe({ type: 'largest-contentful-paint', buffered: true }),
      ),
  )
for (let i = 0; i < 5; i++) {
  const ctx = await browser.newContext()
  const page = await ctx.newPage()
  await page.goto(base + '/films/mask-1985')
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller), undefined, {
    polling: 10,
  })
  install.push(await page.evaluate(() => performance.now()))
  await page.waitForTimeout(300)
  // Online reload, the design built: the network's HTML.
  await page.reload()
  await page.getByRole('heading', { level: 1 }).waitFor()
  ssr.push(await lcp(page))
  // The alternative: the precached shell for every navigation (navigateFallback).
  await page.route('**/films/mask-1985', (route) =>
    route.request().resourceType() === 'document'
      ? route.fulfill({ body: shellHtml, contentType: 'text/html' })
      : route.fallback(),
  )
  await page.reload()
  await page.getByRole('heading', { level: 1, name: 'Mask (1985)' }).waitFor()
  shell.push(await lcp(page))
  await ctx.close()
}
console.log(
  'first visit: load to controlled (ms)',
  install.map(Math.round),
  'median',
  Math.round(med(install)),
)
console.log('reload, network HTML: LCP ms', ssr.map(Math.round), 'median', Math.round(med(ssr)))
console.log(
  'reload, shell for every navigation: LCP ms',
  shell.map(Math.round),
  'median',
  Math.round(med(shell)),
)
await browser.close()
