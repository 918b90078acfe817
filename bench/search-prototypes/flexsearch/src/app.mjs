// Browser client: a search box; exposes window.fsearch(q) for measurement.
import { createEngine } from './engine.mjs';
import manifest from '../out/manifest.json';
const eng = createEngine({ split: manifest.split,
  fetchJson: (p) => fetch(p).then((r) => (r.ok ? r.json() : null)) });
window.fsearch = eng.search; window.fstiming = eng.timing;
const input = document.getElementById('q'), list = document.getElementById('r');
let seq = 0;
input.addEventListener('input', async () => {
  const my = ++seq; const res = await eng.search(input.value);
  if (my !== seq) return;
  list.innerHTML = '';
  for (const r of res) { const li = document.createElement('li');
    li.textContent = r[0] === 0 ? `${r[2]} (${r[3]}) — ${r[4].join(', ')}` : `${r[2]}${r[3] ? ' — ' + r[3] : ''} · ${r[4]} films`;
    list.appendChild(li); }
});
