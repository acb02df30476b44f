import { css } from 'lit';

/**
 * The editor's layout: the text and the outline side by side from 1024 px, the selected item and the checks
 * beside them, the preview below; one column (reading and review) on narrow screens. Figures in the text are
 * marked by state with a pattern of border as well as colour (colour is never the only signal).
 */
export const editorStyles = css`
:host{display:block;color:var(--_text);background:var(--_surface);font:inherit;line-height:1.6}
h2{font-size:1.35em;margin:0 0 .25em}
h3{font-size:1.05em;margin:0 0 .5em}
.intro,.empty,.meta{color:var(--_muted);margin:0 0 .75em}
.toolbar{display:flex;flex-wrap:wrap;gap:.5em;align-items:center;margin-block:.75em}
button,select,input,textarea{font:inherit;color:inherit}
select,input,textarea{background:var(--_raised);border:1px solid var(--_border);border-radius:.2em}
button{border:1px solid var(--_border);background:var(--_raised);border-radius:.25em;padding:.25em .75em;cursor:pointer}
button[disabled]{opacity:.55;cursor:default}
button[aria-pressed=true]{outline:2px solid var(--_accent);outline-offset:1px}
:focus-visible{outline:3px solid var(--_focus);outline-offset:2px}
.notice{padding:.5em .75em;border-inline-start:4px solid var(--_accent);background:var(--_raised);margin-block:.5em}
.notice.error{border-color:var(--_error);background:var(--_error-surface)}
.save{color:var(--_muted);font-size:.875em}
.intake textarea{display:block;inline-size:100%;min-block-size:12em;box-sizing:border-box;margin-block:.25em .5em}
.work{display:grid;gap:1em;grid-template-columns:minmax(0,3fr) minmax(0,2fr) minmax(0,2fr);align-items:start}
.pane{border:1px solid var(--_border);border-radius:.25em;padding:.75em;min-inline-size:0}
.source{max-block-size:75vh;overflow:auto}
.source-text{white-space:pre-wrap;overflow-wrap:anywhere}
.source-figure{color:inherit;background:none;border-block-end:2px solid var(--_accent);padding:0 .05em;cursor:pointer}
.source-figure.to-check{border-block-end:2px dashed var(--_warning);background:var(--_warning-surface)}
.source-figure.reviewed{border-block-end-style:double;border-block-end-width:3px}
.source-figure.unbound{border-block-end:1px dotted var(--_muted);cursor:default}
.source-figure.selected{outline:2px solid var(--_focus);background:var(--_raised)}
.outline,.outline ul,.checks{list-style:none;margin:0;padding:0}
.outline ul{margin-block:.25em .75em}
.family{font-weight:700}
.item{display:grid;grid-template-columns:1fr auto;gap:0 .5em;inline-size:100%;text-align:start;margin-block:.15em}
.item .written{grid-row:2;color:var(--_muted)}
.item .state{grid-row:1/3;grid-column:2;align-self:center;font-size:.8em}
.item.to-check .state{color:var(--_warning);font-weight:700}
.detail label{display:block;margin-block:.4em}
.detail input,.detail select{display:block;inline-size:100%;box-sizing:border-box}
.detail label.check{display:flex;gap:.4em;align-items:center}
.detail label.check input{inline-size:auto}
.evidence{color:var(--_muted);font-size:.9em}
.evidence ul{margin:.25em 0;padding-inline-start:1.25em}
.parts{border:1px solid var(--_border);border-radius:.25em;margin:.5em 0;padding:.25em .5em}
.part{display:flex;flex-wrap:wrap;gap:.25em .5em;align-items:center;margin-block:.35em}
.part .part-name{flex:1 1 100%}
.detail .part select{display:inline-block;inline-size:auto;flex:1}
.review dt{font-weight:700;margin-block-start:.4em}
.review dd{margin:0}
.actions{display:flex;gap:.5em;margin-block-start:.75em}
.check{margin-block:.35em}
.check .severity{font-weight:700;margin-inline-end:.4em}
.check.error .severity{color:var(--_error)}
.check.warning .severity{color:var(--_warning)}
.link{border:0;background:none;padding:0;text-decoration:underline;text-align:start}
.preview{margin-block-start:1em}
textarea.snippet{inline-size:100%;box-sizing:border-box;font-family:ui-monospace,monospace;font-size:.85em}
@media (max-width:1023px){.work{grid-template-columns:minmax(0,1fr)}.source{max-block-size:none}}
`;
