/**
 * `@rule-of-law/elements/react-jsx`: the `rule-of-law-*` tags for React 19's JSX in TypeScript — each
 * tag's properties with their types (`report={data}`, `layout="compact"`, `headingLevel={2}`), its events
 * as React 19 names them (`onrol-load`, `onrol-error`, `onrol-select`, with the typed `detail`), the
 * `render-root` attribute, and React's usual HTML attributes, `children` and `ref`. Import it once for
 * its types, next to the import that registers the elements:
 *
 * ```ts
 * import '@rule-of-law/elements';
 * import type {} from '@rule-of-law/elements/react-jsx';
 * ```
 *
 * Needs `@types/react` 19 (which a React project in TypeScript has).
 */
import type { HTMLAttributes, RefAttributes } from 'react';
import type { RuleOfLawBreakdown, RuleOfLawCompare, RuleOfLawFigure, RuleOfLawFindings, RuleOfLawRate, RuleOfLawReport, RuleOfLawTrend } from './elements.js';
import type { RolEventMap } from './internal/events.js';

/**
 * The reactive properties each tag takes in JSX, by tag (React 19 sets them as properties, so objects such
 * as `report` pass as they are). A browser test holds these lists to the elements' own declarations.
 */
export const JSX_PROPERTY_NAMES = {
  'rule-of-law-report': ['lang', 'theme', 'report', 'src', 'timeout', 'families', 'findings', 'layout', 'headingLevel', 'previous', 'previousSrc'],
  'rule-of-law-figure': ['lang', 'theme', 'report', 'indicator', 'data', 'src', 'timeout', 'headingLevel'],
  'rule-of-law-rate': ['lang', 'theme', 'report', 'indicator', 'data', 'src', 'timeout', 'headingLevel'],
  'rule-of-law-breakdown': ['lang', 'theme', 'report', 'indicator', 'data', 'src', 'timeout', 'headingLevel', 'chart', 'table', 'source'],
  'rule-of-law-findings': ['lang', 'theme', 'report', 'items', 'indicator', 'src', 'timeout', 'headingLevel'],
  'rule-of-law-trend': ['lang', 'theme', 'reports', 'srcs', 'indicators', 'chart', 'table', 'timeout', 'headingLevel'],
  'rule-of-law-compare': ['lang', 'theme', 'previous', 'current', 'previousSrc', 'currentSrc', 'families', 'timeout', 'headingLevel'],
} as const;

/** The element class of each tag. */
interface RuleOfLawTags {
  'rule-of-law-report': RuleOfLawReport;
  'rule-of-law-figure': RuleOfLawFigure;
  'rule-of-law-rate': RuleOfLawRate;
  'rule-of-law-breakdown': RuleOfLawBreakdown;
  'rule-of-law-findings': RuleOfLawFindings;
  'rule-of-law-trend': RuleOfLawTrend;
  'rule-of-law-compare': RuleOfLawCompare;
}

/** The library's events as React 19 props: `onrol-load={(event) => event.detail.report}`. */
export type RolEventProps = { [Name in keyof RolEventMap as `on${Name}`]?: (event: RolEventMap[Name]) => void };

/** What a JSX tag of element `E` takes: the properties named in `Names`, the events, `render-root`, and React's HTML attributes. */
export type RuleOfLawJsxProps<E extends HTMLElement, Names extends PropertyKey> = Partial<Pick<E, Names & keyof E>> &
  RolEventProps & {
    /** `light` draws into the page's own DOM, where site toolbars reach the text (webmasters' guide §9). */
    'render-root'?: 'light' | 'shadow';
  } & Omit<HTMLAttributes<E>, Names> &
  RefAttributes<E>;

/** The `rule-of-law-*` tags of React's `JSX.IntrinsicElements`. */
export type RuleOfLawIntrinsicElements = {
  [Tag in keyof RuleOfLawTags]: RuleOfLawJsxProps<RuleOfLawTags[Tag], (typeof JSX_PROPERTY_NAMES)[Tag][number]>;
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends RuleOfLawIntrinsicElements {}
  }
}
