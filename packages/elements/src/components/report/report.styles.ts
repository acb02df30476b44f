import { css } from 'lit';

/** The report's own rules (one a line, as shipped); headings and the source line start from the base styles. */
export const reportStyles = css`
.report{container-type:inline-size;display:flex;flex-direction:column;gap:var(--rol-space,1.5em)}
.header{padding-block-end:1em;border-block-end:2px solid var(--_border)}
.issuer{margin:0 0 .25em;color:var(--_muted)}
.header .heading{margin:0 0 .5em;font-size:var(--rol-font-size-title,1.5em);line-height:1.35;overflow-wrap:anywhere}
.meta{display:flex;flex-wrap:wrap;gap:.25em 1.5em;margin:0}
.meta div{display:flex;gap:.4em}
.meta dt{color:var(--_muted)}
.meta dd{margin:0;font-weight:600}
section>.heading{margin:0 0 .625em;font-size:1.25em;line-height:1.4}
.figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,var(--rol-figure-min-width,13em)),1fr));gap:.75em;margin:0;padding:0;list-style:none}
.figures>li{display:grid}
.figures+.figures,.figures+.breakdowns{margin-block-start:.75em}
.breakdowns{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,28em),1fr));gap:1em}
.layout-compact{gap:1em;--rol-figure-padding:0.5em 0.75em;--rol-font-size-figure:1.375em;--rol-figure-min-width:10em}
.source{padding-block-start:.75em;border-block-start:1px solid var(--_border);font-size:.9375em}
@media print{.report{gap:1em}section{break-inside:avoid-page}}
`;
