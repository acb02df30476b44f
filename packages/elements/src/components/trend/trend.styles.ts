import { css } from 'lit';

/**
 * The trend chart's own rules: the panel, the small multiples (one per unit) side by side when there is
 * room, axes, series colours with a marker shape and dash per series (lines) or a pattern per series
 * (bars), hollow marks for qualified figures, focus rings, legend, notes and table. The panel, heading,
 * states and source line start from the base styles.
 */
export const trendStyles = css`
.trend{container-type:inline-size;margin:0;padding:var(--rol-panel-padding,1em);border:1px solid var(--_border);border-radius:var(--rol-radius,.375em);background:var(--_surface)}
.defs{position:absolute;inline-size:0;block-size:0;overflow:hidden}
.charts{display:grid;gap:1em 1.5em;margin-block-end:.75em}
@container (min-width:44em){.charts-several{grid-template-columns:repeat(auto-fit,minmax(20em,1fr))}}
.plot{min-inline-size:0;forced-color-adjust:none}
.unit{margin:0 0 .25em;color:var(--_muted);font-size:.875em}
.plot-area{position:relative}
.plot-area svg{display:block;inline-size:100%;block-size:auto;overflow:visible}
.plot-area .hit{position:absolute;inset:0;block-size:100%}
.grid{stroke:var(--_border);stroke-width:1;stroke-dasharray:2 3}
.baseline{stroke:var(--_muted);stroke-width:1.5}
.tick{fill:var(--_muted);font-size:.8125em;font-variant-numeric:tabular-nums}
.c1{--_c:var(--_s1)}.c2{--_c:var(--_s2)}.c3{--_c:var(--_s3)}.c4{--_c:var(--_s4)}.c5{--_c:var(--_s5)}.c6{--_c:var(--_s6)}.c7{--_c:var(--_s7)}.c8{--_c:var(--_s8)}
.line{fill:none;stroke:var(--_c);stroke-width:2.5;stroke-linejoin:round;stroke-linecap:round}
.d2 .line{stroke-dasharray:7 4}.d3 .line{stroke-dasharray:2 4}.d4 .line{stroke-dasharray:10 3 2 3}
.marker{fill:var(--_c);stroke:var(--_surface);stroke-width:1.5}
.marker.hollow{fill:var(--_surface);stroke:var(--_c);stroke-width:2}
.bar{fill:var(--_c);stroke:var(--_c);stroke-width:1}
.bar.hollow{fill:var(--_surface);stroke-width:2;stroke-dasharray:4 2}
.mark{pointer-events:none}
.ink{fill:var(--_pattern)}
.ink-line{stroke:var(--_pattern);stroke-width:2}
.qualifier{fill:var(--_text);font-size:.875em;font-weight:700}
.gap{fill:var(--_muted);font-size:.75em}
.point{outline:none;cursor:pointer}
.target{fill:transparent;stroke:none}
.point:hover .target{fill:rgb(127 127 127/.12)}
.point:focus-visible .target{stroke:var(--_focus);stroke-width:3}
.legend{display:flex;flex-wrap:wrap;gap:.375em 1.25em;margin:0 0 .75em;padding:0;list-style:none}
.legend li{display:flex;gap:.4em;align-items:center}
.swatch{display:inline-block;flex:none;inline-size:1.125em;block-size:1.125em;forced-color-adjust:none}
.swatch-line{inline-size:2.25em}
.notes{margin:0 0 1em;padding:.5em .75em .5em 1.75em;border-inline-start:.25em solid var(--_accent);background:var(--_raised);font-size:.9375em}
.notes li+li{margin-block-start:.25em}
.table-scroll{overflow-x:auto}
table{inline-size:100%;border-collapse:collapse;font-variant-numeric:tabular-nums}
caption{padding-block-end:.375em;text-align:start;font-weight:600}
th,td{padding:.375em .5em;border-block-end:1px solid var(--_border);text-align:start;vertical-align:top}
thead th{min-inline-size:6em;border-block-end-width:2px;color:var(--_muted);font-weight:600}
tbody th{font-weight:400;white-space:nowrap}
.num{text-align:end;white-space:nowrap}
.no-data{color:var(--_muted)}
@container (max-width:24em){th,td{padding:.3em .2em}}
details summary{cursor:pointer;color:var(--_accent);min-block-size:2.75em;display:flex;align-items:center}
.source{margin-block-start:.75em;font-size:.875em}
@media (forced-colors:active){.line{stroke:CanvasText}.marker,.bar{fill:CanvasText;stroke:Canvas}.marker.hollow,.bar.hollow{fill:Canvas;stroke:CanvasText}.ink{fill:Canvas}.ink-line{stroke:Canvas}.qualifier,.tick{fill:CanvasText}.point:focus-visible .target{stroke:Highlight}}
@media print{.trend{break-inside:avoid}.plot-area svg,.swatch{print-color-adjust:exact;-webkit-print-color-adjust:exact}.hit{display:none}}
`;
