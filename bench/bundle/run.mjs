#!/usr/bin/env node
// bench/bundle: the drop-in's gzip size, what each piece costs (lit, zod/mini, core, our elements) and what
// each part of our own code saves left out alone (styles, strings, validation messages, findings' messages,
// codelists, the notices line) — scripts/measure-bundle.mjs — against the 48 KB ceiling (49,152 bytes gzip,
// decided in issue 15; exits 1 above it). The figures go to docs/benchmarks.md.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { machineLine } from '../lib.mjs';

console.log(`bench/bundle — ${machineLine()}`);
process.exitCode = spawnSync(process.execPath, [fileURLToPath(new URL('../../scripts/measure-bundle.mjs', import.meta.url))], { stdio: 'inherit' }).status ?? 1;
