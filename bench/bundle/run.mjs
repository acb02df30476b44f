#!/usr/bin/env node
// bench/bundle: the drop-in's gzip size and what each piece costs (scripts/measure-bundle.mjs), against
// issue 3's 40 KB budget. Reported, not asserted: the figures go to docs/benchmarks.md.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { machineLine } from '../lib.mjs';

console.log(`bench/bundle — ${machineLine()}`);
spawnSync(process.execPath, [fileURLToPath(new URL('../../scripts/measure-bundle.mjs', import.meta.url))], { stdio: 'inherit' });
