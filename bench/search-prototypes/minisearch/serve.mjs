// Static server for out/ with gzip: serves precompressed *.gz when the client accepts gzip,
// compresses anything else on the fly. usage: node serve.mjs [dir] [port]
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.mjs': 'text/javascript' };
export function serve(dir, port = 0) {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    let p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (p.endsWith('/')) p += 'index.html';
    const file = path.join(root, p);
    if (!file.startsWith(root) || !fs.existsSync(file) || !fs.statSync(file).isFile()) { res.writeHead(404); return res.end('not found'); }
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] || '');
    const headers = { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream', 'Cache-Control': 'public, max-age=3600', Vary: 'Accept-Encoding' };
    if (gzip) {
      headers['Content-Encoding'] = 'gzip';
      const body = fs.existsSync(file + '.gz') ? fs.readFileSync(file + '.gz') : zlib.gzipSync(fs.readFileSync(file));
      headers['Content-Length'] = body.length;
      res.writeHead(200, headers); return res.end(body);
    }
    const body = fs.readFileSync(file);
    headers['Content-Length'] = body.length;
    res.writeHead(200, headers); res.end(body);
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const s = await serve(process.argv[2] || 'out', +(process.argv[3] || 8017));
  console.log('http://127.0.0.1:' + s.address().port + '/');
}
