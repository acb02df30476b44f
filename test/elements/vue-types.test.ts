// `@rule-of-law/elements/vue`: what a Vue 3 project in TypeScript gets from it, checked by vue-tsc as the
// reader's project would be (strict, the built packages). Right usages compile; each wrong one is an error on
// its own line; without the import, vue-tsc checks none of it.
// Needs `npm run build` (npm test builds first).
import { beforeAll, describe, expect, it } from 'vitest';
import { errorLines, vueTypeErrors } from '../support/type-check.js';

/** A component whose template is `template` (its first line is line 11 of the file). */
const component = (template: string, withTypes = true): string => `<script setup lang="ts">
import { ref } from 'vue';
import type { Report } from '@rule-of-law/core';
import '@rule-of-law/elements';
${withTypes ? "import type {} from '@rule-of-law/elements/vue';" : '// (no types)'}
declare const report: Report;
const status = ref('');
</script>

<template>
${template}
</template>
`;

const RIGHT = `<rule-of-law-report :report="report" lang="en" layout="compact" findings="hide" :heading-level="3" theme="dark" :timeout="5000"
  render-root="light" class="report" @rol-load="status = String($event.detail.computed.findings.length)"
  @rol-error="status = $event.detail.message.en" @rol-select="status = $event.detail.label" />
<rule-of-law-breakdown :report="report" indicator="litigation.outcomes" chart="donut" table="collapsed" />
<rule-of-law-rate src="/report.json" indicator="enforcement.duty_performance_rate" />
<rule-of-law-figure :data="report.indicators[0]" />
<rule-of-law-findings :report="report" />
<rule-of-law-trend :reports="[report]" indicators="reconsideration.outcomes" chart="bars" />
<rule-of-law-compare :previous="report" :current="report" previous-src="/2022.json" />`;

/** Mistakes the types must catch, each in a component of its own: one error, on the template's line. */
const WRONG: Record<string, { readonly template: string; readonly why: string }> = {
  'Layout.vue': { template: '<rule-of-law-report layout="wide" />', why: 'a layout that does not exist' },
  'ReportType.vue': { template: '<rule-of-law-report :report="42" />', why: 'a number as the report' },
  'Chart.vue': { template: '<rule-of-law-breakdown chart="pie" />', why: 'a chart kind that does not exist' },
  'Heading.vue': { template: '<rule-of-law-figure heading-level="2" />', why: 'a string where a number goes' },
  'Detail.vue': { template: '<rule-of-law-rate @rol-load="status = $event.detail.nope" />', why: 'a field the event detail lacks' },
  'Trend.vue': { template: '<rule-of-law-trend :reports="report" />', why: 'one report where a list goes' },
};

const TEMPLATE_LINE = 11;
let errors: string[];
let withoutTypes: string[];

beforeAll(() => {
  errors = vueTypeErrors({ 'Right.vue': component(RIGHT), ...Object.fromEntries(Object.entries(WRONG).map(([name, { template }]) => [name, component(template)])) });
  withoutTypes = vueTypeErrors({ 'App.vue': component('<rule-of-law-report layout="wide" @rol-load="status = $event.detail.nope" />', false) });
}, 120_000);

describe('@rule-of-law/elements/vue', () => {
  it('right usages type-check: properties (kebab-case too), events with typed $event.detail, render-root, HTML attributes', () => {
    expect(errors.filter((error) => error.startsWith('Right.vue('))).toEqual([]);
  });

  for (const [name, { why }] of Object.entries(WRONG)) {
    it(`catches ${why}`, () => {
      expect(errorLines(errors, name)).toEqual([TEMPLATE_LINE]);
    });
  }

  it('without the import, nothing is checked: a wrong layout and a missing detail field pass unnoticed', () => {
    expect(withoutTypes).toEqual([]);
  });
});
