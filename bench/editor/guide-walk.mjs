#!/usr/bin/env node
// bench/editor/guide-walk: follows the data editors' guide (docs/data-editors.md, "With the editor") on the reference
// report, in examples/editor.html (built drop-in, Chromium), with the mouse and the keyboard as a person would: paste
// the text, press 识别数据, then go down the outline — look at each item marked 待核对 and press 确认, give the
// office's id where the draft's differs (examples/hangzhoudao-2023.json is what the office wants), gather the figures
// read one by one into the breakdowns the report lists them as (改为分项统计, 添加分项 and a click on each figure, the
// parts named, the figures' own indicators deleted), delete what is not an indicator — and press 下载 JSON.
//
// It prints what the walk took (clicks, keys typed, characters read), the machine's time for it, the keystroke-level
// model's estimate of a practised person's time (keystroke-model.mjs), and where the downloaded JSON still differs
// from the finished one. It fails (exit 1) when the download does not pass parseReport or the walk cannot be done
// as the guide says. Not a person's time: nobody has been timed following the guide yet.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseReport } from '../../packages/core/dist/index.js';
import { reviewStateOf } from '../../packages/core/dist/edit.js';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { fontInstalled, open } from '../render/browser.mjs';
import { machineLine } from '../lib.mjs';
import { KEYS_PER_HAN, HAN_READ_PER_MINUTE, KeystrokeModel, OPERATORS } from './keystroke-model.mjs';
import { differences, followWalk, walkPlan } from './walk-plan.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const FONT = 'WenQuanYi Zen Hei';
const text = readFileSync(`${root}examples/hangzhoudao-2023.txt`, 'utf8');
const finished = JSON.parse(readFileSync(`${root}examples/hangzhoudao-2023.json`, 'utf8'));

console.log(`bench/editor/guide-walk — ${machineLine()}`);
const font = fontInstalled(FONT) ? FONT : undefined;
const { url, close: closeServer } = await startStaticServer({ root, gzip: true });
const browser = await open({ font });
const model = new KeystrokeModel();
const tally = { clicks: 0, typed: 0, keys: 0 };
let exitCode = 0;
try {
  const page = await browser.context.newPage();
  await page.addInitScript(() => localStorage.clear());
  await page.goto(`${url}/examples/editor.html`);
  const editor = page.locator('rule-of-law-editor');
  const settled = () => editor.evaluate((element) => element.updateComplete);
  await settled();
  const inEditor = (selector) => page.locator(`rule-of-law-editor ${selector}`);
  const click = async (selector) => {
    model.click();
    tally.clicks += 1;
    await inEditor(selector).click();
    await settled();
  };
  /** Types `value` over what field `selector` holds (a click into it, Ctrl+A, the text, Tab to leave it). */
  const typeInto = async (selector, value) => {
    await click(selector);
    model.key(2);
    await page.keyboard.press('Control+A');
    model.type(value);
    tally.typed += [...value].length;
    await page.keyboard.insertText(value);
    model.key();
    tally.keys += 1;
    await page.keyboard.press('Tab');
    await settled();
  };
  const report = () => editor.evaluate((element) => element.report);
  const select = (id) => click(`.outline button[data-id="${id}"]`);

  const started = performance.now();
  // 1. Bring in the text: click into 报告全文, paste (Ctrl+V), press 识别数据.
  await click('#paste');
  model.key(2);
  await inEditor('#paste').fill(text);
  const drafted = editor.evaluate((element) => new Promise((resolve) => element.addEventListener('rol-change', resolve, { once: true })));
  await click('button[name="read"]');
  await drafted;
  await settled();

  // 2–3. Check what was read, confirm or fix: down the outline.
  const draft = await report();
  const toCheck = draft.indicators.filter((indicator) => reviewStateOf(indicator) === 'to-check').length;
  const steps = walkPlan(draft, finished, text);
  const done = { check: 0, rename: 0, gather: 0, delete: 0, operand: 0, deletedParts: 0 };
  for (const step of steps) {
    done[step.type] += 1;
    if (step.type === 'gather') done.deletedParts += step.others.length;
  }
  await followWalk(steps, {
    select,
    press: click,
    // A field of the form: typed over, or (a list) opened and its option clicked.
    change: async (selector, value) => {
      if (!selector.includes('select[')) return typeInto(selector, value);
      model.click();
      model.click();
      tally.clicks += 2;
      await inEditor(selector).selectOption(value);
      await settled();
    },
    clickFigure: async (selector, written) => {
      model.click();
      tally.clicks += 1;
      await inEditor(selector)
        .filter({ hasText: new RegExp(`^${String(written).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })
        .click();
      await settled();
    },
    read: (sentence) => model.read(sentence),
  });
  // What is still to check (the draft's items outside the finished JSON's figures are deleted above).
  const left = (await report()).indicators.filter((indicator) => reviewStateOf(indicator) === 'to-check');
  if (left.length > 0) throw new Error(`still to check after the walk: ${left.map((indicator) => indicator.id).join(', ')}`);

  // 4. Read the checks: errors keep the preview waiting.
  const errors = await inEditor('.checks .check.error').count();
  // 5. Take it out: 下载 JSON.
  const [download] = await Promise.all([page.waitForEvent('download'), click('button[name="download-json"]')]);
  const machineSeconds = (performance.now() - started) / 1000;
  const walked = JSON.parse(readFileSync(await download.path(), 'utf8'));
  const parsed = parseReport(walked);
  if (!parsed.ok) throw new Error(`the downloaded JSON does not pass parseReport: ${JSON.stringify(parsed.issues?.slice(0, 3))}`);
  const found = differences(walked, finished);

  console.log(`Chromium ${browser.version}, ${font ? `default Han font ${font}` : 'this machine’s fonts'}`);
  console.log('');
  console.log(`Draft: ${draft.indicators.length} indicators, ${toCheck} to check. Finished JSON: ${finished.indicators.length} indicators.`);
  console.log(
    `Walk: ${done.check} items checked and confirmed, ${done.rename} ids given, ${done.gather} breakdowns gathered (${done.deletedParts} figures' own indicators deleted), ${done.delete} deleted, ${done.operand} rate operands fixed; ${errors} errors in 检查 at the end.`,
  );
  console.log(
    `Actions: ${tally.clicks} clicks, ${tally.typed} characters typed (ids and names), ${tally.keys} Tab keys; ${model.readChars} characters of the report read.`,
  );
  const minutes = model.seconds() / 60;
  const parts = Object.entries(model.counts)
    .map(([operator, count]) => `${count} ${operator} × ${OPERATORS[operator]} s`)
    .join(' + ');
  console.log(
    `Keystroke-level estimate: ${parts} + reading at ${HAN_READ_PER_MINUTE} characters a minute (Han typed at ${KEYS_PER_HAN} keys each) = ${minutes.toFixed(1)} min`,
  );
  console.log(`Machine: the walk took ${machineSeconds.toFixed(1)} s in the browser (the editor's response to every action included).`);
  console.log('');
  console.log(
    `The downloaded JSON passes parseReport; against the finished JSON (by id): ${finished.indicators.length - new Set(found.map((each) => each.id)).size} of ${finished.indicators.length} indicators the same in kind, figures, operands and part names.`,
  );
  for (const each of found) console.log(`  ${each.id}: ${each.what}`);
  await page.close();
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await browser.context.close();
  await browser.close();
  await closeServer();
}
process.exit(exitCode);
