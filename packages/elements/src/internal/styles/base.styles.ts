import { css, unsafeCSS } from 'lit';

/**
 * Theme tokens, one a line: the internal name (`--_x`, what the styles use), the public property it reads
 * first (`--rol-color-…`, so a site can override any token on the element or any ancestor without
 * touching the theme), then its light, dark and high-contrast values. A table rather than three written-out
 * sets: the drop-in carries each name once.
 */
const TOKENS = `text text inherit #e8eaee #fff
muted text-muted #4b5260 #b7bdc8 #fff
surface surface transparent #14171c #000
raised surface-raised #f4f6f9 #1f242c #000
border border #c4cad3 #48505c #fff
accent accent #0b5cad #8ab8ff #ff0
focus focus #0b5cad #8ab8ff #ff0
warning warning #7a4100 #ffc46b #ff0
warning-surface warning-surface #fff3de #3a2a10 #000
error error #a4001d #ff9aa8 #ff8080
error-surface error-surface #fdecee #3d1219 #000
pattern pattern #ffffffd9 #000000b3 #000
track track #e3e7ed #343a44 #000
separator separator #fff #14171c #000
s1 series-1 #0b5cad #7fb2ff #ff0
s2 series-2 #c2410c #ff9d6b #0ff
s3 series-3 #047857 #5fd3a4 #ff80ff
s4 series-4 #7e22ce #c9a2ff #80ff80
s5 series-5 #a16207 #f2c94c #fff
s6 series-6 #be185d #ff8fc0 #ffb000
s7 series-7 #0e7490 #5ad1e6 #80c0ff
s8 series-8 #4b5563 #b8c0cc #ff8080`.split('\n');

/** One token set as declarations: column 2 light, 3 dark, 4 high contrast. */
const tokenSet = (column: number) =>
  unsafeCSS(
    TOKENS.map((row) => {
      const cells = row.split(' ');
      return `--_${cells[0]}:var(--rol-color-${cells[1]},${cells[column]});`;
    }).join(''),
  );

const LIGHT = /* @__PURE__ */ tokenSet(2);
const DARK = /* @__PURE__ */ tokenSet(3);
const HIGH_CONTRAST = /* @__PURE__ */ tokenSet(4);

/**
 * What every element's shadow root starts with: host defaults, a base font size that a page's reset cannot shrink
 * (what the outermost element draws is at least 16 px, the page's root size or its surroundings' size, whichever is
 * largest: `* { font-size: 12px }` leaves it at 16 px, a larger root size, `zoom` or a larger size set around it
 * still scale it; elements drawn inside another follow it), tables that take the text's font also in quirks mode
 * (where browsers give them the default size), the three token sets
 * (`theme="light|dark|high-contrast|auto"`), forced colours and print (every theme prints as the light one in
 * black on white paper: the print rule matches `:host([theme])` too, as specific as the themes' and after them); the loading, empty and error
 * states; and the boxes the parts share (figure and rate boxes, breakdown and findings panels, headings,
 * source lines). One rule a line, without spaces: the drop-in ships this text as it is written here.
 */
export const baseStyles = css`
:host{${LIGHT}display:block;box-sizing:border-box;color:var(--_text);font:inherit;line-height:var(--rol-line-height,1.5);-webkit-text-size-adjust:100%}
:host([hidden]){display:none}
:host>*{font-size:var(--_fs,max(1em,1rem,16px))}
:host>*>*{--_fs:1em}
:host([theme='dark']){${DARK}}
:host([theme='high-contrast']){${HIGH_CONTRAST}}
@media (prefers-color-scheme:dark){:host([theme='auto']){${DARK}}}
@media (prefers-contrast:more){:host([theme='auto']){${HIGH_CONTRAST}}}
:host([theme='dark']),:host([theme='high-contrast']),:host([theme='auto']){background:var(--_surface)}
*,*::before,*::after{box-sizing:inherit}
table{font:inherit}
:focus-visible{outline:.1875em solid var(--_focus);outline-offset:.125em}
@media (forced-colors:active){:host{--_text:CanvasText;--_muted:CanvasText;--_surface:Canvas;--_raised:Canvas;--_border:CanvasText;--_accent:Highlight;--_focus:Highlight;--_warning:CanvasText;--_error:CanvasText;--_pattern:Canvas;--_track:Canvas}}
@media print{:host,:host([theme]){${LIGHT}--_text:#000;--_muted:#000;--_surface:#fff;--_raised:#fff;--_border:#000;background:none!important;color:#000}}
.state{margin:0;padding:.75em 1em;border:1px solid var(--_border);border-radius:var(--rol-radius,.375em);background:var(--_raised)}
.state p{margin:0 0 .5em}
.state p:last-child{margin-bottom:0}
.state.error{border:2px solid var(--_error);border-inline-start-width:.375em;background:var(--_error-surface)}
.state.error .error-title{color:var(--_error);font-weight:700}
.state.error ul{margin:.5em 0;padding-inline-start:1.25em}
.state.error code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em;overflow-wrap:anywhere}
.state.loading{display:flex;gap:.5em;align-items:center}
.spinner{inline-size:1em;block-size:1em;border:.15em solid var(--_border);border-top-color:var(--_accent);border-radius:50%;animation:rol-spin .9s linear infinite}
@keyframes rol-spin{to{transform:rotate(1turn)}}
@media (prefers-reduced-motion:reduce){.spinner{animation:none}}
button{font:inherit;line-height:1.3;min-block-size:2.75em;padding:.5em 1.25em;border:2px solid var(--_accent);border-radius:var(--rol-radius,.375em);background:var(--_surface);color:var(--_accent);cursor:pointer}
button:hover{background:var(--_raised)}
.figure,.rate{display:flex;flex-direction:column;gap:.25em;margin:0;padding:var(--rol-figure-padding,.75em 1em);border:1px solid var(--_border);border-radius:var(--rol-radius,.375em);background:var(--_raised)}
.label{margin:0;color:var(--_muted);font-size:.9375em;overflow-wrap:anywhere}
.value{font-size:var(--rol-font-size-figure,1.75em);font-weight:700;line-height:1.3;font-variant-numeric:tabular-nums}
.breakdown,.findings{margin:0;padding:var(--rol-panel-padding,1em);border:1px solid var(--_border);border-radius:var(--rol-radius,.375em);background:var(--_surface)}
.heading{margin:0 0 .5em;font-size:1.125em;line-height:1.4}
.source{color:var(--_muted)}
.source a{color:var(--_accent)}
cite{font-style:normal}
@media print{button,.spinner{display:none}.figure,.rate,.breakdown,.findings{break-inside:avoid}}
`;
