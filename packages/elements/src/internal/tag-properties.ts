import type { RuleOfLawBreakdown, RuleOfLawCompare, RuleOfLawFigure, RuleOfLawFindings, RuleOfLawRate, RuleOfLawReport, RuleOfLawTrend } from '../elements.js';

/**
 * The reactive properties each tag takes from a framework's template or JSX, by tag: what React 19 and
 * Vue set as properties (so objects such as `report` pass as they are). A browser test holds these lists
 * to the elements' own declarations.
 */
export const TAG_PROPERTY_NAMES = {
  'rule-of-law-report': ['lang', 'theme', 'report', 'src', 'timeout', 'families', 'findings', 'layout', 'headingLevel', 'previous', 'previousSrc'],
  'rule-of-law-figure': ['lang', 'theme', 'report', 'indicator', 'data', 'src', 'timeout', 'headingLevel'],
  'rule-of-law-rate': ['lang', 'theme', 'report', 'indicator', 'data', 'src', 'timeout', 'headingLevel'],
  'rule-of-law-breakdown': ['lang', 'theme', 'report', 'indicator', 'data', 'src', 'timeout', 'headingLevel', 'chart', 'table', 'source'],
  'rule-of-law-findings': ['lang', 'theme', 'report', 'items', 'indicator', 'src', 'timeout', 'headingLevel'],
  'rule-of-law-trend': ['lang', 'theme', 'reports', 'srcs', 'indicators', 'chart', 'table', 'timeout', 'headingLevel'],
  'rule-of-law-compare': ['lang', 'theme', 'previous', 'current', 'previousSrc', 'currentSrc', 'families', 'timeout', 'headingLevel'],
} as const;

/** The element class of each tag. */
export interface RuleOfLawTags {
  'rule-of-law-report': RuleOfLawReport;
  'rule-of-law-figure': RuleOfLawFigure;
  'rule-of-law-rate': RuleOfLawRate;
  'rule-of-law-breakdown': RuleOfLawBreakdown;
  'rule-of-law-findings': RuleOfLawFindings;
  'rule-of-law-trend': RuleOfLawTrend;
  'rule-of-law-compare': RuleOfLawCompare;
}

/**
 * The properties a framework may set on the element of `Tag`, with the element's own types, all optional —
 * and each may be `undefined` (unset), as frameworks pass it for a value not there yet: `data={maybe}` type-checks
 * under `exactOptionalPropertyTypes` too.
 */
export type TagProperties<Tag extends keyof RuleOfLawTags> = {
  [Name in (typeof TAG_PROPERTY_NAMES)[Tag][number] & keyof RuleOfLawTags[Tag]]?: RuleOfLawTags[Tag][Name] | undefined;
};

/** The attributes every element reads besides its properties. */
export interface TagAttributes {
  /** `light` draws into the page's own DOM, where site toolbars reach the text (webmasters' guide §9). */
  'render-root'?: 'light' | 'shadow';
}
