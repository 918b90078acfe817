// node measure.mjs  — needs `node serve.mjs` running on 8717. Headless Chromium, fresh context per run.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
const BASE = 'http://127.0.0.1:8717/';
const QUERIES = ['cher', 'moonstruck', 'casablanca', 'the', 'ch', 'zoe saldana', 'renee adoree', 'godfater', 'lon chaney', 'star wars', 'carmen 1915', 'treasure island'];
const RUNS = 3;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const median = (a) => { const s = [...a].sort((x, y) => x - y); return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const pct = (a, p) => { const s = [...a].sort((x, y) => x - y); return s[Math.min(s.length - 1, Math.ceil(p / 100 * s.length) - 1)]; };
async function fresh() {
  const ctx = await browser.newContext(); const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page); await cdp.send('Network.enable');
  const reqs = new Map();
  cdp.on('Network.requestWillBeSent', (e) => reqs.set(e.requestId, { url: e.request.url, wire: 0 }));
  cdp.on('Network.loadingFinished', (e) => { const r = reqs.get(e.requestId); if (r) r.wire = e.encodedDataLength; });
  await page.goto(BASE, { waitUntil: 'load' });
  await page.waitForFunction(() => typeof window.fsearch === 'function');
  return { ctx, page, reqs };
}
const first = {};
for (const q of QUERIES) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const { ctx, page, reqs } = await fresh();
    const [ms, top, timing] = await page.evaluate(async (q) => { const t = performance.now(); const r = await window.fsearch(q); return [performance.now() - t, r.slice(0, 3).map((x) => x[1]), { ...window.fstiming }]; }, q);
    await page.waitForTimeout(50);
    const list = [...reqs.values()];
    runs.push({ ms, top, timing, requests: list.length, wireBytes: list.reduce((s, r) => s + r.wire, 0), urls: list.map((r) => r.url.replace(BASE, '/')) });
    await ctx.close();
  }
  const m = { ms: median(runs.map((r) => r.ms)), wireBytes: median(runs.map((r) => r.wireBytes)), requests: median(runs.map((r) => r.requests)), urls: runs[0].urls, top3: runs[0].top, allMs: runs.map((r) => +r.ms.toFixed(1)), breakdown: runs.map((r) => ({ fetchParse: +(r.timing.fetchParse || 0).toFixed(1), import: +(r.timing.import || 0).toFixed(1) })) };
  first[q] = m; console.log(q.padEnd(16), `${m.ms.toFixed(1)} ms`, `${m.wireBytes} B`, `${m.requests} req`, m.urls.join(' '), '→', m.top3.join(', '), JSON.stringify(m.breakdown));
}
// later keystrokes: type each query letter by letter in a fresh context; every call after the first counts
const later = [];
for (const q of QUERIES) {
  const { ctx, page } = await fresh();
  const times = await page.evaluate(async (q) => { const out = []; for (let i = 1; i <= q.length; i++) { const t = performance.now(); await window.fsearch(q.slice(0, i)); out.push(performance.now() - t); } return out; }, q);
  later.push(...times.slice(1)); await ctx.close();
}
const keys = { n: later.length, p50: +pct(later, 50).toFixed(1), p95: +pct(later, 95).toFixed(1), max: +Math.max(...later).toFixed(1) };
console.log('later keystrokes', keys);
await browser.close();
const prev = fs.existsSync('results.json') ? JSON.parse(fs.readFileSync('results.json')) : {};
fs.writeFileSync('results.json', JSON.stringify({ ...prev, firstQuery: first, laterKeystrokes: keys, measuredAt: new Date().toISOString() }, null, 1));
