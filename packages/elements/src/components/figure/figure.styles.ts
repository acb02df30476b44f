import { css } from 'lit';

export const figureStyles = css`
  .figure {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
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
  .value {
    margin: 0;
    font-size: var(--rol-font-size-figure, 1.75em);
    font-weight: 700;
    line-height: 1.3;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .note {
    margin: 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  @media print {
    .figure {
      break-inside: avoid;
    }
  }
`;
