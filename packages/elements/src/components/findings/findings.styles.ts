import { css } from 'lit';

export const findingsStyles = css`
  .findings {
    margin: 0;
    padding: var(--rol-panel-padding, 1em);
    border: 1px solid var(--_border);
    border-radius: var(--rol-radius, 0.375rem);
    background: var(--_surface);
  }
  .heading {
    margin: 0 0 0.5em;
    font-size: 1.125em;
    line-height: 1.4;
  }
  .group + .group {
    margin-block-start: 0.75em;
  }
  .group .heading {
    display: flex;
    gap: 0.4em;
    align-items: baseline;
    font-size: 1em;
  }
  .icon {
    display: inline-grid;
    place-items: center;
    inline-size: 1.4em;
    block-size: 1.4em;
    border: 2px solid currentColor;
    border-radius: 50%;
    font-size: 0.8em;
    font-weight: 700;
    line-height: 1;
  }
  .group-error .heading {
    color: var(--_error);
  }
  .group-warning .heading {
    color: var(--_warning);
  }
  ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  li + li {
    margin-block-start: 0.375em;
  }
  .concerns {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .empty {
    margin: 0;
    color: var(--_muted);
  }
  @media print {
    .findings {
      break-inside: avoid;
    }
  }
`;
