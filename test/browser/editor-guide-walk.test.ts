import '../../packages/elements/src/editor.js';
import { parseReport, type Report } from '@rule-of-law/core';
import { reviewStateOf } from '@rule-of-law/core/edit';
import { differences, followWalk, walkPlan } from '../../bench/editor/walk-plan.mjs';
import { deepEqual, equal, ok } from './helpers/assert.js';
import { cleanup, create } from './helpers/dom.js';

const KEY = 'rol-editor-guide-walk-test';
afterEach(() => {
  cleanup();
  localStorage.removeItem(KEY);
});

/**
 * The data editors' guide (docs/data-editors.md, "With the editor") followed on the reference report, with the
 * clicks and field changes it describes, must reach the finished JSON the examples ship
 * (examples/hangzhoudao-2023.json): the guide's promise that its walk is enough. bench/editor/guide-walk.mjs does the
 * same walk with the mouse and keyboard, to count and time it.
 */
describe('the data editors’ guide, followed in <rule-of-law-editor>', () => {
  it('goes from the reference report’s text to the finished JSON: the same ids, kinds, figures, operands and part names', async () => {
    const [text, finished] = await Promise.all([
      fetch('/examples/hangzhoudao-2023.txt').then((response) => response.text()),
      fetch('/examples/hangzhoudao-2023.json').then((response) => response.json() as Promise<Report>),
    ]);
    const editor = create('rule-of-law-editor', (element) => {
      element.storageKey = KEY;
      element.lang = 'zh-CN';
    });
    await editor.updateComplete;
    const root = editor.shadowRoot!;
    const find = <E extends HTMLElement>(selector: string): E => {
      const found = root.querySelector<E>(selector);
      ok(found, `the guide's step needs ${selector}`);
      return found;
    };
    const press = async (selector: string): Promise<void> => {
      find(selector).click();
      await editor.updateComplete;
    };
    const change = async (selector: string, value: string): Promise<void> => {
      const field = find<HTMLInputElement | HTMLSelectElement>(selector);
      field.value = value;
      field.dispatchEvent(new Event('change'));
      await editor.updateComplete;
    };
    const clickFigure = async (selector: string, written: string | undefined): Promise<void> => {
      const mark = [...root.querySelectorAll<HTMLElement>(selector)].find((each) => each.textContent === written);
      ok(mark, `a figure ${written} to click (${selector})`);
      mark.click();
      await editor.updateComplete;
    };
    const select = (id: string): Promise<void> => press(`.outline button[data-id="${id}"]`);

    // 1. Paste the text, press 识别数据.
    const drafted = new Promise((resolve) => editor.addEventListener('rol-change', resolve, { once: true }));
    find<HTMLTextAreaElement>('#paste').value = text;
    await press('button[name="read"]');
    await drafted;
    await editor.updateComplete;
    const draft = editor.report!;
    const toCheck = new Set(draft.indicators.filter((indicator) => reviewStateOf(indicator) === 'to-check').map((indicator) => indicator.id));
    ok(toCheck.size > 0, 'the draft has items to check');

    // 2–3. Down the outline: check and confirm, give ids, gather breakdowns, delete, fix rates' operands.
    const steps = walkPlan(draft, finished, text);
    await followWalk(steps, { select, press, change, clickFigure, read: () => {} });
    ok(
      steps.some((step) => step.type === 'operand'),
      'the walk fixes a rate’s operand (the court-appearance rate counts the cases heard)',
    );

    // 4–5. Nothing left to check, no errors; the report as downloaded is the finished one.
    deepEqual(
      editor.report!.indicators.filter((indicator) => reviewStateOf(indicator) === 'to-check').map((indicator) => indicator.id),
      [],
    );
    equal(root.querySelectorAll('.checks .check.error').length, 0);
    const walked = JSON.parse(JSON.stringify(editor.report)) as Report;
    ok(parseReport(walked).ok, 'the walked report passes parseReport');
    deepEqual(differences(walked, finished), []);
  });
});
