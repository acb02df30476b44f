import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Indicator } from '@rule-of-law/core';
import '../packages/elements/src/index.js';
import { CUSTOM_TOKENS, PART_STYLES, styleElement } from './support/looks.js';
import { indicatorArgType, playground, reportArgType } from './support/playground.js';
import { indicatorIds, reference, withWarningsAndErrors } from './support/reports.js';

// `<rule-of-law-rate>`: a stated rate, its bar, its numerator and denominator, and whether they reconcile.
const meta: Meta = {
  title: 'Rate',
  component: 'rule-of-law-rate',
  tags: ['autodocs'],
  parameters: { controls: { disable: true } },
};
export default meta;

type Story = StoryObj;

const RATE_IDS = indicatorIds('rate');

export const Playground: Story = {
  render: playground('rule-of-law-rate'),
  args: { report: 'reference', indicator: 'enforcement.duty_performance_rate' },
  argTypes: { report: reportArgType, indicator: indicatorArgType(RATE_IDS) },
  parameters: { controls: { disable: false } },
};

export const ImpliedDenominator: Story = {
  name: 'Implied denominator (96.2%, 102 / 106 项)',
  render: () => html`<rule-of-law-rate .report=${reference} indicator="enforcement.duty_performance_rate"></rule-of-law-rate>`,
  parameters: { docs: { description: { story: 'The report states 96.2% and 102 duties performed: the denominator, 106, is implied and marked so.' } } },
};

export const DenominatorFromBreakdown: Story = {
  name: 'Denominator from a breakdown group',
  render: () => html`<rule-of-law-rate .report=${reference} indicator="litigation.appearance_rate"></rule-of-law-rate>`,
};

export const StatedOnly: Story = {
  name: 'Stated only, with a qualifier (16%以上)',
  render: () => html`<rule-of-law-rate .report=${reference} indicator="enforcement.platform_case_share"></rule-of-law-rate>`,
};

export const EveryRate: Story = {
  name: 'Every rate of the reference report',
  render: () =>
    html`<ul class="story-grid" role="list">
      ${RATE_IDS.map((id) => html`<li><rule-of-law-rate .report=${reference} indicator=${id}></rule-of-law-rate></li>`)}
    </ul>`,
};

export const Mismatch: Story = {
  name: 'Does not reconcile (a warning mark)',
  render: () => html`<rule-of-law-rate .report=${withWarningsAndErrors} indicator="enforcement.duty_performance_rate"></rule-of-law-rate>`,
  parameters: { docs: { description: { story: '96.2% stated, but 102 / 110 gives 92.7%: a visible mark says so.' } } },
};

const inlineRate: Indicator = {
  id: 'litigation.appearance_rate',
  family: 'litigation',
  kind: 'rate',
  label: { 'zh-CN': '行政机关负责人出庭应诉率', en: 'Court-appearance rate of responsible officials' },
  quantity: { value: 87.5, unit: 'percent', written: '87.5%' },
  numerator: { quantity: { value: 7, unit: '件', written: '7件' } },
  denominator: { quantity: { value: 8, unit: '件', written: '8件' } },
};

export const FromData: Story = {
  name: 'Input: one rate as data (inline operands)',
  render: () => html`<rule-of-law-rate .data=${inlineRate}></rule-of-law-rate>`,
};

export const NoData: Story = {
  name: 'State: no data',
  tags: ['expect-empty'],
  render: () => html`<rule-of-law-rate></rule-of-law-rate>`,
};

export const ErrorWrongKind: Story = {
  name: 'Error: a count is not a rate',
  tags: ['expect-error'],
  render: () => html`<rule-of-law-rate .report=${reference} indicator="enforcement.duties_performed"></rule-of-law-rate>`,
};

export const ErrorMissingIndicator: Story = {
  name: 'Error: indicator not in the report',
  tags: ['expect-error'],
  render: () => html`<rule-of-law-rate .report=${reference} indicator="litigation.no_such_rate"></rule-of-law-rate>`,
};

export const English: Story = {
  name: 'Language: English',
  render: () => html`<rule-of-law-rate lang="en" .report=${reference} indicator="enforcement.duty_performance_rate"></rule-of-law-rate>`,
};

export const Chinese: Story = {
  name: 'Language: 中文 (zh-CN)',
  render: () => html`<rule-of-law-rate lang="zh-CN" .report=${reference} indicator="enforcement.duty_performance_rate"></rule-of-law-rate>`,
};

export const ThemeDark: Story = {
  name: 'Theme: dark',
  render: () => html`<rule-of-law-rate theme="dark" .report=${withWarningsAndErrors} indicator="enforcement.duty_performance_rate"></rule-of-law-rate>`,
};

export const ThemeHighContrast: Story = {
  name: 'Theme: high contrast',
  render: () => html`<rule-of-law-rate theme="high-contrast" .report=${withWarningsAndErrors} indicator="enforcement.duty_performance_rate"></rule-of-law-rate>`,
};

export const CustomTokens: Story = {
  name: 'Theme: custom tokens (--rol-*)',
  render: () =>
    html`<rule-of-law-rate
      style=${`${CUSTOM_TOKENS}; --rol-rate-bar-height: 1em`}
      .report=${reference}
      indicator="enforcement.duty_performance_rate"
    ></rule-of-law-rate>`,
};

export const PartStyling: Story = {
  name: 'Theme: ::part() styling',
  render: () =>
    html`<div class="part-demo">
      ${styleElement(PART_STYLES)}
      <rule-of-law-rate .report=${reference} indicator="enforcement.duty_performance_rate"></rule-of-law-rate>
    </div>`,
};
