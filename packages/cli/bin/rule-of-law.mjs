#!/usr/bin/env node
// The `rule-of-law` command: a launcher for the built CLI in ../dist.
import('../dist/main.js').catch((error) => {
  const missing = error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist');
  process.stderr.write(
    missing
      ? 'rule-of-law: the command line is not built yet. Run `npm run build` in the repository first.\n'
      : `rule-of-law: ${error && error.message ? error.message : String(error)}\n`,
  );
  process.exitCode = 2;
});
