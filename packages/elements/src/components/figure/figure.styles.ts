import { css } from 'lit';

/** The figure's own rules; its box, label and value come from the base styles. */
export const figureStyles = css`
:host{display:grid}
.value{margin:0;overflow-wrap:anywhere}
.note{margin:0;font-size:.875em;color:var(--_muted)}
`;
