// A page of its own for a drop-in test: an iframe, waited on through the events of the report in it.
import { settled } from './dom.js';

/** A `<rule-of-law-report>` of another page: `computed` is set once it has loaded its report. */
type FrameReport = HTMLElement & { computed?: unknown };

/**
 * The `<rule-of-law-report>` of `frame` (an iframe just given its `srcdoc` and added to the document), once the
 * frame has loaded and the report has fired `rol-load` (or had loaded before the frame's `load` event: fetches do
 * not hold that event back) and drawn, its children too. Rejects when the report fires `rol-error`, or when the
 * page has no report. No time limit of its own: the test's timeout bounds it.
 *
 * @example
 * ```ts
 * frame.srcdoc = page('rule-of-law.min.js', '<rule-of-law-report src="/examples/hangzhoudao-2023.json"></rule-of-law-report>');
 * document.body.append(frame);
 * const report = await frameReport(frame);
 * includes(deepText(frame.contentDocument!.body), '1355批次');
 * ```
 */
export async function frameReport(frame: HTMLIFrameElement): Promise<FrameReport> {
  const report = await new Promise<FrameReport>((resolve, reject) => {
    frame.addEventListener(
      'load',
      () => {
        const found = frame.contentDocument?.querySelector<FrameReport>('rule-of-law-report');
        if (!found) return reject(new Error('no <rule-of-law-report> in the page'));
        if (found.computed) return resolve(found);
        found.addEventListener('rol-load', () => resolve(found), { once: true });
        found.addEventListener('rol-error', () => reject(new Error('rol-error in the page')), { once: true });
      },
      { once: true },
    );
  });
  await settled(report);
  return report;
}
