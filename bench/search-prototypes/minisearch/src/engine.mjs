// Query side: picks shards, runs MiniSearch per word, combines (AND) and ranks.
import MiniSearch from 'minisearch';
import { words, STOP } from './text.mjs';

export const MS_OPTS = { fields: ['x'], storeFields: ['t', 'y', 'p', 'f', 'l'], tokenize: (s) => s.split(' '), processTerm: (t) => t };
const YEAR = /^(18[89]\d|19\d\d|20[0-3]\d)$/;

export function createEngine(manifest, fetchText) {
  const splits = new Set(manifest.splits), stopSet = new Set(manifest.stops);
  const cache = new Map();
  const load = (key) => {
    if (!cache.has(key)) cache.set(key, fetchText(key).then((txt) => (txt == null ? null : MiniSearch.loadJSON(txt, MS_OPTS))));
    return cache.get(key);
  };
  function shardFor(w) {
    // walk down the split prefixes; the first prefix that is not split is the leaf (it may not exist: 404 = no terms)
    for (let n = 2; n <= w.length; n++) {
      const k = w.slice(0, n);
      if (!splits.has(k)) return k;
    }
    return w + '~'; // the word itself is a split prefix: its top shard
  }

  // stop-only query: one shard, that of its rarest stopword (the list is short; 'the' is the commonest)
  const stopKey = (req) => '~' + [...req].map((x) => x.w).filter((w) => stopSet.has(w)).sort((a, b) => (a === 'the') - (b === 'the'))[0];
  async function search(q, limit = 20) {
    const ws = words(q);
    if (!ws.length) return [];
    const typingLast = !/\s$/.test(q);
    const items = ws.map((w, i) => ({ w, last: i === ws.length - 1 && typingLast,
      type: w.length < 2 ? 'letter' : STOP.has(w) ? 'stop' : YEAR.test(w) ? 'year' : 'word' }));
    let req = items.filter((x) => x.type === 'word');
    let opt = items.filter((x) => x.type === 'year');
    if (!req.length && opt.length) { req = opt; opt = []; }
    const stopOnly = !req.length;
    if (stopOnly) {
      req = items.filter((x) => x.type === 'stop');
      if (!req.length) return []; // only one-letter words: wait for a second letter
    }
    const keyOf = (x) => (stopOnly ? stopKey(req) : shardFor(x.w));
    const keys = [...new Set([...req, ...opt].map(keyOf).filter(Boolean))];
    const shards = new Map(await Promise.all(keys.map(async (k) => [k, await load(k)])));

    const run = (x) => {
      const ms = shards.get(keyOf(x));
      if (!ms) return [];
      if (stopOnly) return ms.search(x.w);
      const fuzzy = !stopOnly && x.w.length >= 4 ? 1 : false;
      return ms.search(x.w, { prefix: x.last && !stopOnly, fuzzy, maxFuzzy: 1 });
    };
    const quality = (w, r) => {
      if (r.terms.includes(w)) return 1;
      const pre = r.terms.filter((t) => t.startsWith(w));
      if (pre.length) return 0.5 + 0.3 * Math.max(...pre.map((t) => w.length / t.length));
      return 0.35;
    };
    // A word whose shard is a truncated top shard ("~") only filters, on the displayed text,
    // the results of the other words, unless every word is like that.
    const partial = (x) => !stopOnly && keyOf(x)?.endsWith('~');
    let full = req.filter((x) => !partial(x));
    const filters = full.length ? req.filter(partial) : [];
    const allPartial = !full.length;
    if (allPartial) full = req;
    let acc = null;
    if (allPartial && req.length > 1) {
      // every word has a truncated shard: intersecting truncated lists loses answers, so take the
      // union and keep a record when each word is in its results or in its displayed text
      const per = req.map((x) => new Map(run(x).map((r) => [r.id, r])));
      acc = new Map();
      for (const m of per) for (const [id, r] of m) {
        if (acc.has(id)) continue;
        const dw = words(r.t);
        let q = 0, ok = true;
        req.forEach((x, i) => {
          const hit = per[i].get(id);
          if (hit) { q += quality(x.w, hit); return; }
          const t = dw.find((t) => t === x.w) || (x.last && dw.find((t) => t.startsWith(x.w)));
          if (!t) ok = false; else q += t === x.w ? 1 : 0.5 + 0.3 * (x.w.length / t.length);
        });
        if (ok) acc.set(id, { r, q, ms: 0, n: req.length });
      }
      if (!acc.size) return [];
      full = [];
    }
    for (const x of full) {
      const next = new Map();
      for (const r of run(x)) {
        if (acc && !acc.has(r.id)) continue;
        const prev = acc ? acc.get(r.id) : { r, q: 0, ms: 0, n: 0 };
        const qq = quality(x.w, r);
        next.set(r.id, { r: prev.r, q: prev.q + qq, ms: prev.ms + r.score, n: prev.n + 1 });
      }
      acc = next;
      if (!acc.size) return [];
    }
    if (filters.length) {
      for (const [id, a] of acc) {
        const dw = words(a.r.t);
        for (const x of filters) {
          const t = dw.find((t) => t === x.w) || (x.last && dw.find((t) => t.startsWith(x.w)));
          if (!t) { acc.delete(id); break; }
          a.q += t === x.w ? 1 : 0.5 + 0.3 * (x.w.length / t.length);
        }
      }
    }
    const yearWords = opt.map((x) => +x.w);
    const letters = items.filter((x) => x.type === 'letter');
    const stops = items.filter((x) => x.type === 'stop').map((x) => x.w);
    const core = req.map((x) => x.w);
    const coreSorted = [...core].sort().join(' ');
    const allQ = items.filter((x) => x.type !== 'year').map((x) => x.w).join(' ');
    const out = [];
    for (const [id, a] of acc) {
      const d = a.r;
      const dw = words(d.t);
      // one-letter words filter on the displayed text (prefix if being typed)
      if (letters.some((x) => !dw.some((t) => (x.last ? t.startsWith(x.w) : t === x.w)))) continue;
      const dcore = dw.filter((t) => !STOP.has(t));
      let s = a.q / req.length;                                   // match quality 0..1
      if (dw.join(' ') === allQ) s += 3;                          // whole title/name typed
      else if (!stopOnly && [...dcore].sort().join(' ') === coreSorted) s += 2; // same words, any order, articles aside
      s += core.length / Math.max(dcore.length, 1) * (stopOnly ? 0 : 1); // share of the title covered
      if (stops.length) s += 0.5 * stops.filter((w) => dw.includes(w)).length / stops.length;
      if (d.y && yearWords.includes(d.y)) s += 2;
      const pop = d.f !== undefined ? Math.log10(1 + d.f * 4) : Math.log10(1 + d.p / 2); // people: films; films: cast notability
      s += 0.5 * pop;
      out.push({ id, kind: d.f !== undefined ? 'person' : 'film', title: d.t, year: d.y, films: d.f, label: d.l, score: s });
    }
    out.sort((a, b) => b.score - a.score);
    return out.slice(0, limit);
  }
  return { search, shardFor, cache };
}
