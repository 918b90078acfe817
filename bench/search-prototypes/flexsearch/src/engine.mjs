// Search engine: FlexSearch per shard + our own re-ranking. `fetchJson(path)` is injected (browser: fetch).
import FlexSearch from '../node_modules/flexsearch/dist/flexsearch.compact.module.min.js';
import { fold, tokens, STOP, keyOf } from './common.mjs';
const { Index, Charset } = FlexSearch;
const isYear = (w) => /^(18|19|20)\d\d$/.test(w);
const articles = /^(the|a|an) /;

export const INDEX_OPTS = { tokenize: 'forward', resolution: 1 };
export const textOf = (r) => (r[0] === 0 ? r[2] + ' ' + r[3] : r[2]);
export function createEngine({ split, fetchJson }) {
  split = new Set(split);
  const cache = new Map();
  const timing = {};                 // last shard load: fetch+JSON parse ms, FlexSearch import ms           // key -> Promise<shard>
  async function makeShard(data) {
    const precise = new Index({ ...INDEX_OPTS, encoder: Charset.Normalize });
    const fuzzy = new Index({ ...INDEX_OPTS, encoder: Charset.LatinExtra });
    if (Array.isArray(data)) {          // top list: a few rows, indexed on the spot
      data.forEach((r, i) => { const t = fold(textOf(r)); precise.add(i, t); fuzzy.add(i, t); });
      return { rows: data, precise, fuzzy };
    }
    if (!data) return { rows: [], precise, fuzzy };
    for (const k in data.p) await precise.import(k, data.p[k]);
    for (const k in data.f) await fuzzy.import(k, data.f[k]);
    return { rows: data.r, precise, fuzzy };
  }
  function load(path) {
    if (!cache.has(path)) {
      const t0 = performance.now();
      cache.set(path, fetchJson(path).then(async (d) => { const t1 = performance.now(); const s = await makeShard(d);
        timing.fetchParse = t1 - t0; timing.import = performance.now() - t1; return s; }));
    }
    return cache.get(path);
  }
  // choose which file to load for a query
  function plan(words, content) {
    const last = words[words.length - 1];
    let best = null;
    for (const w of content) {
      if (isYear(w) || w.length < 2) continue;
      const isLast = w === last;
      const k = keyOf(w, split);
      // a last word that is itself a split prefix (e.g. "ch") has no single shard: only its top list covers it
      const partial = isLast && split.has(w) && k.endsWith('_');
      const depth = partial ? 0 : k.replace('_', '').length;
      const score = depth * 100 + (isLast ? 0 : 10) + w.length;
      if (!best || score > best.score) best = { score, path: partial ? null : `s/${k}.json`, w };
    }
    if (best && best.path) return best.path;
    const w = (best && best.w) || last;
    return split.has(w) || w.length === 1 ? `top/${w}.json` : `s/${keyOf(w, split)}.json`;
  }
  function dist(a, b, max) {          // Damerau-Levenshtein (optimal string alignment), early exit
    if (Math.abs(a.length - b.length) > max) return max + 1;
    const d = []; for (let i = 0; i <= a.length; i++) { d[i] = [i]; }
    for (let j = 1; j <= b.length; j++) d[0][j] = j;
    for (let i = 1; i <= a.length; i++) { let rowMin = 1e9;
      for (let j = 1; j <= b.length; j++) {
        const c = a[i - 1] === b[j - 1] ? 0 : 1;
        let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + c);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2][j - 2] + 1);
        d[i][j] = v; if (v < rowMin) rowMin = v; }
      if (rowMin > max) return max + 1; }
    return d[a.length][b.length];
  }
  function score(r, content, last, q) {
    const tt = tokens(textOf(r));
    let s = 0, missing = 0;
    for (const w of content) {
      const isLast = w === last; let b = 0;
      const max = w.length >= 8 ? 2 : w.length >= 4 ? 1 : 0;
      for (const t of tt) {
        if (t === w) { b = 3; break; }
        if (t.startsWith(w)) b = Math.max(b, isLast ? 2.5 : 1.5);
        else if (max && b < 1.2) {
          if (dist(w, t, max) <= max) b = 1.2;
          else if (isLast && t.length > w.length && dist(w, t.slice(0, w.length), 1) <= 1) b = Math.max(b, 1);
        }
      }
      if (!b) missing++; s += b;
    }
    const f = fold(r[2]);
    if (f === q) s += 50; else if (f.replace(articles, '') === q.replace(articles, '')) s += 40;
    else if (sameSet(tt, content) || sameSet(tokens(r[2]), content)) s += 30;   // whole title/name, words in any order (title+year too)
    else if (f.startsWith(q)) s += 8;
    s -= 0.3 * Math.max(0, tokens(r[2]).length - content.length);
    s += (r[0] === 0 ? r[5] : Math.log1p(r[4] * 4)) * 0.8;
    return s - missing * 1000;
  }
  function sameSet(tt, content) {
    const a = tt.filter((t) => !STOP.has(t)).sort().join(' ');
    return a === [...content].sort().join(' ');
  }
  async function search(query, limit = 10) {
    const q = fold(query); const words = q ? q.split(' ') : [];
    if (!words.length) return [];
    let content = words.filter((w) => !STOP.has(w));
    if (!content.length) content = [words[words.length - 1]];
    const last = words[words.length - 1];
    const shard = await load(plan(words, content));
    const qs = content.join(' ');
    let ids = shard.precise.search(qs, { limit: 400 });
    if (ids.length < 5) ids = [...new Set([...ids, ...shard.fuzzy.search(qs, { limit: 400 }), ...shard.fuzzy.search(qs, { limit: 200, suggest: true })])];
    const scored = ids.map((i) => [score(shard.rows[i], content, last, q), shard.rows[i]]);
    scored.sort((a, b) => b[0] - a[0]);
    return scored.slice(0, limit).filter((x) => x[0] > -500).map((x) => x[1]);
  }
  return { search, plan, load, timing };
}
