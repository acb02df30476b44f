#!/usr/bin/env node
// Installs what `npm start` and `npm test` need on a fresh machine, and nothing when it is all there:
// the npm dependencies (npm ci when node_modules is missing or older than the lock file) and,
// with --browser, Debian's Chromium for the browser tests (apt-get, when running as root).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_PATH } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const wantBrowser = process.argv.includes('--browser');

function run(command, args) {
  console.log(`[bootstrap] ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`[bootstrap] "${command} ${args.join(' ')}" failed (exit ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}

function dependenciesAreInstalled() {
  const marker = `${root}node_modules/.package-lock.json`;
  const lock = `${root}package-lock.json`;
  if (!existsSync(marker)) return false;
  return !existsSync(lock) || statSync(marker).mtimeMs >= statSync(lock).mtimeMs;
}

if (!dependenciesAreInstalled()) {
  run('npm', existsSync(`${root}package-lock.json`) ? ['ci', '--no-audit', '--no-fund'] : ['install', '--no-audit', '--no-fund']);
}

if (wantBrowser && !existsSync(CHROMIUM_PATH)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  let hasApt = false;
  try {
    execFileSync('which', ['apt-get'], { stdio: 'ignore' });
    hasApt = true;
  } catch {
    // no apt-get: said below
  }
  if (!isRoot || !hasApt) {
    console.error(
      `[bootstrap] Chromium is missing at ${CHROMIUM_PATH}. Install it (Debian: sudo apt-get install chromium) ` +
        'or point CHROME_PATH at a Chromium or Chrome binary.',
    );
    process.exit(1);
  }
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium']);
}
