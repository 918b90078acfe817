// Merge build-stats.run*.json and measure-results.json into results.json.  Usage: node summarize.mjs
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
const j = f => JSON.parse(readFileSync(new URL(f, import.meta.url)));
const median = a => { const s = [...a].sort((x, y) => x - y); const n = s.length; return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2; };
const pct = (a, p) => { const s = [...a].sort((x, y) => x - y); return s[Math.min(s.length - 1, Math.ceil(p / 100 * s.length) - 1)]; };
const r1 = x => Math.round(x * 10) / 10;
const runs = readdirSync(new URL('.', import.meta.url)).filter(f => /^build-stats\.run\d+\.json$/.test(f)).sort().map(f => ({ f, ...j('./' + f) }));
const b = runs[0];
const m = j('./measure-results.json');
const allKeys = m.perQuery.flatMap(q => q.runs.flatMap(r => r.keys));
const results = {
  machine: '2 cores, shared with other helpers running at the same time (load average 7-10 during the runs); timings are noisy',
  pagefind: b.pagefindVersion, config: 'defaults (createIndex() with no options); one addCustomRecord per film and per person',
  build: {
    command: 'node build.mjs',
    runs: runs.map(r => ({ file: r.f, ms: r.ms })),
    totalMsMedian: median(runs.map(r => r.ms.total)),
    totalMsMin: Math.min(...runs.map(r => r.ms.total)), totalMsMax: Math.max(...runs.map(r => r.ms.total)),
    records: b.records, films: b.films, people: b.people,
    output: { files: b.output.files, bytes: b.output.bytes, byDir: b.output.byDir, topLevelFiles: b.topLevelFiles },
  },
  browser: {
    command: 'node measure.mjs 3', reps: m.reps,
    note: 'bytes = encoded body bytes on the wire (server Content-Length); text assets gzipped by serve.mjs, Pagefind index files served as-is. median of reps.',
    keystrokesAllQueries: { n: allKeys.length, searchP50: r1(pct(allKeys.map(k => k.searchMs), 50)), searchP95: r1(pct(allKeys.map(k => k.searchMs), 95)),
      searchData10P50: r1(pct(allKeys.map(k => k.searchDataMs), 50)), searchData10P95: r1(pct(allKeys.map(k => k.searchDataMs), 95)) },
    perQuery: m.perQuery.map(({ runs, ...rest }) => rest),
  },
  quality: { command: 'node measure.mjs 3 (last phase)', hits: m.quality.hits, total: m.quality.total, share: m.quality.share,
    misses: m.quality.misses.map(x => ({ q: x.q, expect: x.expect, shape: x.shape, first: x.first, expectedRankInTop10: x.rankInTop10, totalResults: x.total })),
    all: m.quality.all },
};
writeFileSync(new URL('./results.json', import.meta.url), JSON.stringify(results, null, 2));
console.log(JSON.stringify({ build: results.build.runs, median: results.build.totalMsMedian, keys: results.browser.keystrokesAllQueries, quality: [results.quality.hits, results.quality.total] }));
for (const q of results.browser.perQuery) console.log(`| ${q.q} | ${q.totalResults} | ${q.bytes.init.requests} / ${q.bytes.init.body} | ${q.bytes.search.requests} / ${q.bytes.search.body} | ${q.bytes.data10.requests} / ${q.bytes.data10.body} | ${q.bytes.initPlusSearchPlusData10.requests} / ${q.bytes.initPlusSearchPlusData10.body} | ${q.ms.init} | ${q.ms.search} | ${q.ms.searchPlusData10} | ${q.ms.keystrokes.n} | ${q.ms.keystrokes.searchP50} / ${q.ms.keystrokes.searchP95} | ${q.ms.keystrokes.searchDataP50} / ${q.ms.keystrokes.searchDataP95} | ${q.bytes.keys.requests} / ${q.bytes.keys.body} |`);
