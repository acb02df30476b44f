import { css } from 'lit';

/** Series colours, marks and swatches, shared by the chart and its legend and table. */
export const chartStyles = css`
  .shape {
    stroke: var(--_separator);
    stroke-width: 2px;
    vector-effect: non-scaling-stroke;
  }
  .s1 { fill: var(--_s1); }
  .s2 { fill: var(--_s2); }
  .s3 { fill: var(--_s3); }
  .s4 { fill: var(--_s4); }
  .s5 { fill: var(--_s5); }
  .s6 { fill: var(--_s6); }
  .s7 { fill: var(--_s7); }
  .s8 { fill: var(--_s8); }
  .rest {
    fill: var(--_surface);
    stroke: var(--_muted);
    stroke-dasharray: 4 3;
  }
  .mark {
    pointer-events: none;
  }
  .ink {
    fill: var(--_pattern);
  }
  .ink-line {
    stroke: var(--_pattern);
    stroke-width: 2;
  }
  .swatch {
    flex: none;
    inline-size: 1.125em;
    block-size: 1.125em;
    vertical-align: -0.2em;
    forced-color-adjust: none;
  }
  @media (forced-colors: active) {
    .shape {
      stroke: Canvas;
    }
    .s1, .s2, .s3, .s4, .s5, .s6, .s7, .s8 {
      fill: CanvasText;
    }
    .rest {
      fill: Canvas;
      stroke: CanvasText;
    }
    .ink {
      fill: Canvas;
    }
    .ink-line {
      stroke: Canvas;
    }
  }
  @media print {
    .shape, .mark, .swatch {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;
