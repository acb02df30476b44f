import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
// `all`: the report with its `previous` support (and the trend and comparison elements) registered.
import '../packages/elements/src/all.js';
import { CUSTOM_TOKENS, PART_STYLES, styleElement } from './support/looks.js';
import { playground, reportArgType } from './support/playground.js';
import {
  MISSING_URL,
  NEVER_URL,
  NOT_JSON_URL,
  REFERENCE_TEXT_URL,
  REFERENCE_URL,
  SCHEMA_INVALID_URL,
  UNREACHABLE_URL,
  WEB_PAGE_URL,
  reference,
  schemaInvalid,
  slowUrl,
  syntheticReport,
  withWarningsAndErrors,
  withoutIndicators,
} from './support/reports.js';

// `<rule-of-law-report>`: the whole report. Tags starting with `expect-` tell the story check
// (`scripts/check-stories.mjs`) which state a story shows on purpose and which console error it may log.
const meta: Meta = {
  title: 'Report',
  component: 'rule-of-law-report',
  tags: ['autodocs'],
  parameters: { controls: { disable: true } },
};
export default meta;

type Story = StoryObj;

/** Every attribute, property, slot and custom property of the manifest as a control. */
export const Playground: Story = {
  render: playground('rule-of-law-report'),
  args: { report: 'reference' },
  argTypes: { report: reportArgType },
  parameters: { controls: { disable: false } },
};

export const ReferenceReport: Story = {
  name: 'Reference report (杭州道 2023)',
  render: () => html`<rule-of-law-report .report=${reference}></rule-of-law-report>`,
  parameters: { docs: { description: { story: 'The reference report, given as the `report` property.' } } },
};

export const FromSrc: Story = {
  name: 'Input: src URL',
  render: () => html`<rule-of-law-report src=${REFERENCE_URL}></rule-of-law-report>`,
  parameters: { docs: { description: { story: 'The same report fetched from a same-origin URL, as a CMS template would.' } } },
};

export const InlineJson: Story = {
  name: 'Input: inline JSON',
  render: () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(reference);
    return html`<rule-of-law-report>${script}</rule-of-law-report>`;
  },
  parameters: { docs: { description: { story: 'The report inside a `<script type="application/json">` child: no request at all.' } } },
};

export const Compact: Story = {
  name: 'Layout: compact',
  render: () => html`<rule-of-law-report layout="compact" .report=${reference}></rule-of-law-report>`,
  parameters: { docs: { description: { story: 'No headline figures, bars instead of donuts, tables one click away.' } } },
};

export const Families: Story = {
  name: 'Families: reconsideration and litigation',
  render: () => html`<rule-of-law-report families="reconsideration litigation" .report=${reference}></rule-of-law-report>`,
};

export const FindingsHidden: Story = {
  name: 'Findings: hidden',
  render: () => html`<rule-of-law-report findings="hide" .report=${reference}></rule-of-law-report>`,
};

export const WarningsAndErrors: Story = {
  name: 'Report with warnings and errors',
  render: () => html`<rule-of-law-report .report=${withWarningsAndErrors}></rule-of-law-report>`,
  parameters: {
    docs: {
      description: {
        story:
          'The reference report published before it was signed (an error), with a breakdown that does not add up and a rate that does not reconcile (warnings).',
      },
    },
  },
};

export const WithPrevious: Story = {
  name: 'With the previous year',
  render: () => html`<rule-of-law-report .report=${syntheticReport(2023)} .previous=${syntheticReport(2022)}></rule-of-law-report>`,
  parameters: {
    docs: { description: { story: 'The change since the previous report beside each figure (seeded synthetic reports of a fictional issuer).' } },
  },
};

export const NoIndicators: Story = {
  name: 'Empty report (no figures)',
  render: () => html`<rule-of-law-report .report=${withoutIndicators}></rule-of-law-report>`,
  parameters: { docs: { description: { story: 'A valid report that publishes no figures: header, findings and source only.' } } },
};

export const NoData: Story = {
  name: 'State: no data',
  tags: ['expect-empty'],
  render: () => html`<rule-of-law-report></rule-of-law-report>`,
  parameters: { docs: { description: { story: 'No `report`, `src` or inline JSON: an empty state, never a blank box.' } } },
};

export const Loading: Story = {
  name: 'State: loading',
  tags: ['expect-loading'],
  render: () => html`<rule-of-law-report src=${NEVER_URL} timeout="600000"></rule-of-law-report>`,
  parameters: { docs: { description: { story: 'A `src` that never answers (stubbed in `.storybook/fetch-stubs.ts`).' } } },
};

export const SlowServer: Story = {
  name: 'State: slow server, then loaded',
  render: () => html`<rule-of-law-report src=${slowUrl(1200)}></rule-of-law-report>`,
  parameters: { docs: { description: { story: 'The loading state for 1.2 s, then the report.' } } },
};

export const Error404: Story = {
  name: 'Error: 404',
  tags: ['expect-error', 'expect-404'],
  render: () => html`<rule-of-law-report src=${MISSING_URL}></rule-of-law-report>`,
  parameters: { docs: { description: { story: 'The `src` does not exist: an alert with the HTTP status and a retry button.' } } },
};

