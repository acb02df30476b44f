import { css } from 'lit';

/** The rate's own rules; its box, label and value come from the base styles. */
export const rateStyles = css`
:host{display:grid}
.rate{gap:.375em}
.figures{display:flex;flex-wrap:wrap;gap:.25em .75em;align-items:baseline;margin:0}
.fraction{color:var(--_muted);font-variant-numeric:tabular-nums}
.implied{font-style:italic}
.bar{display:block;inline-size:100%;block-size:var(--rol-rate-bar-height,.625em);border-radius:999px;outline:1px solid var(--_border);overflow:hidden;forced-color-adjust:none}
.track{fill:var(--_track)}
.fill{fill:var(--_accent)}
.mark{margin:0;font-size:.875em}
.mark.mismatch{padding:.25em .5em;border-inline-start:.25em solid var(--_warning);background:var(--_warning-surface);color:var(--_warning);font-weight:600}
.mark.match,.mark.note{color:var(--_muted)}
@media (forced-colors:active){.bar{outline-color:CanvasText}.track{fill:Canvas}.fill{fill:CanvasText}}
@media print{.bar{outline-color:#000}.fill{fill:#000;print-color-adjust:exact;-webkit-print-color-adjust:exact}}
`;
