import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The built command line's launcher (the test suite assumes `npm run build` ran). */
export const BIN = fileURLToPath(new URL('../../packages/cli/bin/rule-of-law.mjs', import.meta.url));

/**
 * The time limit of a test that spawns the command line (vitest's default is 5 s). Each run starts Node and
 * loads core: a fraction of a second on an idle machine, but a 5 s limit failed on a loaded 2-core machine,
 * and some tests run the command several times. Give every describe block that spawns it this limit.
 */
export const SPAWN_TIMEOUT = 60_000;

/** A fixture of this folder. */
export const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

/** What a run of the command line gave. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `rule-of-law` with arguments in a clean environment (no LANG unless given), from the
 * repository root.
 */
export function runCli(args: readonly string[], options: { env?: Record<string, string>; input?: string | Buffer; cwd?: string } = {}): CliRun {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', ...options.env };
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env,
    encoding: 'utf8',
    ...(options.input !== undefined ? { input: options.input } : {}),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Terminal columns of a text: CJK and full-width characters count two. */
export function columns(text: string): number {
  let width = 0;
  for (const char of text)
    width += /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char)
      ? 2
      : 1;
  return width;
}

/** True when the output looks like a stack trace. */
export const hasStackTrace = (text: string): boolean => /\n\s+at .+:\d+:\d+/.test(text) || /^\w*Error: /m.test(text);
