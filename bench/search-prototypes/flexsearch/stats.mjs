// node stats.mjs — sizes of out/ (raw, gzip -9), largest shards, engine JS, answer quality on ranking.json -> results.json
import fs from 'node:fs'; import zlib from 'node:zlib'; import path from 'node:path';
import { createEngine } from './src/engine.mjs';
const files = []; (function walk(d) { for (const f of fs.readdirSync(d)) { const p = path.join(d, f); fs.statSync(p).isDirectory() ? walk(p) : files.push(p); } })('out');
const sz = files.map((f) => { const b = fs.readFileSync(f); return { f, raw: b.length, gz: zlib.gzipSync(b, { level: 9 }).length }; });
const sum = (k) => sz.reduce((s, x) => s + x[k], 0);
const shards = sz.filter((x) => x.f.startsWith('out/s/')).sort((a, b) => b.gz - a.gz);
const gzs = shards.map((x) => x.gz);
const size = { files: files.length, shardFiles: shards.length, topFiles: sz.filter((x) => x.f.startsWith('out/top/')).length, rawBytes: sum('raw'), gzipBytes: sum('gz'),
  shardGzip: { max: gzs[0], median: gzs[gzs.length >> 1], p95: gzs[Math.floor(gzs.length * 0.05)] },
  largestShards: shards.slice(0, 8).map((x) => ({ file: x.f, raw: x.raw, gzip: x.gz })),
  engineJs: (() => { const a = sz.find((x) => x.f === 'out/app.js'); const h = sz.find((x) => x.f === 'out/index.html');
    const fsOnly = fs.readFileSync('node_modules/flexsearch/dist/flexsearch.compact.module.min.js');
    return { appJsRaw: a.raw, appJsGzip: a.gz, indexHtmlGzip: h.gz, flexsearchCompactRaw: fsOnly.length, flexsearchCompactGzip: zlib.gzipSync(fsOnly, { level: 9 }).length }; })() };
const m = JSON.parse(fs.readFileSync('out/manifest.json'));
const eng = createEngine({ split: m.split, fetchJson: async (p) => { try { return JSON.parse(fs.readFileSync('out/' + p)); } catch { return null; } } });
const R = JSON.parse(fs.readFileSync('../ranking.json'));
const misses = []; let ok = 0;
for (const r of R) { const res = await eng.search(r.q); if (res[0] && res[0][1] === r.expect) ok++; else misses.push({ q: r.q, expect: r.expect, shape: r.shape, got: res.slice(0, 3).map((x) => x[1]), expectRank: res.findIndex((x) => x[1] === r.expect) + 1 || null }); }
const quality = { total: R.length, firstCorrect: ok, share: +(ok / R.length).toFixed(3), misses };
const prev = fs.existsSync('results.json') ? JSON.parse(fs.readFileSync('results.json')) : {};
const build = fs.existsSync('build.log') ? fs.readFileSync('build.log', 'utf8').trim() : null;
fs.writeFileSync('results.json', JSON.stringify({ ...prev, build, size, quality }, null, 1));
console.log(JSON.stringify({ size, quality }, null, 1));
