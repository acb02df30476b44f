#!/usr/bin/env node
// `npm start`: prints the computed reference report, then serves the demo (examples/index.html, the
// reference report through the drop-in bundle) and the editor (examples/editor.html) on localhost.
// Usage: node scripts/start.mjs [--port 8080] [--no-summary]   (or PORT=8080; the next free port is taken when busy)
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const portArgument = process.argv.indexOf('--port');
const port = Number(portArgument > 0 ? process.argv[portArgument + 1] : (process.env.PORT ?? 8080));
const start = '/examples/index.html';

// First the computed reference report in the terminal (the `rule-of-law compute` command), then the demo.
if (!process.argv.includes('--no-summary')) {
  spawnSync(process.execPath, [join(root, 'packages/cli/bin/rule-of-law.mjs'), 'compute', join(root, 'examples/hangzhoudao-2023.json')], {
    stdio: 'inherit',
  });
}

// Compressed, as a production web server sends the files.
const { url } = await startStaticServer({ root, port, index: start, gzip: true });
const base = url.replace('127.0.0.1', 'localhost');
console.log(`Demo: ${base}${start}  (Ctrl+C to stop)`);
console.log(`Editor (from a report's text to its JSON): ${base}/examples/editor.html`);
