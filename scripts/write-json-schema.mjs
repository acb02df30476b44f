#!/usr/bin/env node
// Writes packages/core/report.schema.json from the built core, so it ships in the package.
import { writeFileSync } from 'node:fs';
import { reportJsonSchema } from '../packages/core/dist/index.js';

const target = new URL('../packages/core/report.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
console.log(`Wrote ${target.pathname}`);
