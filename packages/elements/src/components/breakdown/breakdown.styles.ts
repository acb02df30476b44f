import { css } from 'lit';

/**
 * The breakdown's own rules (one a line, as shipped): series colours, marks and swatches of the chart,
 * its legend and table, the layout of bar and donut. The panel, heading and source line start from the
 * base styles.
 */
export const breakdownStyles = css`
.breakdown{container-type:inline-size}
.heading{margin-bottom:.25em}
.total{margin:0 0 .75em}
.total strong{font-size:1.25em;font-variant-numeric:tabular-nums}
.coverage{color:var(--_muted);font-size:.9375em;line-height:1lh}
.chart-area{display:grid;gap:.75em 1.5em;margin-block-end:1em}
@container (min-width:34em){.chart-donut{grid-template-columns:minmax(10em,var(--rol-chart-donut-size,15em)) 1fr;align-items:center}}
.plot{position:relative;forced-color-adjust:none}
.plot-donut{max-inline-size:var(--rol-chart-donut-size,15em);inline-size:100%;justify-self:center}
.plot svg{display:block;inline-size:100%;block-size:auto;overflow:visible}
.plot .hit{position:absolute;inset:0;block-size:100%}
.target{fill:transparent;cursor:pointer;outline:none}
.target:hover{fill:rgb(255 255 255/.18)}
.target:focus-visible{stroke:var(--_focus);stroke-width:4px;vector-effect:non-scaling-stroke}
.shape{stroke:var(--_separator);stroke-width:2px;vector-effect:non-scaling-stroke}
.s1{fill:var(--_s1)}.s2{fill:var(--_s2)}.s3{fill:var(--_s3)}.s4{fill:var(--_s4)}.s5{fill:var(--_s5)}.s6{fill:var(--_s6)}.s7{fill:var(--_s7)}.s8{fill:var(--_s8)}
.rest{fill:var(--_surface);stroke:var(--_muted);stroke-dasharray:4 3}
.mark{pointer-events:none}
.ink{fill:var(--_pattern)}
.ink-line{stroke:var(--_pattern);stroke-width:2}
.swatch{display:inline-block;flex:none;inline-size:1.125em;block-size:1.125em;vertical-align:top;margin-block:calc((1lh - 1.125em)/2);forced-color-adjust:none}
.centre-value{fill:var(--_text,currentColor);font-size:22px;font-weight:700}
.centre-caption{fill:var(--_muted);font-size:14px}
.legend{display:flex;flex-wrap:wrap;gap:.375em 1.25em;margin:0;padding:0;list-style:none}
.chart-donut .legend{flex-direction:column}
.legend li{display:flex;gap:.4em;align-items:flex-start}
.legend .swatch{margin-block:.2em 0}
.legend-text{flex:1 1 auto;min-inline-size:0}
.legend-text>*+*{margin-inline-start:.35em}
.legend-value{font-weight:600;font-variant-numeric:tabular-nums}
.legend-share{color:var(--_muted);font-variant-numeric:tabular-nums}
.tag{padding:0 .35em;border:1px solid currentColor;border-radius:.25em;font-size:.8125em}
.notes{margin:0 0 1em;padding:.5em .75em;border-inline-start:.25em solid var(--_accent);background:var(--_raised);list-style:none;font-size:.9375em}
.note+.note{margin-block-start:.375em}
.note-warning,.note-error{color:var(--_warning)}
.derived{margin-block-end:1em}
.derived .heading{font-size:1em}
.derived dl{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,14em),1fr));gap:.5em 1em;margin:0}
.derived-rate{padding:.375em .625em;border:1px solid var(--_border);border-radius:var(--rol-radius,.375em)}
.derived dt{color:var(--_muted);font-size:.9375em}
.derived dd{margin:0}
.operands{color:var(--_muted);font-size:.875em;line-height:1lh}
.table-scroll{overflow-x:auto}
table{inline-size:100%;border-collapse:collapse;font-variant-numeric:tabular-nums}
caption{padding-block-end:.375em;text-align:start;font-weight:600}
th,td{padding:.375em .5em;border-block-end:1px solid var(--_border);text-align:start;vertical-align:top}
thead th{border-block-end-width:2px;color:var(--_muted);font-weight:600}
tbody th{min-inline-size:5.5em;font-weight:400}
@container (max-width:24em){th,td{padding:.3em .2em}tbody th{min-inline-size:4.5em}.num{white-space:normal}}
tfoot th,tfoot td{font-weight:600}
.num{text-align:end;white-space:nowrap}
details summary{cursor:pointer;color:var(--_accent);min-block-size:2.75em;display:flex;align-items:center}
.source{margin-block-start:.75em;font-size:.875em}
@media (forced-colors:active){.shape{stroke:Canvas}.s1,.s2,.s3,.s4,.s5,.s6,.s7,.s8{fill:CanvasText}.rest{fill:Canvas;stroke:CanvasText}.ink{fill:Canvas}.ink-line{stroke:Canvas}}
@media print{.shape,.mark,.swatch{print-color-adjust:exact;-webkit-print-color-adjust:exact}.hit{display:none}}
`;
