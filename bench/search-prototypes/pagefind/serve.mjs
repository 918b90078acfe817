// Tiny static server for ./site (the Pagefind bundle at /pagefind/ plus index.html).
// Usage: node serve.mjs [port]   (default 8917, binds 127.0.0.1)
// - Pagefind's own index files (*.pagefind, *.pf_meta, *.pf_index, *.pf_fragment) are already gzip
//   streams that Pagefind decompresses in JS: served byte-for-byte, no Content-Encoding.
// - Text assets (.js .html .json .css) are gzipped (level 9) when the request's Accept-Encoding has gzip,
//   as a normal static host would do; Chromium always sends it.
// - Every response is logged (path, status, body bytes written, header bytes); GET /__log?since=N returns it.
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, normalize, extname } from 'node:path';

const root = new URL('./site', import.meta.url).pathname;
const port = +(process.argv[2] || 8917);
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json',
  '.css': 'text/css', '.wasm': 'application/wasm' };
const compressible = new Set(['.html', '.js', '.json', '.css']);
const gzCache = new Map();
const log = [];

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/__log') {
    const since = +(url.searchParams.get('since') || 0);
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    return res.end(JSON.stringify({ next: log.length, entries: log.slice(since) }));
  }
  let p = decodeURIComponent(url.pathname);
  if (p.endsWith('/')) p += 'index.html';
  const file = normalize(join(root, p));
  if (!file.startsWith(root)) { res.writeHead(403); return res.end(); }
  let st;
  try { st = statSync(file); } catch { st = null; }
  if (!st || !st.isFile()) {
    res.writeHead(404); res.end('not found');
    log.push({ path: p, status: 404, body: 9 }); return;
  }
  const ext = extname(file);
  let body = readFileSync(file);
  const headers = { 'content-type': types[ext] || 'application/octet-stream', 'cache-control': 'public, max-age=3600' };
  if (compressible.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
    let gz = gzCache.get(file);
    if (!gz) { gz = gzipSync(body, { level: 9 }); gzCache.set(file, gz); }
    body = gz; headers['content-encoding'] = 'gzip'; headers['vary'] = 'accept-encoding';
  }
  headers['content-length'] = body.length;
  res.writeHead(200, headers);
  res.end(body);
  log.push({ path: p, status: 200, body: body.length, raw: st.size, gzip: !!headers['content-encoding'] });
});
server.listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}/`));
