// Answer quality in Node, same engine code as the browser, shards read from disk.
// usage: node eval.mjs [outDir]   (also: node eval.mjs out "query" to print a result list)
import fs from 'node:fs';
import { createEngine } from './src/engine.mjs';
const OUT = process.argv[2] || 'out';
const manifest = JSON.parse(fs.readFileSync(OUT + '/manifest.json'));
const engine = createEngine(manifest, async (k) => (fs.existsSync(`${OUT}/s/${k}.json`) ? fs.readFileSync(`${OUT}/s/${k}.json`, 'utf8') : null));
if (process.argv[3]) {
  for (const r of await engine.search(process.argv[3], 10)) console.log(r.score.toFixed(2), r.kind, r.id, '|', r.title, r.year ?? r.films);
  process.exit(0);
}
const ranking = JSON.parse(fs.readFileSync('../ranking.json'));
let hits = 0; const misses = [];
for (const { q, expect, shape } of ranking) {
  const res = await engine.search(q, 10);
  const pos = res.findIndex((r) => r.id === expect);
  if (pos === 0) hits++; else misses.push({ q, expect, shape, got: res.slice(0, 3).map((r) => r.id), rankOfExpected: pos < 0 ? null : pos + 1 });
}
const out = { total: ranking.length, first: hits, share: +(hits / ranking.length).toFixed(3), misses };
console.log(JSON.stringify(out, null, 1));
fs.writeFileSync(OUT + '/quality.json', JSON.stringify(out, null, 1));
