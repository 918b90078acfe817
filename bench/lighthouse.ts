import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { CHROME_FLAGS, CHROMIUM } from '../tests/browser.ts'

export interface LighthouseFigures {
  score: number
  lcp: number
  tbt: number
  cls: number
  fcp: number
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}

/**
 * Lighthouse's default mobile run (simulated slow 4G, 4x slower CPU) on the
 * system Chromium, `runs` times; each figure is the median of the runs.
 */
export async function runLighthouse(url: string, runs: number): Promise<LighthouseFigures> {
  const chrome = await chromeLauncher.launch({
    ...(CHROMIUM ? { chromePath: CHROMIUM } : {}),
    chromeFlags: ['--headless', ...CHROME_FLAGS],
  })
  try {
    const results: LighthouseFigures[] = []
    let failed = 0
    for (let run = 0; run < runs; run += 1) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
      })
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
      // A run whose trace Chrome failed to record (NO_NAVSTART, about one in
      // ten here) measured nothing: Lighthouse says to run it again, so the
      // run is repeated rather than counted as a score of 0.
      const error = result.lhr.runtimeError
      if (error) {
        failed += 1
        if (failed > runs)
          throw new Error(`Lighthouse failed on ${url}: ${error.code} ${error.message}`)
        console.warn(`bench: Lighthouse run failed on ${url} (${error.code}); running it again`)
        run -= 1
        continue
      }
      const { audits, categories } = result.lhr
      const value = (id: string) => audits[id]?.numericValue ?? NaN
      results.push({
        score: categories.performance?.score ?? 0,
        lcp: value('largest-contentful-paint'),
        tbt: value('total-blocking-time'),
        cls: value('cumulative-layout-shift'),
        fcp: value('first-contentful-paint'),
      })
    }
    return {
      score: median(results.map((r) => r.score)),
      lcp: median(results.map((r) => r.lcp)),
      tbt: median(results.map((r) => r.tbt)),
      cls: median(results.map((r) => r.cls)),
      fcp: median(results.map((r) => r.fcp)),
    }
  } finally {
    chrome.kill()
  }
}
