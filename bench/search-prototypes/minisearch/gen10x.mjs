// Writes data/records10x.json: each record 10 times; copies 1..9 get a synthetic word drawn
// (seeded) from the real vocabulary appended to the title/name, and ids/people suffixed -xN.
// usage: node gen10x.mjs
import fs from 'node:fs';
const recs = JSON.parse(fs.readFileSync('../records.json', 'utf8'));
let seed = 17; const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const titleWords = [], nameWords = [];
for (const r of recs) (r.kind === 'film' ? r.title : r.name).split(/\s+/).filter((w) => /\p{L}{3,}/u.test(w)).forEach((w) => (r.kind === 'film' ? titleWords : nameWords).push(w.replace(/[^\p{L}\p{N}'-]/gu, '')));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const out = [];
for (let c = 0; c < 10; c++) for (const r of recs) {
  if (c === 0) { out.push(r); continue; }
  if (r.kind === 'film') out.push({ ...r, id: `${r.id}-x${c}`, title: `${r.title} ${pick(titleWords)}`, people: r.people.map((p) => `${p}-x${c}`) });
  else out.push({ ...r, id: `${r.id}-x${c}`, name: `${r.name} ${pick(nameWords)}` });
}
fs.mkdirSync('data', { recursive: true });
fs.writeFileSync('data/records10x.json', JSON.stringify(out));
console.log(out.length, 'records', out.filter((r) => r.kind === 'film').length, 'films', out.filter((r) => r.kind === 'person').length, 'people');
