import { setViewport } from '@web/test-runner-commands';
import '../../packages/elements/src/editor.js';
import '../../packages/elements/src/locales/zh-Hant.js';
import { CODELISTS, parseReport, STANDARD_INDICATORS, type Report } from '@rule-of-law/core';
import { figurePlaces, referencesTo, reviewStateOf } from '@rule-of-law/core/edit';
import { draftReport } from '@rule-of-law/core/extract';
import type { RuleOfLawEditor } from '../../packages/elements/src/editor.js';
import { deepEqual, equal, includes, ok } from './helpers/assert.js';
import { expectAccessible } from './helpers/axe.js';
import { cleanup, create } from './helpers/dom.js';
import { until } from './helpers/wait.js';
import { outline, staticHtml } from './helpers/static-markup.js';

const usedKeys: string[] = [];
afterEach(() => {
  cleanup();
  for (const key of usedKeys.splice(0)) localStorage.removeItem(key);
});

/** A storage key of this test's own, removed after it. */
function freshKey(): string {
  const key = `rol-editor-test-${Date.now()}-${usedKeys.length}`;
  usedKeys.push(key);
  return key;
}

/** The session the editor keeps in IndexedDB under `key` (see session-store.ts), read as a page script would. */
async function indexedDbSession(key: string): Promise<string | undefined> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('rule-of-law-editor', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('sessions');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    return await new Promise<string | undefined>((resolve, reject) => {
      const request = db.transaction('sessions').objectStore('sessions').get(key);
      request.onsuccess = () => resolve(request.result as string | undefined);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

async function referenceText(): Promise<string> {
  return (await fetch('/examples/hangzhoudao-2023.txt')).text();
}

const root = (editor: RuleOfLawEditor): ShadowRoot => editor.shadowRoot!;
const query = <E extends Element = HTMLElement>(editor: RuleOfLawEditor, selector: string): E => {
  const found = root(editor).querySelector<E>(selector);
  ok(found, `no ${selector}`);
  return found;
};

async function editorWithText(text: string, key = freshKey()): Promise<RuleOfLawEditor> {
  const editor = create('rule-of-law-editor', (element) => {
    element.storageKey = key;
    element.lang = 'zh-CN';
  });
  await editor.updateComplete;
  await pasteAndRead(editor, text);
  return editor;
}

/** Pastes `text` and presses the read button, as a person would; settles once the draft is drawn (rol-change). */
async function pasteAndRead(editor: RuleOfLawEditor, text: string): Promise<void> {
  const drafted = new Promise((resolve) => editor.addEventListener('rol-change', resolve, { once: true }));
  query<HTMLTextAreaElement>(editor, '#paste').value = text;
  query(editor, 'button[name="read"]').click();
  await drafted;
  await editor.updateComplete;
}

/** The reference report's body repeated until the text is `chars` long: a long text with many figures. */
async function longText(chars: number): Promise<string> {
  const reference = await referenceText();
  const body = reference.slice(reference.indexOf('一、'));
  let text = reference;
  while (text.length < chars) text += `\n${body}`;
  return text;
}

/** The built drafting worker (npm test builds before the browser tests). */
const WORKER = '/packages/elements/dist/rule-of-law-editor-worker.min.js';

/** A new editor whose drafting worker is `workerSrc`, given `text` to read as a person would; with the Workers made meanwhile. */
async function readWithWorker(workerSrc: string, text: string): Promise<{ made: string[]; result: RuleOfLawEditor }> {
  return workersDuring(async () => {
    const editor = create('rule-of-law-editor', (element) => {
      element.storageKey = freshKey();
      element.lang = 'zh-CN';
      element.workerSrc = workerSrc;
    });
    await editor.updateComplete;
    await pasteAndRead(editor, text);
    return editor;
  });
}

/** Records the Workers the page makes (their URLs) and the ones ended, while `during` runs. */
async function workersDuring<T>(during: () => Promise<T>): Promise<{ made: string[]; ended: number; result: T }> {
  const made: string[] = [];
  let ended = 0;
  const Original = window.Worker;
  window.Worker = class extends Original {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      made.push(String(url));
    }
    override terminate(): void {
      ended += 1;
      super.terminate();
    }
  };
  try {
    const result = await during();
    return { made, ended, result };
  } finally {
    window.Worker = Original;
  }
}

/** Clicks what `selector` finds in the editor, as a person would, and waits for the editor to draw the outcome. */
async function press(editor: RuleOfLawEditor, selector: string): Promise<void> {
  query(editor, selector).click();
  await editor.updateComplete;
}

/** Gives the form's field `selector` a new value, as a person would (the value, then `change`), and waits for the editor. */
async function setField(editor: RuleOfLawEditor, selector: string, value: string): Promise<void> {
  const field = query<HTMLInputElement | HTMLSelectElement>(editor, selector);
  field.value = value;
  field.dispatchEvent(new Event('change'));
  await editor.updateComplete;
}

/** Selects the outline's first indicator and accepts it, as a person would. */
async function acceptFirst(editor: RuleOfLawEditor): Promise<void> {
  query(editor, '.outline button.item').click();
  await editor.updateComplete;
  query(editor, '.detail button[name="accept"]').click();
  await editor.updateComplete;
}

/** Whether the page would ask before closing (a `beforeunload` the editor cancels). */
function leavingIsQuestioned(): boolean {
  const leaving = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(leaving);
  return leaving.defaultPrevented;
}

/** The files the editor hands the browser to save when its button `name` is pressed (the object URLs' blobs). */
function downloadsOf(editor: RuleOfLawEditor, name: string): Blob[] {
  const blobs: Blob[] = [];
  const createObjectURL = URL.createObjectURL;
  URL.createObjectURL = (blob: Blob | MediaSource) => (blobs.push(blob as Blob), createObjectURL.call(URL, blob));
  try {
    query(editor, `button[name="${name}"]`).click();
  } finally {
    URL.createObjectURL = createObjectURL;
  }
  return blobs;
}

const outlineIds = (editor: RuleOfLawEditor): string[] => [...root(editor).querySelectorAll<HTMLElement>('.outline button.item')].map((item) => item.dataset.id!);

describe('<rule-of-law-editor>', () => {
  it('drafts the pasted reference report: every indicator of the draft in the outline, every figure of it marked in the text', async () => {
    const text = await referenceText();
    const draft = draftReport(text);
    const editor = await editorWithText(text);
    deepEqual([...outlineIds(editor)].sort(), draft.indicators.map((indicator) => indicator.id).sort());
    const marked = [...root(editor).querySelectorAll<HTMLElement>('mark.source-figure[data-id]')];
    equal(new Set(marked.map((mark) => mark.dataset.id)).size, new Set(figurePlaces(draft).map((place) => place.id)).size);
    for (const mark of marked.slice(0, 20)) includes(text, mark.textContent!);
    await expectAccessible(editor, 'the editor with a draft');
  });

  it('selects an indicator from its figure in the text, and accepts it, undoably (button and Ctrl+Z)', async () => {
    const editor = await editorWithText(await referenceText());
    const report = editor.report!;
    const target = report.indicators.find(
      (indicator) => reviewStateOf(indicator) !== 'reviewed' && figurePlaces(report).some((place) => place.id === indicator.id),
    )!;
    query(editor, `mark.source-figure[data-id="${target.id}"]`).click();
    await editor.updateComplete;
    equal(query(editor, `.outline button[data-id="${target.id}"]`).getAttribute('aria-pressed'), 'true');
    equal(query<HTMLInputElement>(editor, '.detail input[name="id"]').value, target.id);
    await expectAccessible(editor, 'the editor with an indicator selected');

    query(editor, '.detail button[name="accept"]').click();
    await editor.updateComplete;
    equal(reviewStateOf(editor.report!.indicators.find((indicator) => indicator.id === target.id)!), 'reviewed');
    includes(query(editor, `.outline button[data-id="${target.id}"] .state`).textContent!, '已核对');

    query(editor, 'button[name="undo"]').click();
    await editor.updateComplete;
    equal(editor.report, report);
    query(editor, 'button[name="redo"]').click();
    await editor.updateComplete;
    equal(reviewStateOf(editor.report!.indicators.find((indicator) => indicator.id === target.id)!), 'reviewed');
    query(editor, '.outline').dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true, composed: true }));
    await editor.updateComplete;
    equal(editor.report, report);
  });

  it('is worked by keyboard: one tab stop in the text, arrows move between figures, Enter selects', async () => {
    const editor = await editorWithText(await referenceText());
    const stops = [...root(editor).querySelectorAll<HTMLElement>('.source-text mark[tabindex="0"]')];
    equal(stops.length, 1);
    stops[0]!.focus();
    stops[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    const next = root(editor).activeElement as HTMLElement;
    ok(next !== stops[0] && next.matches('mark[data-id]'), 'the next figure has the focus');
    equal(next.tabIndex, 0);
    next.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await editor.updateComplete;
    equal(query(editor, `.outline button[data-id="${next.dataset.id!}"]`).getAttribute('aria-pressed'), 'true');
  });

  it('renames a label and re-binds a rate’s numerator by clicking a figure, each announced by rol-change', async () => {
    const editor = await editorWithText(await referenceText());
    const changes: Report[] = [];
    editor.addEventListener('rol-change', (event) => changes.push((event as CustomEvent<{ report: Report }>).detail.report));
    const report = editor.report!;
    const rate = report.indicators.find((indicator) => indicator.kind === 'rate')!;
    const other = figurePlaces(report).find(
      (place) => place.id !== rate.id && place.role === 'quantity' && report.indicators.find((indicator) => indicator.id === place.id)?.kind === 'count',
    )!;

    query(editor, `.outline button[data-id="${rate.id}"]`).click();
    await editor.updateComplete;
    const label = query<HTMLInputElement>(editor, '.detail input[name="label-zh"]');
    label.value = '新的名称';
    label.dispatchEvent(new Event('change'));
    await editor.updateComplete;
    equal(editor.report!.indicators.find((indicator) => indicator.id === rate.id)!.label['zh-CN'], '新的名称');

    query(editor, '.detail button[name="bind-numerator"]').click();
    await editor.updateComplete;
    query(editor, `mark.source-figure[data-id="${other.id}"]`).click();
    await editor.updateComplete;
    const bound = editor.report!.indicators.find((indicator) => indicator.id === rate.id)!;
    ok(bound.kind === 'rate');
    deepEqual(bound.numerator, { ref: other.id });
    equal(changes.length, 2);
    equal(changes[1], editor.report);
  });

  it('binds a rate to a group of an outcome breakdown (the cases heard), and clears an operand, undoably', async () => {
    const editor = await editorWithText(await referenceText());
    const report = editor.report!;
    const outcomes = report.indicators.find((indicator) => indicator.kind === 'breakdown' && indicator.codelist === 'litigation_outcome')!;
    const totalWritten = outcomes?.kind === 'breakdown' && outcomes.total && 'written' in outcomes.total ? outcomes.total.written : undefined;
    ok(totalWritten, 'the litigation outcomes with their stated total');
    const appearance = report.indicators.find((indicator) => indicator.kind === 'rate' && indicator.label['zh-CN'].includes('出庭应诉率'))!;
    ok(appearance?.kind === 'rate' && appearance.denominator === undefined, 'the court-appearance rate, its denominator not stated before it');

    await press(editor, `.outline button[data-id="${appearance.id}"]`);
    equal(root(editor).querySelector('.detail select[name="group-denominator"]'), null, 'no group to choose before the operand is a breakdown');
    await press(editor, '.detail button[name="bind-denominator"]');
    const total = [...root(editor).querySelectorAll<HTMLElement>(`mark.source-figure[data-id="${outcomes.id}"]`)].find((mark) => mark.textContent === totalWritten)!;
    total.click();
    await editor.updateComplete;
    const denominator = (): unknown => {
      const rate = editor.report!.indicators.find((indicator) => indicator.id === appearance.id)!;
      return rate.kind === 'rate' ? rate.denominator : undefined;
    };
    deepEqual(denominator(), { ref: outcomes.id });
    const group = query<HTMLSelectElement>(editor, '.detail select[name="group-denominator"]');
    equal(group.getAttribute('aria-label'), '分母所计的分组');
    includes([...group.options].map((option) => option.text).join('、'), '已开庭');
    await setField(editor, '.detail select[name="group-denominator"]', 'heard');
    deepEqual(denominator(), { ref: outcomes.id, group: 'heard' });
    includes(query(editor, '.detail .operand:last-of-type span').textContent!, '已开庭', 'the operand names its group');
    ok(parseReport(editor.report).ok, 'the report with the group operand is valid');

    await press(editor, '.detail button[name="clear-denominator"]');
    equal(denominator(), undefined);
    equal(root(editor).querySelector('.detail button[name="clear-denominator"]'), null, 'nothing to clear once cleared');
    await press(editor, 'button[name="undo"]');
    deepEqual(denominator(), { ref: outcomes.id, group: 'heard' });
    await press(editor, 'button[name="undo"]');
    deepEqual(denominator(), { ref: outcomes.id });
  });

  it('fixes a misread value and its exactness, keeping the figure as written', async () => {
    const editor = await editorWithText(await referenceText());
    const count = editor.report!.indicators.find((indicator) => indicator.kind === 'count')!;
    ok(count.kind === 'count');
    query(editor, `.outline button[data-id="${count.id}"]`).click();
    await editor.updateComplete;
    const value = query<HTMLInputElement>(editor, '.detail input[name="value"]');
    value.value = String(count.quantity.value + 1);
    value.dispatchEvent(new Event('change'));
    await editor.updateComplete;
    const qualifier = query<HTMLSelectElement>(editor, '.detail select[name="qualifier"]');
    qualifier.value = 'at_least';
    qualifier.dispatchEvent(new Event('change'));
    await editor.updateComplete;
    const fixed = editor.report!.indicators.find((indicator) => indicator.id === count.id)!;
    ok(fixed.kind === 'count');
    deepEqual([fixed.quantity.value, fixed.quantity.qualifier, fixed.quantity.written], [count.quantity.value + 1, 'at_least', count.quantity.written]);
  });

  it('makes an indicator of a figure no indicator holds (after one was deleted), and binds such a figure as a rate’s inline operand', async () => {
    const editor = await editorWithText(await referenceText());
    /** Deletes a count no other indicator refers to, through the form: its figure is then one no indicator holds. */
    const freeAFigure = async (): Promise<string> => {
      const report = editor.report!;
      const free = report.indicators.find((indicator) => indicator.kind === 'count' && referencesTo(report, indicator.id).length === 0)!;
      query(editor, `.outline button[data-id="${free.id}"]`).click();
      await editor.updateComplete;
      query(editor, '.detail button[name="delete"]').click();
      await editor.updateComplete;
      ok(!editor.report!.indicators.some((indicator) => indicator.id === free.id), 'deleted');
      return free.kind === 'count' ? free.quantity.written : '';
    };
    const written = await freeAFigure();
    const unused = query(editor, `mark.unbound[data-written="${written}"]`);
    const ids = new Set(editor.report!.indicators.map((indicator) => indicator.id));
    unused.click();
    await editor.updateComplete;
    const added = editor.report!.indicators.find((indicator) => !ids.has(indicator.id));
    ok(added && added.kind === 'count' && added.quantity.written === written, 'the new indicator holds the figure as written');
    equal(query(editor, `.outline button[data-id="${added.id}"]`).getAttribute('aria-pressed'), 'true');
    ok(parseReport(editor.report).ok, 'the report with the new indicator is valid');

    const another = await freeAFigure();
    const rate = editor.report!.indicators.find((indicator) => indicator.kind === 'rate')!;
    query(editor, `.outline button[data-id="${rate.id}"]`).click();
    await editor.updateComplete;
    query(editor, '.detail button[name="bind-denominator"]').click();
    await editor.updateComplete;
    query(editor, `mark.unbound[data-written="${another}"]`).click();
    await editor.updateComplete;
    const bound = editor.report!.indicators.find((indicator) => indicator.id === rate.id)!;
    ok(bound.kind === 'rate' && bound.denominator && 'quantity' in bound.denominator, 'an inline denominator');
    equal(bound.denominator.quantity.written, another);
  });

  it('gives an indicator a codebook id, every reference following, and refuses a malformed one with the reason', async () => {
    const editor = await editorWithText(await referenceText());
    const report = editor.report!;
    const referred = report.indicators.find((indicator) => referencesTo(report, indicator.id).length > 0)!;
    const referrers = referencesTo(report, referred.id).map((reference) => reference.from);
    const options = [...root(editor).querySelectorAll<HTMLOptionElement>('#codebook-ids option')];
    equal(options.length, 0, 'the list is in the form, drawn once an indicator is selected');
    query(editor, `.outline button[data-id="${referred.id}"]`).click();
    await editor.updateComplete;
    const ids = [...root(editor).querySelectorAll<HTMLOptionElement>('#codebook-ids option')].map((option) => option.value);
    equal(ids.length, STANDARD_INDICATORS.length);
    const free = STANDARD_INDICATORS.find((entry) => !report.indicators.some((indicator) => indicator.id === entry.id))!;
    const field = query<HTMLInputElement>(editor, '.detail input[name="id"]');
    field.value = free.id;
    field.dispatchEvent(new Event('change'));
    await editor.updateComplete;
    ok(
      editor.report!.indicators.some((indicator) => indicator.id === free.id),
      'renamed',
    );
    for (const from of referrers)
      deepEqual(
        referencesTo(editor.report!, free.id).some((reference) => reference.from === from),
        true,
      );
    equal(query(editor, `.outline button[data-id="${free.id}"]`).getAttribute('aria-pressed'), 'true');

    const renamed = editor.report;
    const again = query<HTMLInputElement>(editor, '.detail input[name="id"]');
    again.value = 'Not An Id';
    again.dispatchEvent(new Event('change'));
    await editor.updateComplete;
    equal(editor.report, renamed);
    ok(root(editor).querySelector('.notice[role="alert"]'), 'the reason is shown');
  });

  it('edits a breakdown: a part’s category from its codelist, a part removed, the codelist left (parts keep their names)', async () => {
    const editor = await editorWithText(await referenceText());
    const breakdown = editor.report!.indicators.find(
      (indicator) => indicator.kind === 'breakdown' && indicator.codelist !== undefined && indicator.parts.length > 1,
    )!;
    ok(breakdown.kind === 'breakdown' && breakdown.codelist);
    query(editor, `.outline button[data-id="${breakdown.id}"]`).click();
    await editor.updateComplete;
    const categories = CODELISTS[breakdown.codelist].categories.map((category) => category.code);
    const unused = categories.find((code) => !breakdown.parts.some((part) => part.category === code))!;
    const select = query<HTMLSelectElement>(editor, '.detail select[name="category-0"]');
    select.value = unused;
    select.dispatchEvent(new Event('change'));
    await editor.updateComplete;
    const recategorised = editor.report!.indicators.find((indicator) => indicator.id === breakdown.id)!;
    ok(recategorised.kind === 'breakdown');
    equal(recategorised.parts[0]!.category, unused);

    query(editor, '.detail button[name="remove-part-1"]').click();
    await editor.updateComplete;
    const fewer = editor.report!.indicators.find((indicator) => indicator.id === breakdown.id)!;
    ok(fewer.kind === 'breakdown');
    equal(fewer.parts.length, breakdown.parts.length - 1);

    const codelist = query<HTMLSelectElement>(editor, '.detail select[name="codelist"]');
    codelist.value = '';
    codelist.dispatchEvent(new Event('change'));
    await editor.updateComplete;
    const free = editor.report!.indicators.find((indicator) => indicator.id === breakdown.id)!;
    ok(free.kind === 'breakdown' && free.codelist === undefined);
    ok(
      free.parts.every((part) => part.label !== undefined),
      'parts that leave the codelist keep their names as labels',
    );
    ok(parseReport(editor.report).ok, 'still a valid report');
  });

  it('fixes a figure’s unit from the list of units, undoably', async () => {
    const editor = await editorWithText(await referenceText());
    const count = editor.report!.indicators.find((indicator) => indicator.kind === 'count' && indicator.quantity.unit !== '人次')!;
    ok(count.kind === 'count' && typeof count.quantity.unit === 'string', 'a count in a built-in unit');
    await press(editor, `.outline button[data-id="${count.id}"]`);
    equal(query<HTMLSelectElement>(editor, '.detail select[name="unit"]').value, count.quantity.unit);
    await setField(editor, '.detail select[name="unit"]', '人次');
    const fixed = editor.report!.indicators.find((indicator) => indicator.id === count.id)!;
    ok(fixed.kind === 'count');
    deepEqual([fixed.quantity.unit, fixed.quantity.value, fixed.quantity.written], ['人次', count.quantity.value, count.quantity.written]);
    equal(query<HTMLSelectElement>(editor, '.detail select[name="unit"]').value, '人次');
    await press(editor, 'button[name="undo"]');
    const undone = editor.report!.indicators.find((indicator) => indicator.id === count.id)!;
    ok(undone.kind === 'count');
    equal(undone.quantity.unit, count.quantity.unit);
  });

  it('adds a part to a breakdown by clicking a figure in the text, and names a free part', async () => {
    const editor = await editorWithText(await referenceText());
    const report = editor.report!;
    const breakdown = report.indicators.find((indicator) => indicator.kind === 'breakdown' && indicator.codelist)!;
    ok(breakdown.kind === 'breakdown');
    const figure = report.indicators.find((indicator) => indicator.kind === 'count' && indicator.quantity.source)!;
    ok(figure.kind === 'count');
    await press(editor, `.outline button[data-id="${breakdown.id}"]`);
    const add = query(editor, '.detail button[name="add-part"]');
    add.click();
    await editor.updateComplete;
    equal(query(editor, '.detail button[name="add-part"]').getAttribute('aria-pressed'), 'true');
    await press(editor, `mark.source-figure[data-id="${figure.id}"]`);
    const grown = editor.report!.indicators.find((indicator) => indicator.id === breakdown.id)!;
    ok(grown.kind === 'breakdown');
    equal(grown.parts.length, breakdown.parts.length + 1);
    const added = grown.parts.at(-1)!;
    deepEqual(added.quantity, figure.quantity);
    const codes = CODELISTS[breakdown.codelist!].categories.map((category) => category.code);
    equal(
      added.category,
      codes.find((code) => !breakdown.parts.some((part) => part.category === code)),
    );
    equal(editor.report!.indicators.find((indicator) => indicator.id === breakdown.id) === grown, true);
    equal(root(editor).querySelectorAll('.detail .part').length, breakdown.parts.length + 1);

    // Without a codelist the new part is a free one, named in the form.
    await setField(editor, '.detail select[name="codelist"]', '');
    await press(editor, '.detail button[name="add-part"]');
    await press(editor, `mark.source-figure[data-id="${figure.id}"]`);
    const free = editor.report!.indicators.find((indicator) => indicator.id === breakdown.id)!;
    ok(free.kind === 'breakdown');
    const last = free.parts.length - 1;
    ok(!codes.includes(free.parts[last]!.category), 'a free category');
    await setField(editor, `.detail input[name="part-label-${last}"]`, '其他方式结案');
    const named = editor.report!.indicators.find((indicator) => indicator.id === breakdown.id)!;
    ok(named.kind === 'breakdown');
    deepEqual(named.parts[last]!.label, { 'zh-CN': '其他方式结案' });
    ok(parseReport(editor.report).ok, 'the report with the new parts is valid');
  });

  it('gathers figures the draft read alone into one breakdown: the first made a breakdown, the next added by clicking it, its count deleted', async () => {
    const editor = await editorWithText(await referenceText());
    const select = async (id: string): Promise<void> => {
      await press(editor, `.outline button[data-id="${id}"]`);
    };
    const [first, second] = ['enforcement.ordinary_penalties', 'enforcement.summary_penalties'].map((id) =>
      editor.report!.indicators.find((each) => each.id === id)!,
    );
    ok(first?.kind === 'count' && second?.kind === 'count', 'two counts read alone');
    await select(first.id);
    await press(editor, '.detail button[name="make-breakdown"]');
    await press(editor, '.detail button[name="add-part"]');
    await press(editor, `mark.source-figure[data-id="${second.id}"]`);
    await select(second.id);
    await press(editor, '.detail button[name="delete"]');
    const gathered = editor.report!.indicators.find((each) => each.id === first.id)!;
    ok(gathered.kind === 'breakdown');
    deepEqual(
      gathered.parts.map((part) => part.quantity.written),
      [first.quantity.written, second.quantity.written],
    );
    ok(!editor.report!.indicators.some((each) => each.id === second.id), 'the second figure is a part now, not an indicator of its own');
    ok(parseReport(editor.report).ok, 'the report is valid');
    // Three steps, each undoable.
    for (let step = 0; step < 3; step++) await press(editor, 'button[name="undo"]');
    deepEqual(
      editor.report!.indicators.find((each) => each.id === first.id),
      first,
    );
  });

  it('drafts a long text in a Worker, and shows the same draft as drafting it on the page', async () => {
    const text = await longText(120_000);
    const { made, result: editor } = await readWithWorker(WORKER, text);
    deepEqual(made, [WORKER]);
    const draft = draftReport(text);
    deepEqual([...outlineIds(editor)].sort(), draft.indicators.map((indicator) => indicator.id).sort());
    deepEqual(editor.report, draft);
  });

  it('drafts a long text on the page when its worker cannot be loaded (the script missing), with the same draft', async () => {
    const text = await longText(120_000);
    const missing = '/missing/rule-of-law-editor-worker.min.js';
    const { made, result: editor } = await readWithWorker(missing, text);
    deepEqual(made, [missing]);
    deepEqual(editor.report, draftReport(text));
    equal(root(editor).querySelector('.notice'), null);
  });

  it('stops reading a long text on request: the worker ended, nothing drafted, the intake as it was', async () => {
    const editor = create('rule-of-law-editor', (element) => {
      element.storageKey = freshKey();
      element.lang = 'zh-CN';
      element.workerSrc = WORKER;
    });
    await editor.updateComplete;
    const text = await longText(400_000);
    const { made, ended } = await workersDuring(async () => {
      query<HTMLTextAreaElement>(editor, '#paste').value = text;
      query(editor, 'button[name="read"]').click();
      await editor.updateComplete;
      ok(query<HTMLButtonElement>(editor, 'button[name="read"]').disabled, 'no second reading while one is under way');
      includes(query(editor, '.notice').textContent!, '正在识别');
      // A second reading (through the method) ends the first; stopped in turn, it settles.
      const second = editor.readText(text);
      await editor.updateComplete;
      query(editor, 'button[name="cancel-read"]').click();
      await second;
      await editor.updateComplete;
    });
    equal(made.length, 2);
    equal(ended, 2);
    equal(editor.report, undefined);
    equal(root(editor).querySelector('.notice'), null);
    equal(root(editor).querySelector('button[name="cancel-read"]'), null);
    equal(query<HTMLTextAreaElement>(editor, '#paste').value, text);
  });

  it('refuses a text that drafts to more indicators than a report can have, and keeps the work already done', async () => {
    const editor = await editorWithText(await referenceText());
    await acceptFirst(editor);
    const before = editor.report;
    editor.workerSrc = WORKER;
    await editor.open(new File([await longText(500_000)], 'yearbook.txt', { type: 'text/plain' }));
    equal(editor.report, before);
    const notice = query(editor, '.notice.error');
    equal(notice.getAttribute('role'), 'alert');
    includes(notice.textContent!, '多于一份年度报告可能有的');
    includes(notice.textContent!, '之前的工作保持不变');
  });

  it('downloads JSON that passes parseReport and equals the report as edited', async () => {
    const editor = await editorWithText(await referenceText());
    await acceptFirst(editor);
    const blobs = downloadsOf(editor, 'download-json');
    equal(blobs.length, 1);
    const downloaded = JSON.parse(await blobs[0]!.text()) as unknown;
    ok(parseReport(downloaded).ok, 'the downloaded JSON is a valid report');
    deepEqual(downloaded, editor.report);
  });

  it('downloads the static HTML: the same tree as renderReportHTML draws in Node for the report as edited', async () => {
    const editor = await editorWithText(await referenceText());
    await acceptFirst(editor);
    const blobs = downloadsOf(editor, 'download-html');
    equal(blobs.length, 1);
    const parse = (markup: string): Element => new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html').body.firstElementChild!;
    const downloaded = parse(await blobs[0]!.text());
    const node = parse(await staticHtml('render-static', editor.report, { lang: 'zh-CN' }));
    ok(downloaded.hasAttribute('data-rol-static'), 'the static copy’s box');
    deepEqual(outline(downloaded), outline(node));
    equal(downloaded.querySelectorAll('script, style, [style]').length, 0);
  });

  it('restores the work after a reload (a new editor with the same storage key), undo included', async () => {
    const key = freshKey();
    const first = await editorWithText(await referenceText(), key);
    await acceptFirst(first);
    const edited = first.report;
    first.remove();

    const second = create('rule-of-law-editor', (element) => {
      element.storageKey = key;
      element.lang = 'en';
    });
    await second.updateComplete;
    deepEqual(second.report, edited);
    includes(query(second, '.notice').textContent!, 'Restored');
    equal(query<HTMLButtonElement>(second, 'button[name="undo"]').disabled, false);
    await expectAccessible(second, 'the restored editor in English');
  });

  it('keeps work too large for local storage in IndexedDB, undo included: restored after a reload, forgotten on starting over', async () => {
    const key = freshKey();
    const { setItem } = Storage.prototype;
    // Local storage as good as full (what a long report's text with its history meets): only short values fit.
    Storage.prototype.setItem = function (this: Storage, name: string, value: string): void {
      if (value.length > 100) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, name, value);
    };
    try {
      const first = await editorWithText(await referenceText(), key);
      await acceptFirst(first);
      await until(first.shadowRoot!, () => !first.unsaved);
      includes(query(first, '.save').textContent!, '已自动保存');
      const edited = first.report;
      ok(localStorage.getItem(key)!.length <= 100, 'local storage holds only a mark');
      ok((await indexedDbSession(key))!.includes(edited!.title), 'IndexedDB holds the work');
      first.remove();

      const second = create('rule-of-law-editor', (element) => {
        element.storageKey = key;
        element.lang = 'en';
      });
      await until(second.shadowRoot!, () => second.report !== undefined);
      deepEqual(second.report, edited);
      includes(query(second, '.notice').textContent!, 'Restored');
      equal(query<HTMLButtonElement>(second, 'button[name="undo"]').disabled, false, 'with its undo');

      const confirm = window.confirm;
      window.confirm = () => true;
      try {
        await press(second, 'button[name="start-over"]');
      } finally {
        window.confirm = confirm;
      }
      equal(second.report, undefined);
      equal(localStorage.getItem(key), null);
      // IndexedDB runs transactions in the order they were made: the editor's delete comes before this read.
      equal(await indexedDbSession(key), undefined, 'and IndexedDB forgets it');
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('asks before the page is closed while changes are saved nowhere (no storage key), and not once they are saved', async () => {
    const unsaved = await editorWithText(await referenceText(), '');
    await acceptFirst(unsaved);
    equal(unsaved.unsaved, true);
    equal(leavingIsQuestioned(), true);
    unsaved.remove();

    const saved = await editorWithText(await referenceText());
    await acceptFirst(saved);
    equal(saved.unsaved, false);
    equal(leavingIsQuestioned(), false);
  });

  it('refuses a JSON of the wrong shape with a message, and keeps the work already done', async () => {
    const editor = await editorWithText(await referenceText());
    const before = editor.report;
    await editor.open(new File([JSON.stringify({ schemaVersion: 1, title: 5 })], 'wrong.json', { type: 'application/json' }));
    await editor.updateComplete;
    equal(editor.report, before);
    const alert = query(editor, '.notice[role="alert"]');
    includes(alert.textContent!, '不是报告');
  });

  it('reviews without editing on a phone-sized screen (and with review-only): the indicator as text, no form, no undo', async () => {
    await setViewport({ width: 390, height: 844 });
    try {
      const editor = await editorWithText(await referenceText());
      const report = editor.report!;
      query(editor, 'mark.source-figure[data-id]').click();
      await editor.updateComplete;
      ok(root(editor).querySelector('.review'), 'the review list');
      equal(root(editor).querySelectorAll('.detail, button[name="undo"], button[name="start-over"]').length, 0);
      root(editor)
        .querySelector<HTMLElement>('.outline')!
        .dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true, composed: true }));
      await editor.updateComplete;
      equal(editor.report, report);
      await expectAccessible(editor, 'reviewing on a phone');
    } finally {
      await setViewport({ width: 1280, height: 900 });
    }
    const wide = await editorWithText(await referenceText());
    wide.reviewOnly = true;
    await wide.updateComplete;
    query(wide, '.outline button.item').click();
    await wide.updateComplete;
    ok(root(wide).querySelector('.review') && !root(wide).querySelector('.detail'), 'review-only on a wide screen');
  });

  it('says so, and keeps the work, when a binary file or a text without figures is opened', async () => {
    const editor = await editorWithText(await referenceText());
    const before = editor.report;
    await editor.open(new File([new Uint8Array([0, 159, 146, 150, 0, 1, 2, 3, 0, 0, 255, 254, 0])], 'scan.pdf'));
    equal(editor.report, before);
    includes(query(editor, '.notice[role="alert"]').textContent!, '不是文本');

    await editor.open(new File(['本年度我街道继续推进法治政府建设，取得了良好成效。'], 'notes.txt', { type: 'text/plain' }));
    equal(editor.report!.indicators.length, 0);
    includes(query(editor, '.notice[role="status"]').textContent!, '没有识别到数据');
  });

  it('shows the intake accessibly, in English too', async () => {
    const editor = create('rule-of-law-editor', (element) => {
      element.storageKey = '';
      element.lang = 'en';
    });
    await editor.updateComplete;
    includes(query(editor, 'h2').textContent!, 'Annual report data editor');
    await expectAccessible(editor, 'the empty editor');
  });

  it('speaks 繁體中文 once the zh-Hant locale is loaded', async () => {
    const editor = create('rule-of-law-editor', (element) => {
      element.storageKey = '';
      element.lang = 'zh-Hant';
    });
    await editor.updateComplete;
    equal(query(editor, 'h2').textContent!.trim(), '年度報告數據編輯器');
    includes(query(editor, 'button[name="read"]').textContent!, '識別數據');
  });
});
