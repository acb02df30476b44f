import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/elements/src/index.js';
import { CUSTOM_TOKENS, PART_STYLES, styleElement } from './support/looks.js';
import { indicatorArgType, playground, reportArgType } from './support/playground.js';
import { indicatorIds, indicatorOf, reference, withWarningsAndErrors } from './support/reports.js';

// `<rule-of-law-breakdown>`: an outcome breakdown as a stacked bar or a donut, with its table.
const meta: Meta = {
  title: 'Breakdown',
  component: 'rule-of-law-breakdown',
  tags: ['autodocs'],
  parameters: { controls: { disable: true } },
};
export default meta;

type Story = StoryObj;

const BREAKDOWN_IDS = indicatorIds('breakdown');

export const Playground: Story = {
  render: playground('rule-of-law-breakdown'),
  args: { report: 'reference', indicator: 'reconsideration.outcomes', chart: 'bar', table: 'shown' },
  argTypes: { report: reportArgType, indicator: indicatorArgType(BREAKDOWN_IDS) },
  parameters: { controls: { disable: false } },
};

export const Bar: Story = {
  name: 'Chart: bar',
  render: () => html`<rule-of-law-breakdown chart="bar" .report=${reference} indicator="reconsideration.outcomes"></rule-of-law-breakdown>`,
};

export const Donut: Story = {
  name: 'Chart: donut',
  render: () => html`<rule-of-law-breakdown chart="donut" .report=${reference} indicator="reconsideration.outcomes"></rule-of-law-breakdown>`,
};

export const TableCollapsed: Story = {
  name: 'Table: collapsed',
  render: () => html`<rule-of-law-breakdown table="collapsed" .report=${reference} indicator="litigation.outcomes"></rule-of-law-breakdown>`,
  parameters: { docs: { description: { story: 'The data table inside a `<details>`, one click away.' } } },
};

export const Partial: Story = {
  name: 'Partial breakdown, mixed units',
  render: () => html`<rule-of-law-breakdown .report=${reference} indicator="petitions.channels"></rule-of-law-breakdown>`,
  parameters: { docs: { description: { story: 'The listed parts cover 1,345 of 1,355 batches: the rest is shown as not itemised.' } } },
};

export const EveryBreakdown: Story = {
  name: 'Every breakdown of the reference report',
  render: () =>
    html`<ul class="story-stack" role="list">
      ${BREAKDOWN_IDS.map(
        (id, index) => html`<li><rule-of-law-breakdown chart=${index % 2 ? 'donut' : 'bar'} .report=${reference} indicator=${id}></rule-of-law-breakdown></li>`,
      )}
    </ul>`,
};

export const SumMismatch: Story = {
  name: 'Parts do not add up (a warning)',
  render: () => html`<rule-of-law-breakdown .report=${withWarningsAndErrors} indicator="reconsideration.outcomes"></rule-of-law-breakdown>`,
  parameters: { docs: { description: { story: 'The parts add up to 16, the stated total is 17: the finding is shown beside the chart.' } } },
};

export const FromData: Story = {
  name: 'Input: one breakdown as data, with a source',
  render: () =>
    html`<rule-of-law-breakdown
      chart="donut"
      source="滨海新区人民政府行政复议统计（示例）"
      .data=${indicatorOf(reference, 'reconsideration.outcomes')}
    ></rule-of-law-breakdown>`,
};

export const NoData: Story = {
  name: 'State: no data',
  tags: ['expect-empty'],
  render: () => html`<rule-of-law-breakdown></rule-of-law-breakdown>`,
};

export const ErrorWrongKind: Story = {
  name: 'Error: a rate is not a breakdown',
  tags: ['expect-error'],
  render: () => html`<rule-of-law-breakdown .report=${reference} indicator="litigation.appearance_rate"></rule-of-law-breakdown>`,
};

export const ErrorMissingIndicator: Story = {
  name: 'Error: indicator not in the report',
  tags: ['expect-error'],
  render: () => html`<rule-of-law-breakdown .report=${reference} indicator="reconsideration.no_such_breakdown"></rule-of-law-breakdown>`,
};

export const TraditionalChinese: Story = {
  name: 'Language: 繁體中文 (zh-Hant)',
  render: () => html`<rule-of-law-breakdown lang="zh-Hant" chart="donut" .report=${reference} indicator="reconsideration.outcomes"></rule-of-law-breakdown>`,
};

export const English: Story = {
  name: 'Language: English',
  render: () => html`<rule-of-law-breakdown lang="en" chart="donut" .report=${reference} indicator="reconsideration.outcomes"></rule-of-law-breakdown>`,
};

export const Chinese: Story = {
  name: 'Language: 中文 (zh-CN)',
  render: () => html`<rule-of-law-breakdown lang="zh-CN" chart="donut" .report=${reference} indicator="reconsideration.outcomes"></rule-of-law-breakdown>`,
};

export const ThemeDark: Story = {
  name: 'Theme: dark',
  render: () => html`<rule-of-law-breakdown theme="dark" chart="donut" .report=${reference} indicator="reconsideration.outcomes"></rule-of-law-breakdown>`,
};

export const ThemeHighContrast: Story = {
  name: 'Theme: high contrast',
  render: () => html`<rule-of-law-breakdown theme="high-contrast" .report=${reference} indicator="reconsideration.outcomes"></rule-of-law-breakdown>`,
};

export const CustomTokens: Story = {
  name: 'Theme: custom tokens (--rol-*)',
  render: () =>
    html`<rule-of-law-breakdown
      style=${`${CUSTOM_TOKENS}; --rol-chart-donut-size: 12rem`}
      chart="donut"
      .report=${reference}
      indicator="reconsideration.outcomes"
    ></rule-of-law-breakdown>`,
};

export const PartStyling: Story = {
  name: 'Theme: ::part() styling',
  render: () =>
    html`<div class="part-demo">
      ${styleElement(PART_STYLES)}
      <rule-of-law-breakdown .report=${reference} indicator="reconsideration.outcomes"></rule-of-law-breakdown>
    </div>`,
};
