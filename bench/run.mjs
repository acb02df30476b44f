#!/usr/bin/env node
// Runs every benchmark script under bench/*/run.mjs in turn (each prints a Markdown table).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv[2];
for (const name of readdirSync(benchDir).sort()) {
  const script = `${benchDir}${name}/run.mjs`;
  if (!existsSync(script) || (only && only !== name)) continue;
  const result = spawnSync(process.execPath, [script], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  console.log('');
}
