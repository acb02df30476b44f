// A Node user of @rule-of-law/core, as ESM: `node use-core.mjs <report.json> <report.txt>`.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { computeReport, formatQuantity, parseReport } from '@rule-of-law/core';
import { draftReport } from '@rule-of-law/core/extract';
import { generateSyntheticReports } from '@rule-of-law/core/synthetic';

const [reportFile, textFile] = process.argv.slice(2);
const parsed = parseReport(JSON.parse(readFileSync(reportFile, 'utf8')));
if (!parsed.ok) throw new Error(`the reference report does not parse: ${JSON.stringify(parsed.issues)}`);
const computed = computeReport(parsed.report);
const outcomes = computed.byId['reconsideration.outcomes'];
const draft = draftReport(readFileSync(textFile, 'utf8'));
const schemaPath = createRequire(import.meta.url).resolve('@rule-of-law/core/report.schema.json');
const synthetic = generateSyntheticReports({ seed: 7, issuers: 2, years: [2023] });
const visits = parsed.report.indicators.find((indicator) => indicator.id === 'petitions.visits.persons');

console.log(
  JSON.stringify({
    shares: outcomes.parts.map((part) => part.share.value),
    findings: computed.findings.map((finding) => finding.code).sort(),
    visits: formatQuantity(visits.quantity, { locale: 'zh-CN' }),
    draft: { title: draft.title, valid: parseReport(draft).ok, indicators: draft.indicators.length },
    schema: JSON.parse(readFileSync(schemaPath, 'utf8')).$schema,
    synthetic: { reports: synthetic.length, valid: synthetic.filter((report) => parseReport(report).ok).length },
  }),
);
