import { css } from 'lit';

export const rateStyles = css`
  .rate {
    display: flex;
    flex-direction: column;
    gap: 0.375em;
    block-size: 100%;
    margin: 0;
    padding: var(--rol-figure-padding, 0.75em 1em);
    border: 1px solid var(--_border);
    border-radius: var(--rol-radius, 0.375rem);
    background: var(--_raised);
  }
  .label {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9375em;
    overflow-wrap: anywhere;
  }
  .figures {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    align-items: baseline;
    margin: 0;
  }
  .value {
    font-size: var(--rol-font-size-figure, 1.75em);
    font-weight: 700;
    line-height: 1.3;
    font-variant-numeric: tabular-nums;
  }
  .fraction {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .implied {
    font-style: italic;
  }
  .bar {
    display: block;
    inline-size: 100%;
    block-size: var(--rol-rate-bar-height, 0.625em);
    border-radius: 999px;
    outline: 1px solid var(--_border);
    overflow: hidden;
    forced-color-adjust: none;
  }
  .track {
    fill: var(--_track);
  }
  .fill {
    fill: var(--_accent);
  }
  .mark {
    margin: 0;
    font-size: 0.875em;
  }
  .mark.mismatch {
    padding: 0.25em 0.5em;
    border-inline-start: 0.25rem solid var(--_warning);
    background: var(--_warning-surface);
    color: var(--_warning);
    font-weight: 600;
  }
  .mark.match,
  .mark.note {
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .bar {
      outline-color: CanvasText;
    }
    .track {
      fill: Canvas;
    }
    .fill {
      fill: CanvasText;
    }
  }
  @media print {
    .rate {
      break-inside: avoid;
    }
    .bar {
      outline-color: #000;
    }
    .fill {
      fill: #000;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;
