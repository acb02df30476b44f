import { css, unsafeCSS } from 'lit';

/**
 * Theme token sets. Each `--_x` is what the styles use; each reads the public `--rol-x` first, so a
 * site can override any token (on the element or any ancestor) without touching the theme.
 */
const LIGHT = `
  --_text: var(--rol-color-text, inherit);
  --_muted: var(--rol-color-text-muted, #4b5260);
  --_surface: var(--rol-color-surface, transparent);
  --_raised: var(--rol-color-surface-raised, #f4f6f9);
  --_border: var(--rol-color-border, #c4cad3);
  --_accent: var(--rol-color-accent, #0b5cad);
  --_focus: var(--rol-color-focus, #0b5cad);
  --_warning: var(--rol-color-warning, #7a4100);
  --_warning-surface: var(--rol-color-warning-surface, #fff3de);
  --_error: var(--rol-color-error, #a4001d);
  --_error-surface: var(--rol-color-error-surface, #fdecee);
  --_pattern: var(--rol-color-pattern, rgb(255 255 255 / 0.85));
  --_track: var(--rol-color-track, #e3e7ed);
  --_separator: var(--rol-color-separator, #ffffff);
  --_s1: var(--rol-color-series-1, #0b5cad);
  --_s2: var(--rol-color-series-2, #c2410c);
  --_s3: var(--rol-color-series-3, #047857);
  --_s4: var(--rol-color-series-4, #7e22ce);
  --_s5: var(--rol-color-series-5, #a16207);
  --_s6: var(--rol-color-series-6, #be185d);
  --_s7: var(--rol-color-series-7, #0e7490);
  --_s8: var(--rol-color-series-8, #4b5563);
`;

const DARK = `
  --_text: var(--rol-color-text, #e8eaee);
  --_muted: var(--rol-color-text-muted, #b7bdc8);
  --_surface: var(--rol-color-surface, #14171c);
  --_raised: var(--rol-color-surface-raised, #1f242c);
  --_border: var(--rol-color-border, #48505c);
  --_accent: var(--rol-color-accent, #8ab8ff);
  --_focus: var(--rol-color-focus, #8ab8ff);
  --_warning: var(--rol-color-warning, #ffc46b);
  --_warning-surface: var(--rol-color-warning-surface, #3a2a10);
  --_error: var(--rol-color-error, #ff9aa8);
  --_error-surface: var(--rol-color-error-surface, #3d1219);
  --_pattern: var(--rol-color-pattern, rgb(0 0 0 / 0.7));
  --_track: var(--rol-color-track, #343a44);
  --_separator: var(--rol-color-separator, #14171c);
  --_s1: var(--rol-color-series-1, #7fb2ff);
  --_s2: var(--rol-color-series-2, #ff9d6b);
  --_s3: var(--rol-color-series-3, #5fd3a4);
  --_s4: var(--rol-color-series-4, #c9a2ff);
  --_s5: var(--rol-color-series-5, #f2c94c);
  --_s6: var(--rol-color-series-6, #ff8fc0);
  --_s7: var(--rol-color-series-7, #5ad1e6);
  --_s8: var(--rol-color-series-8, #b8c0cc);
`;

const HIGH_CONTRAST = `
  --_text: var(--rol-color-text, #ffffff);
  --_muted: var(--rol-color-text-muted, #ffffff);
  --_surface: var(--rol-color-surface, #000000);
  --_raised: var(--rol-color-surface-raised, #000000);
  --_border: var(--rol-color-border, #ffffff);
  --_accent: var(--rol-color-accent, #ffff00);
  --_focus: var(--rol-color-focus, #ffff00);
  --_warning: var(--rol-color-warning, #ffff00);
  --_warning-surface: var(--rol-color-warning-surface, #000000);
  --_error: var(--rol-color-error, #ff8080);
  --_error-surface: var(--rol-color-error-surface, #000000);
  --_pattern: var(--rol-color-pattern, #000000);
  --_track: var(--rol-color-track, #000000);
  --_separator: var(--rol-color-separator, #000000);
  --_s1: var(--rol-color-series-1, #ffff00);
  --_s2: var(--rol-color-series-2, #00ffff);
  --_s3: var(--rol-color-series-3, #ff80ff);
  --_s4: var(--rol-color-series-4, #80ff80);
  --_s5: var(--rol-color-series-5, #ffffff);
  --_s6: var(--rol-color-series-6, #ffb000);
  --_s7: var(--rol-color-series-7, #80c0ff);
  --_s8: var(--rol-color-series-8, #ff8080);
`;

/** Host defaults, the three token sets (`theme="light|dark|high-contrast|auto"`), forced colours and print. */
export const tokenStyles = css`
  :host {
    ${unsafeCSS(LIGHT)}
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font: inherit;
    line-height: var(--rol-line-height, 1.5);
    -webkit-text-size-adjust: 100%;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    ${unsafeCSS(DARK)}
  }
  :host([theme='high-contrast']) {
    ${unsafeCSS(HIGH_CONTRAST)}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${unsafeCSS(DARK)}
    }
  }
  @media (prefers-contrast: more) {
    :host([theme='auto']) {
      ${unsafeCSS(HIGH_CONTRAST)}
    }
  }
  :host([theme='dark']),
  :host([theme='high-contrast']),
  :host([theme='auto']) {
    background: var(--_surface);
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 0.1875rem solid var(--_focus);
    outline-offset: 0.125rem;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (forced-colors: active) {
    :host {
      --_text: CanvasText;
      --_muted: CanvasText;
      --_surface: Canvas;
      --_raised: Canvas;
      --_border: CanvasText;
      --_accent: Highlight;
      --_focus: Highlight;
      --_warning: CanvasText;
      --_error: CanvasText;
      --_pattern: Canvas;
      --_track: Canvas;
    }
  }
  @media print {
    :host {
      --_text: #000;
      --_muted: #000;
      --_surface: #fff;
      --_raised: #fff;
      --_border: #000;
      background: none !important;
      color: #000;
    }
  }
`;
