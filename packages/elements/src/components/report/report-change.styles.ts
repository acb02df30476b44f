import { css } from 'lit';

/**
 * Rules for the change beside each figure of a report that has a `previous` report: adopted into the
 * report's shadow root (or, with render-root="light", into the page, scoped to the report's box) by the
 * comparison support, so the plain drop-in never carries them.
 */
export const reportChangeStyles = css`
.change{margin:.25em 0 0;padding:0 .25em;color:var(--_text);font-size:.875em;line-height:1.4;font-variant-numeric:tabular-nums}
.change .symbol{display:inline-block;min-inline-size:1em;text-align:center}
.change-new,.change-uncertain{color:var(--_muted)}
.compared-with{font-size:.9375em;color:var(--_muted)}
.compared-with p,.compared-with ul{margin:0}
.compared-with a{color:var(--_accent)}
`;
