import { html, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { THEMES } from '../packages/elements/src/elements.js';
import './fetch-stubs.js';
// 繁體中文 in the toolbar and the zh-Hant stories (a page loads it as rule-of-law-zh-Hant.min.js).
import '../packages/elements/src/locales/zh-Hant.js';
import { argTypesFor, descriptionFor, manifest } from './manifest.js';
import './preview.css';

setCustomElementsManifest(manifest);

/** The toolbar's themes: the elements' token sets (`auto` follows the OS, so a designer picks explicitly). */
const TOOLBAR_THEMES = THEMES.filter((theme) => theme !== 'auto');

/** Marks an element whose `theme` the toolbar set (so the toolbar never overrides a story's own theme). */
const TOOLBAR_MARK = 'data-toolbar-theme';

/** Gives the toolbar's theme to every `rule-of-law-*` element of the story that has no theme of its own. */
function applyToolbarTheme(root: Element, theme: string): void {
  for (const element of root.querySelectorAll('*')) {
    if (!element.localName.startsWith('rule-of-law-')) continue;
    const ownTheme = element.hasAttribute('theme') && !element.hasAttribute(TOOLBAR_MARK);
    if (ownTheme) continue;
    if (theme === 'light') {
      element.removeAttribute('theme');
      element.removeAttribute(TOOLBAR_MARK);
    } else {
      element.setAttribute('theme', theme);
      element.setAttribute(TOOLBAR_MARK, '');
    }
  }
}

/**
 * Wraps every story in the toolbar's language and theme: `lang` on the story root (the elements take
 * the nearest ancestor's `lang`), the theme on each element without one, and a page background to match.
 */
const withLocaleAndTheme: Decorator = (story, context): TemplateResult => {
  const locale = String(context.globals['locale'] ?? 'zh-CN');
  const theme = String(context.globals['theme'] ?? 'light');
  const themeFromArgs = typeof context.args['theme'] === 'string' && context.args['theme'] !== '';
  return html`<div
    class="rol-story"
    lang=${locale}
    data-theme=${theme}
    ${ref((root) => {
      if (root && !themeFromArgs) queueMicrotask(() => applyToolbarTheme(root, theme));
    })}
  >
    ${story()}
  </div>`;
};

const preview: Preview = {
  decorators: [withLocaleAndTheme],
  globalTypes: {
    locale: {
      description: 'Language of the story root (the elements follow the nearest lang)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'zh-CN', title: '中文 (zh-CN)' },
          { value: 'en', title: 'English (en)' },
          { value: 'zh-Hant', title: '繁體中文 (zh-Hant)' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Token set of the elements without a theme of their own',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: TOOLBAR_THEMES.map((theme) => ({ value: theme, title: theme })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'zh-CN', theme: 'light' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'none' },
    docs: {
      extractArgTypes: argTypesFor,
      extractComponentDescription: descriptionFor,
    },
    a11y: { test: 'error' },
    options: { storySort: { order: ['Introduction', 'Report', 'Figure', 'Rate', 'Breakdown', 'Findings', 'Trend', 'Compare'] } },
  },
};

export default preview;
