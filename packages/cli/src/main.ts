// The entry point of `rule-of-law` (bin/rule-of-law.mjs imports the built dist/main.js).
import { main } from './program.js';

// Piping into `head` closes stdout early: stop quietly instead of failing with EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

process.on('uncaughtException', (error) => {
  process.stderr.write(`rule-of-law: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});

process.exitCode = await main(process.argv.slice(2));
