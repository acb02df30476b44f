#!/usr/bin/env node
// A tiny static server for the demo: serves the repository on localhost (no dependencies), so that
// examples/index.html can load packages/elements/dist/rule-of-law.min.js and examples/hangzhoudao-2023.json.
// Usage: node scripts/start.mjs [--port 8080]   (or PORT=8080; the next free port is taken when busy)
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const portArgument = process.argv.indexOf('--port');
const firstPort = Number(portArgument > 0 ? process.argv[portArgument + 1] : (process.env.PORT ?? 8080));
const host = '127.0.0.1';
const start = '/examples/index.html';

/** MIME types of what the demo serves. */
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
  '.ico': 'image/x-icon',
};

function send(response, status, text) {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
  response.end(text);
}

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', `http://${host}`);
  if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'Method not allowed');
  if (url.pathname === '/favicon.ico') {
    response.writeHead(204);
    return response.end();
  }
  if (url.pathname === '/') {
    response.writeHead(302, { Location: start });
    return response.end();
  }
  let path;
  try {
    path = normalize(join(root, decodeURIComponent(url.pathname)));
  } catch {
    return send(response, 400, 'Bad request');
  }
  if (!path.startsWith(root) || path.split(sep).includes('node_modules') || path.split(sep).includes('.git')) {
    return send(response, 404, 'Not found');
  }
  try {
    const info = await stat(path);
    if (info.isDirectory()) return send(response, 404, 'Not found');
    response.writeHead(200, {
      'Content-Type': MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': info.size,
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    if (request.method === 'HEAD') return response.end();
    createReadStream(path).pipe(response);
  } catch {
    send(response, 404, 'Not found');
  }
});

function listen(port) {
  server.once('error', (error) => {
    if (error.code === 'EADDRINUSE' && port < firstPort + 20) listen(port + 1);
    else throw error;
  });
  server.listen(port, host, () => {
    console.log(`Demo: http://localhost:${port}${start}  (Ctrl+C to stop)`);
  });
}

// First the computed reference report in the terminal (the `rule-of-law compute` command), then the demo.
if (!process.argv.includes('--no-summary')) {
  spawnSync(process.execPath, [join(root, 'packages/cli/bin/rule-of-law.mjs'), 'compute', join(root, 'examples/hangzhoudao-2023.json')], {
    stdio: 'inherit',
  });
}
listen(firstPort);
