// Build a Pagefind 1.6 index (defaults) over ../records.json.
// Usage: node build.mjs   -> writes ./site/pagefind and ./build-stats.json
import * as pagefind from 'pagefind';
import { readFileSync, rmSync, mkdirSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const records = JSON.parse(readFileSync('../records.json', 'utf8'));
const out = new URL('./site/pagefind', import.meta.url).pathname;
rmSync(new URL('./site', import.meta.url).pathname, { recursive: true, force: true });
mkdirSync(new URL('./site', import.meta.url).pathname, { recursive: true });
// the tiny page the browser measurement loads (pagefind.js is imported from it by measure.mjs)
writeFileSync(new URL('./site/index.html', import.meta.url),
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>pagefind baseline</title></head>\n' +
  '<body><input id="q" placeholder="search"><ol id="out"></ol></body></html>\n');

function toRecord(r) {
  if (r.kind === 'film') {
    return {
      url: `/films/${r.id}`,
      content: [r.title, r.year, ...(r.names || [])].filter(x => x !== null && x !== undefined && x !== '').join(' '),
      language: 'en',
      meta: { title: `${r.title} (${r.year})` },
    };
  }
  return {
    url: `/people/${r.id}`,
    content: r.name,
    language: 'en',
    meta: { title: r.label ? `${r.name} (${r.label})` : r.name },
  };
}

const recs = records.map(toRecord);
const CONC = +(process.env.CONC || 256); // in-flight addCustomRecord calls to the service (does not change the index)
const t0 = performance.now();
const { index, errors: ce } = await pagefind.createIndex();
if (ce?.length) throw new Error(ce.join('\n'));
const t1 = performance.now();
let errs = 0;
for (let i = 0; i < recs.length; i += CONC) {
  const res = await Promise.all(recs.slice(i, i + CONC).map(r => index.addCustomRecord(r)));
  for (const x of res) if (x.errors?.length) { errs++; if (errs < 5) console.error(x.errors); }
}
const t2 = performance.now();
const w = await index.writeFiles({ outputPath: out });
if (w.errors?.length) throw new Error(w.errors.join('\n'));
const t3 = performance.now();
await pagefind.close();

function walk(d) {
  let files = 0, bytes = 0; const byDir = {};
  for (const e of readdirSync(d, { withFileTypes: true })) {
    const p = join(d, e.name);
    if (e.isDirectory()) { const s = walk(p); files += s.files; bytes += s.bytes; byDir[e.name] = { files: s.files, bytes: s.bytes }; }
    else { files++; bytes += statSync(p).size; }
  }
  return { files, bytes, byDir };
}
const size = walk(out);
const stats = {
  pagefindVersion: JSON.parse(readFileSync(new URL('./node_modules/pagefind/package.json', import.meta.url))).version,
  records: recs.length, films: records.filter(r => r.kind === 'film').length, people: records.filter(r => r.kind === 'person').length,
  addErrors: errs,
  ms: { createIndex: +(t1 - t0).toFixed(0), addCustomRecords: +(t2 - t1).toFixed(0), writeFiles: +(t3 - t2).toFixed(0), total: +(t3 - t0).toFixed(0) },
  output: { path: out, files: size.files, bytes: size.bytes, byDir: size.byDir },
  topLevelFiles: readdirSync(out).filter(f => statSync(join(out, f)).isFile()).map(f => [f, statSync(join(out, f)).size]),
};
writeFileSync(new URL('./build-stats.json', import.meta.url), JSON.stringify(stats, null, 2));
console.log(JSON.stringify(stats, null, 2));
