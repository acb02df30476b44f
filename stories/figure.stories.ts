import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/elements/src/index.js';
import { CUSTOM_TOKENS, PART_STYLES, styleElement } from './support/looks.js';
import { indicatorArgType, playground, reportArgType } from './support/playground.js';
import { indicatorIds, indicatorOf, reference, variant } from './support/reports.js';

// `<rule-of-law-figure>`: one figure as the report wrote it.
const meta: Meta = {
  title: 'Figure',
  component: 'rule-of-law-figure',
  tags: ['autodocs'],
  parameters: { controls: { disable: true } },
};
export default meta;

type Story = StoryObj;

const FIGURE_IDS = indicatorIds('count', 'amount', 'measure', 'breakdown');

export const Playground: Story = {
  render: playground('rule-of-law-figure'),
  args: { report: 'reference', indicator: 'petitions.visits.persons' },
  argTypes: { report: reportArgType, indicator: indicatorArgType(FIGURE_IDS) },
  parameters: { controls: { disable: false } },
};

export const Count: Story = {
  name: 'Count with a qualifier (996余人次)',
  render: () => html`<rule-of-law-figure .report=${reference} indicator="petitions.visits.persons"></rule-of-law-figure>`,
  parameters: { docs: { description: { story: '“余” (“more than”) is kept as the report wrote it.' } } },
};

export const Amount: Story = {
  name: 'Amount (fines)',
  render: () => html`<rule-of-law-figure .report=${reference} indicator="enforcement.fines"></rule-of-law-figure>`,
};

export const BreakdownTotal: Story = {
  name: 'Breakdown: its stated total',
  render: () => html`<rule-of-law-figure .report=${reference} indicator="reconsideration.outcomes"></rule-of-law-figure>`,
};

export const EveryFigure: Story = {
  name: 'Every figure of the reference report',
  render: () =>
    html`<ul class="story-grid" role="list">
      ${FIGURE_IDS.map((id) => html`<li><rule-of-law-figure .report=${reference} indicator=${id}></rule-of-law-figure></li>`)}
    </ul>`,
};

export const FromData: Story = {
  name: 'Input: one indicator as data',
  render: () => html`<rule-of-law-figure .data=${indicatorOf(reference, 'enforcement.penalties')}></rule-of-law-figure>`,
  parameters: { docs: { description: { story: 'The indicator given directly as the `data` property, without a report.' } } },
};

export const NoData: Story = {
  name: 'State: no data',
  tags: ['expect-empty'],
  render: () => html`<rule-of-law-figure></rule-of-law-figure>`,
};

export const ErrorMissingIndicator: Story = {
  name: 'Error: indicator not in the report',
  tags: ['expect-error'],
  render: () => html`<rule-of-law-figure .report=${reference} indicator="petitions.no_such_figure"></rule-of-law-figure>`,
};

export const ErrorWrongKind: Story = {
  name: 'Error: a rate is not a figure',
  tags: ['expect-error'],
  render: () => html`<rule-of-law-figure .report=${reference} indicator="enforcement.duty_performance_rate"></rule-of-law-figure>`,
};

export const ErrorInvalidData: Story = {
  name: 'Error: invalid report data',
  tags: ['expect-error'],
  render: () => {
    const broken = variant((report) => {
      const figure = indicatorOf(report, 'enforcement.penalties');
      if (figure.kind === 'count') (figure.quantity as { unit: unknown }).unit = 'furlongs';
    });
    return html`<rule-of-law-figure .report=${broken} indicator="enforcement.penalties"></rule-of-law-figure>`;
  },
};

export const English: Story = {
  name: 'Language: English',
  render: () => html`<rule-of-law-figure lang="en" .report=${reference} indicator="petitions.visits.persons"></rule-of-law-figure>`,
};

export const Chinese: Story = {
  name: 'Language: 中文 (zh-CN)',
  render: () => html`<rule-of-law-figure lang="zh-CN" .report=${reference} indicator="petitions.visits.persons"></rule-of-law-figure>`,
};

export const ThemeDark: Story = {
  name: 'Theme: dark',
  render: () => html`<rule-of-law-figure theme="dark" .report=${reference} indicator="enforcement.fines"></rule-of-law-figure>`,
};

export const ThemeHighContrast: Story = {
  name: 'Theme: high contrast',
  render: () => html`<rule-of-law-figure theme="high-contrast" .report=${reference} indicator="enforcement.fines"></rule-of-law-figure>`,
};

export const CustomTokens: Story = {
  name: 'Theme: custom tokens (--rol-*)',
  render: () =>
    html`<rule-of-law-figure
      style=${`${CUSTOM_TOKENS}; --rol-font-size-figure: 2.25em; --rol-figure-padding: 1.25em`}
      .report=${reference}
      indicator="enforcement.fines"
    ></rule-of-law-figure>`,
};

export const PartStyling: Story = {
  name: 'Theme: ::part() styling',
  render: () =>
    html`<div class="part-demo">
      ${styleElement(PART_STYLES)}
      <rule-of-law-figure .report=${reference} indicator="enforcement.fines"></rule-of-law-figure>
    </div>`,
};
