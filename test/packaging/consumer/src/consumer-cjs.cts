// A CommonJS TypeScript user of core (node16 resolution: the `require` types, index.d.cts).
import core = require('@rule-of-law/core');
import extract = require('@rule-of-law/core/extract');
import synthetic = require('@rule-of-law/core/synthetic');

function summary(input: unknown): string {
  const parsed = core.parseReport(input);
  if (!parsed.ok) return parsed.issues.map((issue) => issue.pointer).join(', ');
  const computed: core.ComputedReport = core.computeReport(parsed.report);
  return `${parsed.report.title}: ${computed.findings.length}`;
}

const draft: core.Report = extract.draftReport('');
const demo: core.Report[] = synthetic.generateSyntheticReports({ seed: 7, issuers: 1 });
// @ts-expect-error the CommonJS types are real too.
const wrong: core.Report = 42;

export = { summary, draft, demo, wrong };
