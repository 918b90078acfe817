// node serve.mjs [port]  — static server for out/ with gzip (compressed once, kept in memory)
import http from 'node:http'; import fs from 'node:fs'; import path from 'node:path'; import zlib from 'node:zlib';
const root = path.resolve('out'); const port = +(process.argv[2] || 8717); const gz = new Map();
const types = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html; charset=utf-8' };
http.createServer((req, res) => {
  const p = path.join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/\/$/, '/index.html'));
  if (!p.startsWith(root) || !fs.existsSync(p) || !fs.statSync(p).isFile()) { res.writeHead(404); return res.end(); }
  const head = { 'content-type': types[path.extname(p)] || 'application/octet-stream', 'cache-control': 'no-cache' };
  if (/\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
    if (!gz.has(p)) gz.set(p, zlib.gzipSync(fs.readFileSync(p), { level: 9 }));
    res.writeHead(200, { ...head, 'content-encoding': 'gzip', 'content-length': gz.get(p).length }); res.end(gz.get(p));
  } else { const b = fs.readFileSync(p); res.writeHead(200, { ...head, 'content-length': b.length }); res.end(b); }
}).listen(port, '127.0.0.1', () => console.log('http://127.0.0.1:' + port + '/'));
