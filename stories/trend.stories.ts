import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/elements/src/all.js';
import { CUSTOM_TOKENS, PART_STYLES, styleElement } from './support/looks.js';
import { playground } from './support/playground.js';
import { jsonDataUrl, MISSING_URL, NEVER_URL, syntheticIssuers, syntheticYears } from './support/reports.js';

// `<rule-of-law-trend>`: chosen indicators over several years (seeded synthetic reports of a fictional issuer).
const meta: Meta = {
  title: 'Trend',
  component: 'rule-of-law-trend',
  tags: ['autodocs'],
  parameters: { controls: { disable: true } },
};
export default meta;

type Story = StoryObj;

const PETITIONS = 'petitions.accepted petitions.completed';

export const Playground: Story = {
  render: playground('rule-of-law-trend'),
  args: { reports: 'one issuer, 2020–2023', indicators: PETITIONS, chart: 'line' },
  argTypes: {
    reports: {
      control: { type: 'select' },
      options: ['one issuer, 2020–2023', 'two issuers, 2022–2023', 'none'],
      mapping: { 'one issuer, 2020–2023': syntheticYears, 'two issuers, 2022–2023': syntheticIssuers, none: undefined },
    },
  },
  parameters: { controls: { disable: false } },
};

export const Line: Story = {
  name: 'Chart: line',
  render: () => html`<rule-of-law-trend .reports=${syntheticYears} indicators=${PETITIONS}></rule-of-law-trend>`,
};

export const Bars: Story = {
  name: 'Chart: bars',
  render: () => html`<rule-of-law-trend chart="bars" .reports=${syntheticYears} indicators=${PETITIONS}></rule-of-law-trend>`,
};

export const SeveralUnits: Story = {
  name: 'Several units: one chart each',
  render: () => html`<rule-of-law-trend .reports=${syntheticYears} indicators="enforcement.penalties enforcement.fines"></rule-of-law-trend>`,
  parameters: { docs: { description: { story: 'Cases (起) and money (元) are never drawn on one axis.' } } },
};

export const GapsAndQualifiers: Story = {
  name: 'Gaps and qualified figures',
  render: () =>
    html`<rule-of-law-trend .reports=${syntheticYears} indicators="legal_advice.opinions legal_advice.contracts petitions.visits.persons"></rule-of-law-trend>`,
  parameters: { docs: { description: { story: 'A year without the figure stays a gap; “1160余人次” is marked as at least.' } } },
};

export const Rates: Story = {
  name: 'Rates',
  render: () =>
    html`<rule-of-law-trend chart="bars" .reports=${syntheticYears} indicators="enforcement.duty_performance_rate petitions.completion_rate"></rule-of-law-trend>`,
};

export const TwoIssuers: Story = {
  name: 'Two issuers',
  render: () => html`<rule-of-law-trend .reports=${syntheticIssuers} indicators="enforcement.penalties"></rule-of-law-trend>`,
};

export const TableCollapsed: Story = {
  name: 'Table: collapsed',
  render: () => html`<rule-of-law-trend table="collapsed" .reports=${syntheticYears} indicators=${PETITIONS}></rule-of-law-trend>`,
};

export const FromSrcs: Story = {
  name: 'Input: srcs URLs',
  render: () => {
    const srcs = syntheticYears.map((report) => jsonDataUrl(JSON.stringify(report))).join(' ');
    return html`<rule-of-law-trend srcs=${srcs} indicators=${PETITIONS}></rule-of-law-trend>`;
  },
};

export const NoData: Story = {
  name: 'State: no data',
  tags: ['expect-empty'],
  render: () => html`<rule-of-law-trend indicators=${PETITIONS}></rule-of-law-trend>`,
};

export const Loading: Story = {
  name: 'State: loading',
  tags: ['expect-loading'],
  render: () => html`<rule-of-law-trend srcs=${NEVER_URL} timeout="600000" indicators=${PETITIONS}></rule-of-law-trend>`,
};

export const Error404: Story = {
  name: 'Error: one report is missing (404)',
  tags: ['expect-error', 'expect-404'],
  render: () => {
    const srcs = [jsonDataUrl(JSON.stringify(syntheticYears[0])), MISSING_URL].join(' ');
    return html`<rule-of-law-trend srcs=${srcs} indicators=${PETITIONS}></rule-of-law-trend>`;
  },
};

export const ErrorNoIndicator: Story = {
  name: 'Error: no such indicator in any report',
  tags: ['expect-error'],
  render: () => html`<rule-of-law-trend .reports=${syntheticYears} indicators="petitions.no_such_figure"></rule-of-law-trend>`,
};

export const TraditionalChinese: Story = {
  name: 'Language: 繁體中文 (zh-Hant)',
  render: () => html`<rule-of-law-trend lang="zh-Hant" .reports=${syntheticYears} indicators=${PETITIONS}></rule-of-law-trend>`,
};

export const English: Story = {
  name: 'Language: English',
  render: () => html`<rule-of-law-trend lang="en" .reports=${syntheticYears} indicators=${PETITIONS}></rule-of-law-trend>`,
};

export const Chinese: Story = {
  name: 'Language: 中文 (zh-CN)',
  render: () => html`<rule-of-law-trend lang="zh-CN" .reports=${syntheticYears} indicators=${PETITIONS}></rule-of-law-trend>`,
};

export const ThemeDark: Story = {
  name: 'Theme: dark',
  render: () => html`<rule-of-law-trend theme="dark" chart="bars" .reports=${syntheticYears} indicators=${PETITIONS}></rule-of-law-trend>`,
};

export const ThemeHighContrast: Story = {
  name: 'Theme: high contrast',
  render: () => html`<rule-of-law-trend theme="high-contrast" .reports=${syntheticYears} indicators=${PETITIONS}></rule-of-law-trend>`,
};

export const CustomTokens: Story = {
  name: 'Theme: custom tokens (--rol-*)',
  render: () => html`<rule-of-law-trend style=${CUSTOM_TOKENS} .reports=${syntheticYears} indicators=${PETITIONS}></rule-of-law-trend>`,
};

export const PartStyling: Story = {
  name: 'Theme: ::part() styling',
  render: () =>
    html`<div class="part-demo">
      ${styleElement(PART_STYLES)}
      <rule-of-law-trend .reports=${syntheticYears} indicators=${PETITIONS}></rule-of-law-trend>
    </div>`,
};
