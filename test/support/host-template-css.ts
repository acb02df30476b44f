// The legacy template's rules as the webmasters' guide shows them (§5, "Your template's own CSS"): the one css
// snippet of the documents that must restyle nothing in the report, being the rules the browser tests paste.
import { HOSTILE_CSS, SVG_HIDDEN_CSS } from './host-template.mjs';

/** The marker of that snippet: its first line. */
const MARKER = "/* a legacy template's reset and article rules";

/** CSS as its rules, without comments and white space, for comparing two spellings of the same stylesheet. */
export const compactCss = (css: string): string => css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, '');

/** Whether a css snippet is the guide's legacy-template rules. */
export const isHostTemplateCss = (code: string): boolean => code.startsWith(MARKER);

/** The rules the browser tests paste into the hostile template, as one stylesheet. */
export const HOST_TEMPLATE_RULES = `${HOSTILE_CSS}\n${SVG_HIDDEN_CSS}`;
