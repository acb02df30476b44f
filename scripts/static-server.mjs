// A tiny static file server on loopback (no dependencies), shared by the demo (`npm start`), the
// render benchmark and the Storybook check. It serves files under `root`, never outside it and never
// `.git`; `node_modules` only when `allowNodeModules` is set (the ECharts comparison page needs it); with
// `gzip`, text files gzip-compressed to clients that accept it, as a production web server sends them.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

/** MIME types of what the servers serve. */
export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** Whether a MIME type is text (worth compressing). */
const isText = (type) => /^text\/|json|javascript|svg/.test(type);

/** Gzipped file bodies by path, kept while the file's modification time is the same. */
const gzipped = new Map();

async function gzippedFile(path, info) {
  const cached = gzipped.get(path);
  if (cached?.mtimeMs === info.mtimeMs) return cached.body;
  const body = gzipSync(await readFile(path), { level: 6 });
  gzipped.set(path, { mtimeMs: info.mtimeMs, body });
  return body;
}

function send(response, status, text) {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
  response.end(text);
}

/**
 * A static server for `root`. `index` is where `/` redirects. Resolves to `{ server, url, close }` once
 * listening on 127.0.0.1 (on `port`, or the next free one of the 20 after it; port 0 picks any). `gzip`
 * compresses text files (level 6, as nginx's `gzip on` with a common `gzip_comp_level`) for clients that accept it.
 */
export async function startStaticServer({ root, port = 0, index = '/index.html', allowNodeModules = false, gzip = false }) {
  const base = root.endsWith(sep) ? root : root + sep;
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'Method not allowed');
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204);
      return response.end();
    }
    if (url.pathname === '/') {
      response.writeHead(302, { Location: index });
      return response.end();
    }
    let path;
    try {
      path = normalize(join(base, decodeURIComponent(url.pathname)));
    } catch {
      return send(response, 400, 'Bad request');
    }
    const segments = path.split(sep);
    if (!path.startsWith(base) || segments.includes('.git') || (!allowNodeModules && segments.includes('node_modules'))) {
      return send(response, 404, 'Not found');
    }
    try {
      const info = await stat(path.endsWith(sep) ? join(path, 'index.html') : path);
      if (info.isDirectory()) return send(response, 404, 'Not found');
      const type = MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
      const headers = { 'Content-Type': type, 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' };
      if (gzip && isText(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
        const body = await gzippedFile(path, info);
        response.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding', 'Content-Length': body.length });
        return response.end(request.method === 'HEAD' ? undefined : body);
      }
      response.writeHead(200, { ...headers, 'Content-Length': info.size });
      if (request.method === 'HEAD') return response.end();
      createReadStream(path).pipe(response);
    } catch {
      send(response, 404, 'Not found');
    }
  });
  const listening = await new Promise((resolve, reject) => {
    const attempt = (candidate) => {
      server.once('error', (error) => {
        if (error.code === 'EADDRINUSE' && port !== 0 && candidate < port + 20) attempt(candidate + 1);
        else reject(error);
      });
      server.listen(candidate, '127.0.0.1', () => resolve(server.address().port));
    };
    attempt(port);
  });
  return {
    server,
    url: `http://127.0.0.1:${listening}`,
    // Kept-alive connections would hold close() open for the keep-alive timeout (5 s): end them too.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
