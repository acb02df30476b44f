import { css } from 'lit';

/**
 * The comparison's own rules: the panel, one table per family (rows stacked into label–value pairs in a
 * narrow container, so 320 px needs no sideways scrolling), sub-rows for parts and derived rates, note
 * rows, direction marks, the one-side lists and the notes. The heading, states and source line start
 * from the base styles.
 */
export const compareStyles = css`
.compare{container-type:inline-size;margin:0;padding:var(--rol-panel-padding,1em);border:1px solid var(--_border);border-radius:var(--rol-radius,.375em);background:var(--_surface)}
.report-notes,.only ul{margin:0 0 1em;padding-inline-start:1.25em}
.table-scroll{overflow-x:auto;margin-block-end:1.25em}
table{inline-size:100%;border-collapse:collapse;table-layout:fixed;font-variant-numeric:tabular-nums}
thead th:first-child{inline-size:28%}
caption{padding-block-end:.375em;text-align:start;font-weight:700;font-size:1.0625em}
th,td{padding:.375em .5em;border-block-end:1px solid var(--_border);text-align:start;vertical-align:top}
thead th{border-block-end-width:2px;color:var(--_muted);font-weight:600}
tbody th{font-weight:600;overflow-wrap:anywhere}
.row-part th,.row-derived th{padding-inline-start:1.5em;font-weight:400}
.row-part,.row-derived{font-size:.9375em}
.num{text-align:end}
.value,.direction{white-space:nowrap}
.symbol{display:inline-block;min-inline-size:1em;text-align:center}
.basis,.implied{color:var(--_muted);font-size:.8125em;line-height:1lh}
.implied{vertical-align:top}
.note-row td{padding:.375em .75em;border-inline-start:.25em solid var(--_accent);background:var(--_raised);font-size:.875em}
.note-row ul{margin:0;padding:0;list-style:none}
.note-row li+li{margin-block-start:.25em}
.note-warning strong,.note-error strong{color:var(--_warning)}
.only{display:grid;gap:.5em 2em;grid-template-columns:repeat(auto-fit,minmax(min(100%,16em),1fr))}
.only-title{margin:0 0 .25em;font-weight:600}
.notes-block .heading{font-size:1em}
.notes{margin:0 0 1em;padding:0;list-style:none;font-size:.9375em}
.notes li+li{margin-block-start:.375em}
.nothing,.no-notes{color:var(--_muted)}
.source{margin:.75em 0 0;font-size:.875em}
@container (max-width:34em){
.cmp thead{position:absolute;inline-size:1px;block-size:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.cmp tr.row{display:grid;grid-template-columns:1fr 1fr;gap:0 .75em;padding-block:.5em;border-block-end:1px solid var(--_border)}
.cmp tr.row th{grid-column:1/-1;padding:0 0 .25em;border:0}
.cmp tr.row td{padding:.125em 0;border:0;text-align:start}
.cmp tr.row td::before{content:attr(data-label);display:block;color:var(--_muted);font-size:.8125em}
.cmp tr.note-row,.cmp tr.note-row td{display:block}
.value,.direction{white-space:normal}
.cmp{table-layout:auto}
}
@media print{.table-scroll{overflow:visible}table{break-inside:auto}tr{break-inside:avoid}}
`;
