// The webmasters' guide shows the legacy template's rules that the browser tests paste (test/support/host-template.mjs):
// what it says the report withstands is what test/browser/host-template.test.ts checks.
import { describe, expect, it } from 'vitest';
import { docSnippets } from '../support/doc-snippets.js';
import { compactCss, HOST_TEMPLATE_RULES, isHostTemplateCss } from '../support/host-template-css.js';

describe("the guide's legacy-template rules", () => {
  it('are exactly the rules of the hostile-template page, once', () => {
    const shown = docSnippets('css').filter((snippet) => isHostTemplateCss(snippet.code));
    expect(shown.map((snippet) => snippet.document)).toEqual(['docs/webmasters.md']);
    expect(compactCss(shown[0]!.code)).toBe(compactCss(HOST_TEMPLATE_RULES));
  });
});
