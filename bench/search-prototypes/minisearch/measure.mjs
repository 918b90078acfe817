// Headless Chromium measurements. usage: node measure.mjs [outDir] [--first-only] [--queries=a,b]
// First query: fresh context, blank page of the same origin, then timed: import app.js + search(q).
// Bytes = encoded body + headers of every response after the blank page (app.js + shards).
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
const OUT = process.argv[2] || 'out';
const qArg = process.argv.find((a) => a.startsWith('--queries='));
const FIRST_ONLY = process.argv.includes('--first-only');
const QUERIES = qArg ? qArg.slice(10).split(',') : ['cher', 'moonstruck', 'casablanca', 'the', 'ch', 'zoe saldana', 'renee adoree', 'godfater', 'lon chaney', 'star wars', 'carmen 1915', 'treasure island'];
const RUNS = 3;
const server = await serve(OUT, 0);
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const median = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };
const pct = (a, p) => { const s = [...a].sort((x, y) => x - y); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };

async function firstQuery(q) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(base + 'blank.html');
  const reqs = [];
  page.on('requestfinished', async (r) => { const s = await r.sizes(); reqs.push({ url: r.url().slice(base.length), bytes: s.responseBodySize + s.responseHeadersSize }); });
  const r = await page.evaluate(async (q) => {
    const t0 = performance.now();
    await import('./app.js');
    const t1 = performance.now();
    const res = await window.search(q);
    const t2 = performance.now();
    return { totalMs: t2 - t0, jsMs: t1 - t0, searchMs: t2 - t1, top: res.slice(0, 3).map((x) => x.id) };
  }, q);
  await page.waitForTimeout(50); // let requestfinished handlers run
  await ctx.close();
  return { ...r, requests: reqs.length, bytes: reqs.reduce((s, x) => s + x.bytes, 0), files: reqs.map((x) => x.url) };
}

const first = {};
for (const q of QUERIES) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await firstQuery(q));
  first[q] = { bytes: median(runs.map((r) => r.bytes)), requests: median(runs.map((r) => r.requests)),
    msMedian: +median(runs.map((r) => r.totalMs)).toFixed(1), msRuns: runs.map((r) => +r.totalMs.toFixed(1)),
    jsImportMs: +median(runs.map((r) => r.jsMs)).toFixed(1), searchAfterImportMs: +median(runs.map((r) => r.searchMs)).toFixed(1),
    files: runs[0].files, top3: runs[0].top };
  console.log(q.padEnd(16), first[q].bytes, 'B', first[q].requests, 'req', first[q].msMedian, 'ms', first[q].files.join(' '));
}

// Later keystrokes: one context, every query typed letter by letter; each keystroke is timed
// from search() call to results (shard fetches included when a keystroke needs a new shard).
if (FIRST_ONLY) { await browser.close(); server.close(); fs.writeFileSync(OUT + '/measure-first.json', JSON.stringify({ when: new Date().toISOString(), firstQuery: first }, null, 1)); process.exit(0); }
const ctx = await browser.newContext();
const page = await ctx.newPage();
await page.goto(base + 'index.html');
await page.waitForFunction(() => window.search);
const keys = await page.evaluate(async (qs) => {
  const out = [];
  for (const q of qs) for (let i = 1; i <= q.length; i++) {
    const t0 = performance.now();
    await window.search(q.slice(0, i));
    out.push({ q, prefix: q.slice(0, i), ms: performance.now() - t0 });
  }
  return out;
}, QUERIES);
const later = keys.slice(1).map((k) => k.ms);
const keystrokes = { count: later.length, p50: +pct(later, 0.5).toFixed(2), p95: +pct(later, 0.95).toFixed(2), max: +Math.max(...later).toFixed(2),
  slowest: [...keys.slice(1)].sort((a, b) => b.ms - a.ms).slice(0, 8).map((k) => `${k.prefix}: ${k.ms.toFixed(1)}ms`) };
console.log('keystrokes', JSON.stringify(keystrokes));

// Answer quality in the browser (same engine as eval.mjs)
const ranking = JSON.parse(fs.readFileSync('../ranking.json'));
const quality = await page.evaluate(async (ranking) => {
  let first = 0; const misses = [];
  for (const { q, expect } of ranking) {
    const res = await window.search(q, 10);
    if (res[0]?.id === expect) first++; else misses.push({ q, expect, got: res.slice(0, 3).map((r) => r.id) });
  }
  return { total: ranking.length, first, share: +(first / ranking.length).toFixed(3), misses };
}, ranking);
console.log('quality', JSON.stringify(quality));
await page.fill('#q', 'cher');
await page.waitForTimeout(300);
await page.screenshot({ path: OUT + '/screenshot-cher.png' });
await browser.close();
server.close();
const result = { when: new Date().toISOString(), outDir: OUT, firstQuery: first, keystrokes, quality };
fs.writeFileSync(OUT + '/measure.json', JSON.stringify(result, null, 1));
