import { css } from 'lit';
import { chartStyles } from '../../internal/styles/chart.styles.js';

const ownStyles = css`
  .breakdown {
    container-type: inline-size;
    margin: 0;
    padding: var(--rol-panel-padding, 1em);
    border: 1px solid var(--_border);
    border-radius: var(--rol-radius, 0.375rem);
    background: var(--_surface);
  }
  .heading {
    margin: 0 0 0.25em;
    font-size: 1.125em;
    line-height: 1.4;
  }
  .total {
    margin: 0 0 0.75em;
  }
  .total strong {
    font-size: 1.25em;
    font-variant-numeric: tabular-nums;
  }
  .coverage {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .chart-area {
    display: grid;
    gap: 0.75em 1.5em;
    margin-block-end: 1em;
  }
  @container (min-width: 34rem) {
    .chart-donut {
      grid-template-columns: minmax(10rem, var(--rol-chart-donut-size, 15rem)) 1fr;
      align-items: center;
    }
  }
  .plot {
    position: relative;
    forced-color-adjust: none;
  }
  .plot-donut {
    max-inline-size: var(--rol-chart-donut-size, 15rem);
    inline-size: 100%;
    justify-self: center;
  }
  .plot svg {
    display: block;
    inline-size: 100%;
    block-size: auto;
    overflow: visible;
  }
  .plot .hit {
    position: absolute;
    inset: 0;
    block-size: 100%;
  }
  .target {
    fill: transparent;
    cursor: pointer;
    outline: none;
  }
  .target:hover {
    fill: rgb(255 255 255 / 0.18);
  }
  .target:focus-visible {
    stroke: var(--_focus);
    stroke-width: 4px;
    vector-effect: non-scaling-stroke;
  }
  .centre-value {
    fill: var(--_text, currentColor);
    font-size: 22px;
    font-weight: 700;
  }
  .centre-caption {
    fill: var(--_muted);
    font-size: 14px;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em 1.25em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chart-donut .legend {
    flex-direction: column;
  }
  .legend li {
    display: flex;
    gap: 0.4em;
    align-items: flex-start;
  }
  .legend .swatch {
    margin-block-start: 0.2em;
  }
  .legend-text {
    flex: 1 1 auto;
    min-inline-size: 0;
  }
  .legend-text > * + * {
    margin-inline-start: 0.35em;
  }
  .legend-value {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .legend-share {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .tag {
    padding: 0 0.35em;
    border: 1px solid currentColor;
    border-radius: 0.25em;
    font-size: 0.8125em;
  }
  .notes {
    margin: 0 0 1em;
    padding: 0.5em 0.75em;
    border-inline-start: 0.25rem solid var(--_accent);
    background: var(--_raised);
    list-style: none;
    font-size: 0.9375em;
  }
  .note + .note {
    margin-block-start: 0.375em;
  }
  .note-warning,
  .note-error {
    color: var(--_warning);
  }
  .derived {
    margin-block-end: 1em;
  }
  .derived .heading {
    font-size: 1em;
  }
  .derived dl {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    gap: 0.5em 1em;
    margin: 0;
  }
  .derived-rate {
    padding: 0.375em 0.625em;
    border: 1px solid var(--_border);
    border-radius: var(--rol-radius, 0.375rem);
  }
  .derived dt {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .derived dd {
    margin: 0;
  }
  .operands {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .table-scroll {
    overflow-x: auto;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  caption {
    padding-block-end: 0.375em;
    text-align: start;
    font-weight: 600;
  }
  th,
  td {
    padding: 0.375em 0.5em;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    border-block-end-width: 2px;
    color: var(--_muted);
    font-weight: 600;
  }
  tbody th {
    min-inline-size: 5.5em;
    font-weight: 400;
  }
  @container (max-width: 24rem) {
    th,
    td {
      padding: 0.3em 0.2em;
    }
    tbody th {
      min-inline-size: 4.5em;
    }
    .num {
      white-space: normal;
    }
  }
  tfoot th,
  tfoot td {
    font-weight: 600;
  }
  .num {
    text-align: end;
    white-space: nowrap;
  }
  details summary {
    cursor: pointer;
    color: var(--_accent);
    min-block-size: 2.75em;
    display: flex;
    align-items: center;
  }
  .source {
    margin-block-start: 0.75em;
    color: var(--_muted);
    font-size: 0.875em;
  }
  cite {
    font-style: normal;
  }
  .source a {
    color: var(--_accent);
  }
  @media print {
    .breakdown {
      break-inside: avoid;
    }
    .hit {
      display: none;
    }
  }
`;

export const breakdownStyles = [chartStyles, ownStyles];