export const ErrorNotJson: Story = {
  name: 'Error: invalid JSON',
  tags: ['expect-error'],
  render: () => html`<rule-of-law-report src=${NOT_JSON_URL}></rule-of-law-report>`,
};

export const ErrorWebPage: Story = {
  name: 'Error: a web page where the JSON should be',
  tags: ['expect-error'],
  render: () => html`<rule-of-law-report src=${WEB_PAGE_URL}></rule-of-law-report>`,
  parameters: {
    docs: {
      description: {
        story: 'A wrong `src` on a site that answers missing files with a “page not found” page (status 200): the alert says it got a web page, not JSON.',
      },
    },
  },
};

export const ErrorSchemaInvalid: Story = {
  name: 'Error: schema-invalid report',
  tags: ['expect-error'],
  render: () => html`<rule-of-law-report src=${SCHEMA_INVALID_URL}></rule-of-law-report>`,
  parameters: { docs: { description: { story: 'Every issue is listed with where it is (`issuer.level`, `indicators[0].quantity.unit`).' } } },
};

export const ErrorSchemaInvalidProperty: Story = {
  name: 'Error: schema-invalid report as a property',
  tags: ['expect-error'],
  render: () => html`<rule-of-law-report .report=${schemaInvalid}></rule-of-law-report>`,
  parameters: { docs: { description: { story: 'The same issues, without a retry button (retrying cannot help).' } } },
};

export const ErrorTimeout: Story = {
  name: 'Error: timeout',
  tags: ['expect-error'],
  render: () => html`<rule-of-law-report src=${NEVER_URL} timeout="1000"></rule-of-law-report>`,
  parameters: { docs: { description: { story: 'The server does not answer within `timeout` (1 s here; 15 s by default).' } } },
};

export const ErrorNetwork: Story = {
  name: 'Error: network',
  tags: ['expect-error', 'expect-network-error'],
  render: () => html`<rule-of-law-report src=${UNREACHABLE_URL}></rule-of-law-report>`,
  parameters: { docs: { description: { story: 'The browser cannot reach the `src` at all (blocked, offline, refused).' } } },
};

export const ErrorWithFallback: Story = {
  name: 'Error: with the fallback slot',
  tags: ['expect-error', 'expect-404'],
  render: () =>
    html`<rule-of-law-report src=${MISSING_URL}>
      <p slot="fallback"><a href=${REFERENCE_TEXT_URL}>阅读报告原文（杭州道街道办事处 2023 年法治政府建设工作报告）</a></p>
    </rule-of-law-report>`,
  parameters: { docs: { description: { story: 'The webmaster’s fallback content is shown with any error.' } } },
};

export const Chinese: Story = {
  name: 'Language: 中文 (zh-CN)',
  render: () => html`<rule-of-law-report lang="zh-CN" .report=${reference}></rule-of-law-report>`,
};

export const TraditionalChinese: Story = {
  name: 'Language: 繁體中文 (zh-Hant)',
  render: () => html`<rule-of-law-report lang="zh-Hant" .report=${reference}></rule-of-law-report>`,
  parameters: {
    docs: {
      description: {
        story:
          'Every word, label, figure and message in Traditional characters (the figures’ digits as written), from `@rule-of-law/elements/locales/zh-Hant` — beside the drop-in, `rule-of-law-zh-Hant.min.js`. `zh-TW`, `zh-HK` and `zh-MO` read it too.',
      },
    },
  },
};

export const English: Story = {
  name: 'Language: English',
  render: () => html`<rule-of-law-report lang="en" .report=${reference}></rule-of-law-report>`,
  parameters: { docs: { description: { story: 'Labels, numbers and dates in English; the report’s own Chinese text stays, marked `lang="zh-CN"`.' } } },
};

export const ThemeDefault: Story = {
  name: 'Theme: default (light)',
  render: () => html`<rule-of-law-report theme="light" .report=${reference}></rule-of-law-report>`,
};

export const ThemeDark: Story = {
  name: 'Theme: dark',
  render: () => html`<rule-of-law-report theme="dark" .report=${reference}></rule-of-law-report>`,
};

export const ThemeHighContrast: Story = {
  name: 'Theme: high contrast',
  render: () => html`<rule-of-law-report theme="high-contrast" .report=${reference}></rule-of-law-report>`,
};

export const CustomTokens: Story = {
  name: 'Theme: custom tokens (--rol-*)',
  render: () => html`<rule-of-law-report style=${CUSTOM_TOKENS} .report=${reference}></rule-of-law-report>`,
  parameters: { docs: { description: { story: 'A site’s own colours, radius, line height and font through the public `--rol-*` custom properties.' } } },
};

export const PartStyling: Story = {
  name: 'Theme: ::part() styling',
  render: () =>
    html`<div class="part-demo">
      ${styleElement(PART_STYLES)}
      <rule-of-law-report .report=${reference}></rule-of-law-report>
    </div>`,
  parameters: { docs: { description: { story: 'Fine control with `::part()`: the report forwards its figures’, rates’ and charts’ parts.' } } },
};
