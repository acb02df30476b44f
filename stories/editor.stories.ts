import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/elements/src/editor.js';
import type { RuleOfLawEditor } from '../packages/elements/src/editor.js';
import { playground } from './support/playground.js';
import { REFERENCE_TEXT_URL, withWarningsAndErrors } from './support/reports.js';

// `<rule-of-law-editor>`: from a published report's text to checked JSON. The stories save nothing in the
// browser (`storage-key=""`), so that one story's work never shows up in another.
const meta: Meta = {
  title: 'Editor',
  component: 'rule-of-law-editor',
  tags: ['autodocs'],
  parameters: { controls: { disable: true }, layout: 'fullscreen' },
};
export default meta;

type Story = StoryObj;

/** An editor that has opened `file` (as the Open button does). */
function editorWith(file: File, attributes: { lang?: string; theme?: string } = {}): HTMLElement {
  const editor = document.createElement('rule-of-law-editor') as RuleOfLawEditor;
  editor.storageKey = '';
  if (attributes.lang) editor.lang = attributes.lang;
  if (attributes.theme) editor.theme = attributes.theme as RuleOfLawEditor['theme'];
  void editor.updateComplete.then(() => editor.open(file));
  return editor;
}

const referenceText = async (): Promise<{ text: string }> => ({ text: await (await fetch(REFERENCE_TEXT_URL)).text() });

export const Playground: Story = {
  render: playground('rule-of-law-editor'),
  args: { 'storage-key': '' },
  parameters: { controls: { disable: false } },
};

export const Empty: Story = {
  name: 'Empty: paste or open a text',
  render: () => html`<rule-of-law-editor storage-key=""></rule-of-law-editor>`,
};

export const ReferenceReport: Story = {
  name: 'The reference report’s text, drafted',
  loaders: [referenceText],
  render: (_, { loaded }) => editorWith(new File([(loaded as { text: string }).text], 'hangzhoudao-2023.txt', { type: 'text/plain' })),
};

export const WithFindings: Story = {
  name: 'A report with errors and warnings (opened as JSON)',
  render: () => editorWith(new File([JSON.stringify(withWarningsAndErrors)], 'with-findings.json', { type: 'application/json' })),
};

export const WrongJson: Story = {
  name: 'Error: a JSON of the wrong shape',
  render: () => editorWith(new File([JSON.stringify({ schemaVersion: 1, title: 5 })], 'wrong.json', { type: 'application/json' })),
};

export const NotText: Story = {
  name: 'Error: a binary file',
  render: () => editorWith(new File([new Uint8Array([0, 159, 146, 150, 0, 1, 2, 3, 0, 0])], 'scan.pdf')),
};

export const English: Story = {
  name: 'English',
  loaders: [referenceText],
  render: (_, { loaded }) => editorWith(new File([(loaded as { text: string }).text], 'hangzhoudao-2023.txt'), { lang: 'en' }),
};

export const Dark: Story = {
  name: 'Theme: dark',
  loaders: [referenceText],
  render: (_, { loaded }) => editorWith(new File([(loaded as { text: string }).text], 'hangzhoudao-2023.txt'), { theme: 'dark' }),
};

export const HighContrast: Story = {
  name: 'Theme: high contrast',
  loaders: [referenceText],
  render: (_, { loaded }) => editorWith(new File([(loaded as { text: string }).text], 'hangzhoudao-2023.txt'), { theme: 'high-contrast' }),
};
