// A Node user of @rule-of-law/core, as CommonJS: `node use-core.cjs <report.json> <report.txt>`.
const { readFileSync } = require('node:fs');
const { computeReport, parseReport } = require('@rule-of-law/core');
const { draftReport } = require('@rule-of-law/core/extract');
const { generateSyntheticReports } = require('@rule-of-law/core/synthetic');

const [reportFile, textFile] = process.argv.slice(2);
const parsed = parseReport(JSON.parse(readFileSync(reportFile, 'utf8')));
if (!parsed.ok) throw new Error(`the reference report does not parse: ${JSON.stringify(parsed.issues)}`);
const computed = computeReport(parsed.report);
const draft = draftReport(readFileSync(textFile, 'utf8'));
const synthetic = generateSyntheticReports({ seed: 7, issuers: 2, years: [2023] });

console.log(
  JSON.stringify({
    shares: computed.byId['reconsideration.outcomes'].parts.map((part) => part.share.value),
    findings: computed.findings.map((finding) => finding.code).sort(),
    draft: { title: draft.title, valid: parseReport(draft).ok },
    schema: require('@rule-of-law/core/report.schema.json').$schema,
    synthetic: { reports: synthetic.length, valid: synthetic.filter((report) => parseReport(report).ok).length },
  }),
);
