// Builds sharded MiniSearch indexes into out/ and bundles the client.
// usage: node build.mjs [records.json] [outDir]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import MiniSearch from 'minisearch';
import * as esbuild from 'esbuild';
import { tokenize, STOP } from './src/text.mjs';

const t0 = performance.now();
const SRC = process.argv[2] || '../records.json';
const OUT = process.argv[3] || 'out';
const SPLIT_DOCS = +(process.env.SPLIT_DOCS || 700); // a shard with more docs than this is split one letter deeper
const TOP_K = +(process.env.TOP_K || 150);            // per kind, in the "top" shard of a split prefix
const STOP_K = +(process.env.STOP_K || 150);          // per kind, per stopword, in the stopword shard
const MAX_KEY = +(process.env.MAX_KEY || 24);            // longest shard key
const POP_PER_PERSON = 45;                            // film notability = sum over cast of (films + 45)

const records = JSON.parse(fs.readFileSync(SRC, 'utf8'));
const pf = new Map();
for (const r of records) if (r.kind === 'person') pf.set(r.id, r.films);

// doc: display fields + index terms
const docs = records.map((r) => {
  const text = r.kind === 'film' ? r.title : r.name;
  const all = tokenize(text);
  const terms = [...new Set(all)].filter((w) => w.length >= 2 && !STOP.has(w));
  const stops = [...new Set(all)].filter((w) => STOP.has(w));
  const d = { id: r.id, t: text };
  if (r.kind === 'film') {
    d.y = r.year ?? undefined;
    d.p = r.people.reduce((s, p) => s + (pf.get(p) || 0) + POP_PER_PERSON, 0);
  } else {
    d.f = r.films;
    if (r.label) d.l = r.label;
  }
  return { d, terms, stops, kind: r.kind, pop: r.kind === 'film' ? d.p : r.films };
});

// ---- choose shard keys: start from 2-letter prefixes, split big ones deeper ----
const leaves = new Map();  // key -> docs
const splits = [];         // prefixes that were split (have a "~" top shard)
function place(prefix, list) {
  if (list.length <= SPLIT_DOCS || prefix.length >= MAX_KEY) { leaves.set(prefix, list); return; }
  splits.push(prefix);
  const sub = new Map();
  for (const doc of list) {
    for (const t of doc.terms) {
      if (!t.startsWith(prefix) || t.length <= prefix.length) continue;
      const k = t.slice(0, prefix.length + 1);
      if (!sub.has(k)) sub.set(k, new Set());
      sub.get(k).add(doc);
    }
  }
  for (const [k, s] of sub) place(k, [...s]);
}
const by2 = new Map();
for (const doc of docs) for (const t of doc.terms) {
  const k = t.slice(0, 2);
  if (!by2.has(k)) by2.set(k, new Set());
  by2.get(k).add(doc);
}
for (const [k, s] of by2) place(k, [...s]);

const topN = (list, n) => {
  const f = list.filter((d) => d.kind === 'film').sort((a, b) => b.pop - a.pop).slice(0, n);
  const p = list.filter((d) => d.kind === 'person').sort((a, b) => b.pop - a.pop).slice(0, n);
  return [...f, ...p];
};

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(path.join(OUT, 's'), { recursive: true });
const sizes = [];
function writeShard(name, list, termFilter) {
  const ms = new MiniSearch({ fields: ['x'], storeFields: ['t', 'y', 'p', 'f', 'l'], tokenize: (s) => s.split(' '), processTerm: (t) => t });
  ms.addAll(list.map((doc) => ({ ...doc.d, x: doc.allTerms.filter(termFilter).join(' ') })));
  const json = JSON.stringify(ms);
  const file = path.join(OUT, 's', name + '.json');
  fs.writeFileSync(file, json);
  const gz = zlib.gzipSync(json, { level: 9 });
  fs.writeFileSync(file + '.gz', gz);   // precompressed, served as-is by serve.mjs
  sizes.push({ name, docs: list.length, raw: json.length, gz: gz.length });
}
for (const doc of docs) doc.allTerms = [...doc.terms, ...doc.stops];

for (const [k, list] of leaves) {
  writeShard(k, list, (t) => t.startsWith(k) && !STOP.has(t) && t.length >= 2);
}
for (const p of splits) {
  // top shard (truncated): the most notable docs having a term starting with p, and the most notable having the bare term p
  const set = [];
  const exact = [];
  for (const doc of docs) if (doc.terms.some((t) => t.startsWith(p))) { set.push(doc); if (doc.terms.includes(p)) exact.push(doc); }
  const list = [...new Set([...topN(set, TOP_K), ...topN(exact, TOP_K)])];
  writeShard(p + '~', list, (t) => t.startsWith(p) && !STOP.has(t) && t.length >= 2);
}
// stopword shards, one per stopword: the most notable docs containing it, plus docs made only of stopwords
const stopKeys = [];
for (const s of STOP) {
  const having = docs.filter((d) => d.stops.includes(s));
  if (!having.length) continue;
  const list = [...new Set([...topN(having, STOP_K), ...having.filter((d) => d.terms.length === 0)])];
  writeShard('~' + s, list, (t) => STOP.has(t));
  stopKeys.push(s);
}

const manifest = { leaves: [...leaves.keys()].sort(), splits: splits.sort(), stops: stopKeys };
fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest));
const tShards = performance.now();

// ---- client bundle, manifest inlined (saves a round trip) ----
await esbuild.build({
  entryPoints: ['src/client.mjs'], bundle: true, minify: true, format: 'esm', target: 'es2020',
  outfile: path.join(OUT, 'app.js'), define: { __MANIFEST__: JSON.stringify({ splits: manifest.splits, stops: manifest.stops }) }, // leaves are implied: a missing leaf is a 404
});
const js = fs.readFileSync(path.join(OUT, 'app.js'));
fs.writeFileSync(path.join(OUT, 'app.js.gz'), zlib.gzipSync(js, { level: 9 }));
fs.copyFileSync('src/index.html', path.join(OUT, 'index.html'));
fs.writeFileSync(path.join(OUT, 'blank.html'), '<!doctype html><meta charset="utf-8"><title>blank</title>'); // measure.mjs starts cold here
const t1 = performance.now();

sizes.sort((a, b) => b.gz - a.gz);
const sum = (f) => sizes.reduce((s, x) => s + x[f], 0);
const stats = {
  records: records.length, buildMs: Math.round(t1 - t0), shardsMs: Math.round(tShards - t0),
  shardFiles: sizes.length, leaves: manifest.leaves.length, splits: manifest.splits.length,
  shardsRaw: sum('raw'), shardsGz: sum('gz'), docEntries: sum('docs'),
  appJsRaw: js.length, appJsGz: zlib.gzipSync(js, { level: 9 }).length,
  largest: sizes.slice(0, 12), medianShardGz: sizes[Math.floor(sizes.length / 2)].gz,
  params: { SPLIT_DOCS, MAX_KEY, TOP_K, STOP_K, POP_PER_PERSON },
};
fs.writeFileSync(path.join(OUT, 'build-stats.json'), JSON.stringify(stats, null, 1));
console.log(JSON.stringify({ ...stats, largest: stats.largest.map((s) => `${s.name}:${s.docs}d/${(s.gz / 1024).toFixed(1)}kB`) }, null, 1));
