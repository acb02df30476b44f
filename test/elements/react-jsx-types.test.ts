// `@rule-of-law/elements/react-jsx`: what a React 19 project in TypeScript gets from it, type-checked as the
// reader's project would be (strict, the built packages). Right usages compile; each wrong one is an error at
// its own line; without the import, the tags are unknown to JSX. Needs `npm run build` (npm test builds first).
import { beforeAll, describe, expect, it } from 'vitest';
import { errorLines, typeErrors } from '../support/type-check.js';

const HEADER = `import { useRef } from 'react';
import type { Report } from '@rule-of-law/core';
import type { RuleOfLawReport } from '@rule-of-law/elements';
import '@rule-of-law/elements';
import type {} from '@rule-of-law/elements/react-jsx';
declare const report: Report;
`;

/** Usages a reader may write: each file must compile. */
const RIGHT = {
  'report.tsx': `${HEADER}
export function App() {
  const element = useRef<RuleOfLawReport>(null);
  return (
    <main>
      <rule-of-law-report ref={element} report={report} lang="en" layout="compact" findings="hide" families="reconsideration litigation"
        headingLevel={3} theme="dark" timeout={5000} className="report" id="r" render-root="light"
        onrol-load={(event) => console.log(event.detail.computed.byId, element.current?.computed)}
        onrol-error={(event) => console.log(event.detail.kind, event.detail.issues[0]?.pointer)}
        onrol-select={(event) => console.log(event.detail.label, event.detail.value)}>
        <p slot="fallback">阅读报告原文</p>
      </rule-of-law-report>
      <rule-of-law-report src="/report.json" previousSrc="/2022.json" />
    </main>
  );
}
`,
  'parts.tsx': `${HEADER}
export const parts = (
  <>
    <rule-of-law-breakdown report={report} indicator="litigation.outcomes" chart="donut" table="collapsed" source="复议" />
    <rule-of-law-rate src="/report.json" indicator="enforcement.duty_performance_rate" />
    <rule-of-law-figure data={report.indicators[0]} headingLevel={4} />
    <rule-of-law-findings report={report} />
    <rule-of-law-trend reports={[report]} indicators="reconsideration.outcomes" chart="bars" />
    <rule-of-law-compare previous={report} current={report} />
  </>
);
`,
};

/** Mistakes the types must catch, each in a file of its own: one error, on the line of the mistake. */
const WRONG: Record<string, { readonly code: string; readonly why: string }> = {
  'layout.tsx': { code: '<rule-of-law-report layout="wide" />', why: 'a layout that does not exist' },
  'report-type.tsx': { code: '<rule-of-law-report report={42} />', why: 'a number as the report' },
  'misspelt.tsx': { code: '<rule-of-law-report srcc="/report.json" />', why: 'a misspelt property' },
  'chart.tsx': { code: '<rule-of-law-breakdown chart="pie" />', why: 'a chart kind that does not exist' },
  'heading.tsx': { code: '<rule-of-law-figure headingLevel="2" />', why: 'a string where a number goes' },
  'detail.tsx': { code: '<rule-of-law-rate onrol-load={(event) => event.detail.nope} />', why: 'a field the event detail lacks' },
  'selected.tsx': { code: '<rule-of-law-breakdown onrol-error={(event) => event.detail.label} />', why: "rol-select's field on rol-error" },
  'trend.tsx': { code: '<rule-of-law-trend reports={report} />', why: 'one report where a list goes' },
};

const header = HEADER.split('\n').length;
let errors: string[];
/** A project that never imports the JSX types (they augment React's JSX for the whole program once imported). */
let withoutImport: string[];

beforeAll(() => {
  const wrong = Object.fromEntries(Object.entries(WRONG).map(([name, { code }]) => [name, `${HEADER}\nexport const element = ${code};\n`]));
  errors = typeErrors({ ...RIGHT, ...wrong });
  withoutImport = typeErrors({ 'app.tsx': 'import \'@rule-of-law/elements\';\nexport const element = <rule-of-law-report src="/report.json" />;\n' });
}, 60_000);

describe('@rule-of-law/elements/react-jsx', () => {
  it('right usages type-check: properties, events with typed detail, ref, children, render-root, HTML attributes', () => {
    expect(errors.filter((error) => Object.keys(RIGHT).some((name) => error.startsWith(`${name}(`)))).toEqual([]);
  });

  for (const [name, { why }] of Object.entries(WRONG)) {
    it(`catches ${why}`, () => {
      expect(errorLines(errors, name)).toEqual([header + 1]);
    });
  }

  it('without the import, the tags are not JSX elements', () => {
    expect(withoutImport).toEqual([expect.stringContaining("'JSX.IntrinsicElements'")]);
  });
});
