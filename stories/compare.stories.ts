import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/elements/src/all.js';
import { CUSTOM_TOKENS, PART_STYLES, styleElement } from './support/looks.js';
import { playground } from './support/playground.js';
import { jsonDataUrl, MISSING_URL, NEVER_URL, schemaInvalid, syntheticReport } from './support/reports.js';

// `<rule-of-law-compare>`: two reports side by side (seeded synthetic reports of fictional issuers).
const meta: Meta = {
  title: 'Compare',
  component: 'rule-of-law-compare',
  tags: ['autodocs'],
  parameters: { controls: { disable: true } },
};
export default meta;

type Story = StoryObj;

const y2022 = syntheticReport(2022);
const y2023 = syntheticReport(2023);

export const Playground: Story = {
  render: playground('rule-of-law-compare'),
  args: { previous: '2022', current: '2023' },
  argTypes: {
    previous: { control: { type: 'select' }, options: ['2020', '2021', '2022', '2023', 'none'], mapping: yearMapping() },
    current: { control: { type: 'select' }, options: ['2020', '2021', '2022', '2023', 'none'], mapping: yearMapping() },
  },
  parameters: { controls: { disable: false } },
};

function yearMapping(): Record<string, unknown> {
  return { 2020: syntheticReport(2020), 2021: syntheticReport(2021), 2022: y2022, 2023: y2023, none: undefined };
}

export const YearOnYear: Story = {
  name: 'Year on year',
  render: () => html`<rule-of-law-compare .previous=${y2022} .current=${y2023}></rule-of-law-compare>`,
};

export const TwoIssuers: Story = {
  name: 'Two issuers, same year',
  render: () => html`<rule-of-law-compare .previous=${syntheticReport(2023, 0)} .current=${syntheticReport(2023, 1)}></rule-of-law-compare>`,
  parameters: { docs: { description: { story: 'A note says the reports come from different issuers.' } } },
};

export const Families: Story = {
  name: 'Families: petitions and enforcement',
  render: () => html`<rule-of-law-compare families="petitions enforcement" .previous=${y2022} .current=${y2023}></rule-of-law-compare>`,
};

export const FromSrc: Story = {
  name: 'Input: previous-src and current-src URLs',
  render: () =>
    html`<rule-of-law-compare
      previous-src=${jsonDataUrl(JSON.stringify(y2022))}
      current-src=${jsonDataUrl(JSON.stringify(y2023))}
    ></rule-of-law-compare>`,
};

export const NoData: Story = {
  name: 'State: no data',
  tags: ['expect-empty'],
  render: () => html`<rule-of-law-compare></rule-of-law-compare>`,
};

export const Loading: Story = {
  name: 'State: loading',
  tags: ['expect-loading'],
  render: () => html`<rule-of-law-compare .previous=${y2022} current-src=${NEVER_URL} timeout="600000"></rule-of-law-compare>`,
};

export const Error404: Story = {
  name: 'Error: 404',
  tags: ['expect-error', 'expect-404'],
  render: () => html`<rule-of-law-compare .previous=${y2022} current-src=${MISSING_URL}></rule-of-law-compare>`,
};

export const ErrorSchemaInvalid: Story = {
  name: 'Error: schema-invalid report',
  tags: ['expect-error'],
  render: () => html`<rule-of-law-compare .previous=${y2022} .current=${schemaInvalid}></rule-of-law-compare>`,
};

export const TraditionalChinese: Story = {
  name: 'Language: 繁體中文 (zh-Hant)',
  render: () => html`<rule-of-law-compare lang="zh-Hant" .previous=${y2022} .current=${y2023}></rule-of-law-compare>`,
};

export const English: Story = {
  name: 'Language: English',
  render: () => html`<rule-of-law-compare lang="en" .previous=${y2022} .current=${y2023}></rule-of-law-compare>`,
};

export const Chinese: Story = {
  name: 'Language: 中文 (zh-CN)',
  render: () => html`<rule-of-law-compare lang="zh-CN" .previous=${y2022} .current=${y2023}></rule-of-law-compare>`,
};

export const ThemeDark: Story = {
  name: 'Theme: dark',
  render: () => html`<rule-of-law-compare theme="dark" .previous=${y2022} .current=${y2023}></rule-of-law-compare>`,
};

export const ThemeHighContrast: Story = {
  name: 'Theme: high contrast',
  render: () => html`<rule-of-law-compare theme="high-contrast" .previous=${y2022} .current=${y2023}></rule-of-law-compare>`,
};

export const CustomTokens: Story = {
  name: 'Theme: custom tokens (--rol-*)',
  render: () => html`<rule-of-law-compare style=${CUSTOM_TOKENS} .previous=${y2022} .current=${y2023}></rule-of-law-compare>`,
};

export const PartStyling: Story = {
  name: 'Theme: ::part() styling',
  render: () =>
    html`<div class="part-demo">
      ${styleElement(PART_STYLES)}
      <rule-of-law-compare .previous=${y2022} .current=${y2023}></rule-of-law-compare>
    </div>`,
};
