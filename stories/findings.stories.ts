import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { computeReport } from '@rule-of-law/core';
import '../packages/elements/src/index.js';
import { CUSTOM_TOKENS, PART_STYLES, styleElement } from './support/looks.js';
import { indicatorArgType, playground, reportArgType } from './support/playground.js';
import { indicatorIds, reference, schemaInvalid, withWarningsAndErrors } from './support/reports.js';

// `<rule-of-law-findings>`: the consistency findings about a report, by severity.
const meta: Meta = {
  title: 'Findings',
  component: 'rule-of-law-findings',
  tags: ['autodocs'],
  parameters: { controls: { disable: true } },
};
export default meta;

type Story = StoryObj;

export const Playground: Story = {
  render: playground('rule-of-law-findings'),
  args: { report: 'with warnings and errors' },
  argTypes: { report: reportArgType, indicator: indicatorArgType(indicatorIds()) },
  parameters: { controls: { disable: false } },
};

export const ReferenceReport: Story = {
  name: 'Reference report (notes only)',
  render: () => html`<rule-of-law-findings .report=${reference}></rule-of-law-findings>`,
};

export const WarningsAndErrors: Story = {
  name: 'Errors, warnings and notes',
  render: () => html`<rule-of-law-findings .report=${withWarningsAndErrors}></rule-of-law-findings>`,
};

export const OneIndicator: Story = {
  name: 'About one indicator',
  render: () => html`<rule-of-law-findings .report=${reference} indicator="petitions.channels"></rule-of-law-findings>`,
};

export const FromItems: Story = {
  name: 'Input: findings as items',
  render: () => html`<rule-of-law-findings .items=${computeReport(withWarningsAndErrors).findings}></rule-of-law-findings>`,
  parameters: { docs: { description: { story: '`items` set to `computeReport(report).findings`.' } } },
};

export const NoFindings: Story = {
  name: 'No inconsistencies',
  render: () => html`<rule-of-law-findings .items=${[]}></rule-of-law-findings>`,
};

export const NoData: Story = {
  name: 'State: no data',
  tags: ['expect-empty'],
  render: () => html`<rule-of-law-findings></rule-of-law-findings>`,
};

export const ErrorInvalidReport: Story = {
  name: 'Error: schema-invalid report',
  tags: ['expect-error'],
  render: () => html`<rule-of-law-findings .report=${schemaInvalid}></rule-of-law-findings>`,
};

export const TraditionalChinese: Story = {
  name: 'Language: 繁體中文 (zh-Hant)',
  render: () => html`<rule-of-law-findings lang="zh-Hant" .report=${withWarningsAndErrors}></rule-of-law-findings>`,
};

export const English: Story = {
  name: 'Language: English',
  render: () => html`<rule-of-law-findings lang="en" .report=${withWarningsAndErrors}></rule-of-law-findings>`,
};

export const Chinese: Story = {
  name: 'Language: 中文 (zh-CN)',
  render: () => html`<rule-of-law-findings lang="zh-CN" .report=${withWarningsAndErrors}></rule-of-law-findings>`,
};

export const ThemeDark: Story = {
  name: 'Theme: dark',
  render: () => html`<rule-of-law-findings theme="dark" .report=${withWarningsAndErrors}></rule-of-law-findings>`,
};

export const ThemeHighContrast: Story = {
  name: 'Theme: high contrast',
  render: () => html`<rule-of-law-findings theme="high-contrast" .report=${withWarningsAndErrors}></rule-of-law-findings>`,
};

export const CustomTokens: Story = {
  name: 'Theme: custom tokens (--rol-*)',
  render: () =>
    html`<rule-of-law-findings
      style=${`${CUSTOM_TOKENS}; --rol-color-error: #8f1010; --rol-color-warning: #6b3a00; --rol-panel-padding: 1.5em`}
      .report=${withWarningsAndErrors}
    ></rule-of-law-findings>`,
};

export const PartStyling: Story = {
  name: 'Theme: ::part() styling',
  render: () =>
    html`<div class="part-demo">
      ${styleElement(PART_STYLES)}
      <rule-of-law-findings .report=${withWarningsAndErrors}></rule-of-law-findings>
    </div>`,
};
