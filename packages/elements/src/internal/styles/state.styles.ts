import { css } from 'lit';

/** Loading, empty and error states, shared by every element. */
export const stateStyles = css`
  .state {
    margin: 0;
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--rol-radius, 0.375rem);
    background: var(--_raised);
  }
  .state p {
    margin: 0 0 0.5em;
  }
  .state p:last-child {
    margin-bottom: 0;
  }
  .state.error {
    border: 2px solid var(--_error);
    border-inline-start-width: 0.375rem;
    background: var(--_error-surface);
  }
  .state.error .error-title {
    color: var(--_error);
    font-weight: 700;
  }
  .state.error ul {
    margin: 0.5em 0;
    padding-inline-start: 1.25em;
  }
  .state.error code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  .state.loading {
    display: flex;
    gap: 0.5em;
    align-items: center;
  }
  .spinner {
    inline-size: 1em;
    block-size: 1em;
    border: 0.15em solid var(--_border);
    border-top-color: var(--_accent);
    border-radius: 50%;
    animation: rol-spin 0.9s linear infinite;
  }
  @keyframes rol-spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
  button {
    font: inherit;
    line-height: 1.3;
    min-block-size: 2.75em;
    padding: 0.5em 1.25em;
    border: 2px solid var(--_accent);
    border-radius: var(--rol-radius, 0.375rem);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
  }
  button:hover {
    background: var(--_raised);
  }
  @media print {
    button,
    .spinner {
      display: none;
    }
  }
`;
