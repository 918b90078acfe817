// node build.mjs  -> writes out/ (shards, top lists, manifest) 
import fs from 'node:fs';
import zlib from 'node:zlib';
import { fold, tokens, STOP, keyOf } from './src/common.mjs';
import FlexSearch from './node_modules/flexsearch/dist/flexsearch.compact.module.min.js';
import { INDEX_OPTS, textOf } from './src/engine.mjs';
const newIndex = (enc) => new FlexSearch.Index({ ...INDEX_OPTS, encoder: FlexSearch.Charset[enc] });
const t0 = performance.now();
const LIMIT = +(process.env.LIMIT || 700);      // max records per shard before splitting the prefix
const recs = JSON.parse(fs.readFileSync('../records.json', 'utf8'));
const pfilms = new Map(recs.filter(r => r.kind === 'person').map(r => [r.id, r.films]));
// compact display rows: film [0,id,title,year,names,notability]  person [1,id,name,label,films]
const rows = recs.map(r => r.kind === 'film'
  ? { text: r.title, terms: tokens(r.title), row: [0, r.id, r.title, r.year, r.names, filmNotab(r)] }
  : { text: r.name, terms: tokens(r.name), row: [1, r.id, r.name, r.label, r.films] });
// notability proxy: films by log of summed film counts of their people + 2 log cast size (halved to sit on the people scale);
// people by log of 4x their film count
function filmNotab(r) { const sum = r.people.reduce((s, p) => s + (pfilms.get(p) || 0), 0); return Math.round(50 * (Math.log1p(sum) + 2 * Math.log1p(r.people.length))) / 100; }
const notab = (x) => x.row[0] === 0 ? x.row[5] : Math.log1p(x.row[4] * 4);
rows.sort((a, b) => notab(b) - notab(a));            // shards list records by notability
const shardTerms = (x) => [...new Set(x.terms.filter(t => t.length >= 2 && !STOP.has(t)))];
// adaptive prefixes: split any prefix holding more than LIMIT records
const split = new Set();
function groups(level) {
  const g = new Map();
  rows.forEach((x, i) => { for (const t of shardTerms(x)) { const k = keyOf(t, split); if (!g.has(k)) g.set(k, new Set()); g.get(k).add(i); } });
  return g;
}
let g;
for (;;) {
  g = groups();
  let changed = false;
  for (const [k, s] of g) if (s.size > LIMIT && !k.endsWith('_') && k.length < 6) { split.add(k); changed = true; }
  if (!changed) break;
}
fs.rmSync('out', { recursive: true, force: true });
fs.mkdirSync('out/s', { recursive: true }); fs.mkdirSync('out/top', { recursive: true });
const manifest = { split: [...split].sort(), shards: {}, top: [] };
for (const [k, s] of g) {
  const list = [...s].sort((a, b) => a - b).map(i => rows[i].row);
  // FlexSearch indexes are built here and shipped as FlexSearch export() parts; the browser import()s them
  const precise = newIndex('Normalize'), fuzzy = newIndex('LatinExtra');
  list.forEach((r, i) => { const t = fold(textOf(r)); precise.add(i, t); fuzzy.add(i, t); });
  const p = {}, f = {};
  await precise.export((key, d) => { p[key] = d; }); await fuzzy.export((key, d) => { f[key] = d; });
  const body = JSON.stringify({ r: list, p, f });
  fs.writeFileSync(`out/s/${k}.json`, body);
  manifest.shards[k] = zlib.gzipSync(body).length;
}
// top lists for prefixes too short to pick one shard: every 1-letter prefix and every split prefix
const topKeys = new Set([...split]);
for (const x of rows) for (const t of shardTerms(x)) topKeys.add(t[0]);
for (const p of topKeys) {
  const hits = [];
  for (const x of rows) {
    const ts = x.terms; let best = 0;
    for (const t of ts) if (t.startsWith(p)) best = Math.max(best, t === p ? 2 : 1);
    if (!best) continue;
    const f = fold(x.text);
    const score = (f === p ? 1e6 : 0) + (ts[0].startsWith(p) ? 1e5 : 0) + notab(x) * 1000;
    hits.push([score, x.row]);
  }
  hits.sort((a, b) => b[0] - a[0]);
  fs.writeFileSync(`out/top/${p}.json`, JSON.stringify(hits.slice(0, 10).map(h => h[1])));
  manifest.top.push(p);
}
manifest.top.sort();
fs.writeFileSync('out/manifest.json', JSON.stringify({ split: manifest.split }));
fs.writeFileSync('shard-stats.json', JSON.stringify(manifest));
// bundle the client (engine + FlexSearch compact build + the split list inlined)
const esbuild = await import('esbuild');
await esbuild.build({ entryPoints: ['src/app.mjs'], bundle: true, minify: true, format: 'esm', outfile: 'out/app.js', logLevel: 'warning' });
fs.writeFileSync('out/index.html', '<!doctype html><meta charset=utf-8><title>films</title><link rel=icon href=data:,><input id=q autofocus placeholder="Search films and people"><ol id=r></ol><script type=module src="app.js"></script>');
console.log(JSON.stringify({ buildMs: Math.round(performance.now() - t0), shards: g.size, split: split.size, top: topKeys.size }));
