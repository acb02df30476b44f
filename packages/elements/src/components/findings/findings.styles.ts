import { css } from 'lit';

/** The findings panel's own rules; the panel and its heading come from the base styles. */
export const findingsStyles = css`
.group+.group{margin-block-start:.75em}
.group .heading{display:flex;gap:.4em;align-items:baseline;font-size:1em}
.icon{display:inline-grid;place-items:center;inline-size:1.4em;block-size:1.4em;border:2px solid currentColor;border-radius:50%;font-size:.8em;font-weight:700;line-height:1}
.group-error .heading{color:var(--_error)}
.group-warning .heading{color:var(--_warning)}
ul{margin:0;padding-inline-start:1.25em}
li+li{margin-block-start:.375em}
.concerns{display:block;color:var(--_muted);font-size:.875em}
.empty{margin:0;color:var(--_muted)}
`;
