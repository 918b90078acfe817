import { createEngine } from './engine.mjs';
const base = new URL('./s/', import.meta.url);
const engine = createEngine(__MANIFEST__, (key) => fetch(new URL(encodeURIComponent(key) + '.json', base)).then((r) => (r.ok ? r.text() : null)));
window.engine = engine;
window.search = engine.search;
const input = document.getElementById('q'), list = document.getElementById('results'), info = document.getElementById('info');
let seq = 0;
input?.addEventListener('input', async () => {
  const my = ++seq, t0 = performance.now();
  const res = await engine.search(input.value);
  if (my !== seq) return; // a later keystroke won
  info.textContent = `${res.length} results in ${(performance.now() - t0).toFixed(1)} ms`;
  list.innerHTML = '';
  for (const r of res) {
    const li = document.createElement('li');
    li.textContent = r.kind === 'film' ? `🎬 ${r.title} (${r.year ?? '?'})` : `👤 ${r.name ?? r.title}${r.label ? ' (' + r.label + ')' : ''} · ${r.films} films`;
    list.appendChild(li);
  }
});
