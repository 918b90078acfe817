// Browser measurement of the Pagefind bundle in ./site (built by build.mjs).
// Usage: node measure.mjs [reps=3]   -> writes ./measure-results.json (merged into results.json by report step)
// Starts serve.mjs itself on 127.0.0.1:8917 and stops it (by its pid) at the end.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const REPS = +(process.argv[2] || 3);
const ONLY = process.env.ONLY ? process.env.ONLY.split(",") : null;
const PORT = 8917, BASE = `http://127.0.0.1:${PORT}`;
const QUERIES = ['cher', 'moonstruck', 'casablanca', 'the', 'ch', 'zoe saldana', 'renee adoree', 'godfater',
  'lon chaney', 'star wars', 'carmen 1915', 'treasure island'];
const ranking = JSON.parse(readFileSync('../ranking.json', 'utf8'));

const server = spawn(process.execPath, [new URL('./serve.mjs', import.meta.url).pathname, String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise(r => server.stdout.once('data', r));
const serverLog = async (since = 0) => (await (await fetch(`${BASE}/__log?since=${since}`)).json());

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'], headless: true });
const median = a => { const s = [...a].sort((x, y) => x - y); const n = s.length; return n ? (n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2) : null; };
const pct = (a, p) => { const s = [...a].sort((x, y) => x - y); if (!s.length) return null; return s[Math.min(s.length - 1, Math.ceil(p / 100 * s.length) - 1)]; };
const r1 = x => x == null ? x : Math.round(x * 10) / 10;

// A fresh context with request accounting per phase (Playwright request.sizes(), encoded body bytes).
async function freshContext() {
  const context = await browser.newContext();
  const acct = { phase: 'page', reqs: [] };
  const pending = [];
  context.on('requestfinished', req => {
    const phase = req._pfPhase;
    pending.push(req.sizes().then(s => acct.reqs.push({ phase, url: req.url().replace(BASE, ''), body: s.responseBodySize, headers: s.responseHeadersSize + s.requestHeadersSize }))
      .catch(() => {}));
  });
  context.on('request', req => { req._pfPhase = acct.phase; });
  const page = await context.newPage();
  await page.goto(`${BASE}/index.html`);
  acct.settle = async () => { await new Promise(r => setTimeout(r, 50)); await Promise.all(pending); };
  return { context, page, acct };
}
function phaseSum(acct, phase) {
  const rs = acct.reqs.filter(r => r.phase === phase && !r.url.startsWith('/__log'));
  return { requests: rs.length, bodyBytes: rs.reduce((a, r) => a + r.body, 0), headerBytes: rs.reduce((a, r) => a + r.headers, 0), files: rs.map(r => `${r.url} ${r.body}`) };
}

async function oneRun(q) {
  const { context, page, acct } = await freshContext();
  const log0 = (await serverLog()).next;
  acct.phase = 'init';
  const tInit = await page.evaluate(async () => {
    const t0 = performance.now();
    window.pf = await import('/pagefind/pagefind.js');
    await window.pf.init();
    return performance.now() - t0;
  });
  const log1 = (await serverLog()).next;
  acct.phase = 'search';
  const s = await page.evaluate(async q => {
    const t0 = performance.now();
    window.res = await window.pf.search(q);
    return { ms: performance.now() - t0, total: window.res.results.length };
  }, q);
  const log2 = (await serverLog()).next;
  acct.phase = 'data';
  const d = await page.evaluate(async () => {
    const t0 = performance.now();
    const data = await Promise.all(window.res.results.slice(0, 10).map(r => r.data()));
    return { ms: performance.now() - t0, top: data.map(x => ({ url: x.url, title: x.meta?.title })) };
  });
  const log3 = (await serverLog()).next;
  // later keystrokes: each prefix of the query, awaited one after another, search alone and search+data(top10)
  acct.phase = 'keys';
  const keys = await page.evaluate(async q => {
    const out = [];
    for (let i = 1; i <= q.length; i++) {
      const p = q.slice(0, i);
      const t0 = performance.now();
      const r = await window.pf.search(p);
      const t1 = performance.now();
      await Promise.all(r.results.slice(0, 10).map(x => x.data()));
      const t2 = performance.now();
      out.push({ prefix: p, searchMs: t1 - t0, searchDataMs: t2 - t0, total: r.results.length });
    }
    return out;
  }, q);
  const log4 = (await serverLog()).next;
  await acct.settle();
  const sl = (await serverLog(log0)).entries;
  const slice = (a, b) => { const e = sl.slice(a - log0, b - log0).filter(x => !x.path.startsWith('/__log')); return { requests: e.length, bodyBytes: e.reduce((s, x) => s + x.body, 0), files: e.map(x => `${x.path} ${x.body}${x.gzip ? ' gz' : ''}`) }; };
  const run = {
    q, initMs: tInit, searchMs: s.ms, dataMs: d.ms, searchDataMs: s.ms + d.ms, totalResults: s.total, top: d.top, keys,
    net: { init: phaseSum(acct, 'init'), search: phaseSum(acct, 'search'), data: phaseSum(acct, 'data'), keys: phaseSum(acct, 'keys') },
    server: { init: slice(log0, log1), search: slice(log1, log2), data: slice(log2, log3), keys: slice(log3, log4) },
  };
  await context.close();
  return run;
}

const perQuery = [];
for (const q of (ONLY || QUERIES)) {
  const runs = [];
  for (let i = 0; i < REPS; i++) runs.push(await oneRun(q));
  const m = f => r1(median(runs.map(f)));
  const keyS = runs.flatMap(r => r.keys.map(k => k.searchMs)), keyD = runs.flatMap(r => r.keys.map(k => k.searchDataMs));
  const row = {
    q, reps: REPS, totalResults: runs[0].totalResults, top3: runs[0].top.slice(0, 3),
    ms: { init: m(r => r.initMs), search: m(r => r.searchMs), data10: m(r => r.dataMs), searchPlusData10: m(r => r.searchDataMs),
      keystrokes: { n: keyS.length, searchP50: r1(pct(keyS, 50)), searchP95: r1(pct(keyS, 95)), searchDataP50: r1(pct(keyD, 50)), searchDataP95: r1(pct(keyD, 95)) } },
    // body = encoded body bytes as written by the server (Content-Length, i.e. on the wire);
    // pwBody = Playwright request.sizes().responseBodySize (it reports 0 for the worker script, so it undercounts init).
    bytes: Object.fromEntries(['init', 'search', 'data', 'keys'].map(ph => [ph === 'data' ? 'data10' : ph, {
      requests: m(r => r.server[ph].requests), body: m(r => r.server[ph].bodyBytes),
      pwRequests: m(r => r.net[ph].requests), pwBody: m(r => r.net[ph].bodyBytes), pwHeaderBytes: m(r => r.net[ph].headerBytes) }])),
    runs,
  };
  row.bytes.initPlusSearch = { requests: row.bytes.init.requests + row.bytes.search.requests, body: row.bytes.init.body + row.bytes.search.body };
  row.bytes.initPlusSearchPlusData10 = { requests: row.bytes.initPlusSearch.requests + row.bytes.data10.requests, body: row.bytes.initPlusSearch.body + row.bytes.data10.body };
  perQuery.push(row);
  console.log(JSON.stringify({ q, ms: row.ms, bytes: row.bytes, top3: row.top3.map(t => t.url) }));
}

// Answer quality over ranking.json: one fresh context, init once, each query: search + data() of the top 10.
const { context, page } = await freshContext();
const quality = await page.evaluate(async rk => {
  const pf = await import('/pagefind/pagefind.js'); await pf.init();
  const out = [];
  for (const { q, expect, shape } of rk) {
    const r = await pf.search(q);
    const data = await Promise.all(r.results.slice(0, 10).map(x => x.data()));
    const urls = data.map(x => x.url);
    const rank = urls.findIndex(u => u.endsWith('/' + expect)) + 1;
    out.push({ q, expect, shape, total: r.results.length, first: data[0] ? { url: data[0].url, title: data[0].meta?.title } : null,
      hit: !!(data[0] && data[0].url.endsWith('/' + expect)), rankInTop10: rank || null, top5: data.slice(0, 5).map(x => `${x.url} | ${x.meta?.title}`) });
  }
  return out;
}, ranking);
await context.close();
const hits = quality.filter(x => x.hit).length;
console.log(`quality: ${hits}/${quality.length}`);

await browser.close();
server.kill();
writeFileSync(new URL('./measure-results.json', import.meta.url), JSON.stringify({
  when: new Date().toISOString(), chromium: browser.version?.() ?? null, reps: REPS, perQuery,
  quality: { hits, total: quality.length, share: hits / quality.length, misses: quality.filter(x => !x.hit), all: quality },
}, null, 2));
