// The steps the data editors' guide (docs/data-editors.md, "With the editor") asks of a person for one report: what
// the draft holds against the finished JSON the office wants, as the guide's walk — look at each item marked to
// check and confirm it, give an id where the draft's is not the office's, gather figures read one by one into the
// breakdown the report lists them as, delete what is not an indicator. Draft and finished JSON are matched by where
// their figures stand in the text (source offsets), never by their ids or labels.
import { reviewStateOf } from '@rule-of-law/core/edit';

/** Where an indicator's figure stands in the text: its quantity's, its total's, or its first part's source offset. */
export function anchorOf(indicator) {
  const figure = indicator.quantity ?? indicator.total ?? indicator.parts?.[0]?.quantity;
  return figure?.source?.start;
}

/** The sentence of the text around offset `at` (between the marks that end one: 。；！？ or a line break). */
export function sentenceAt(text, at) {
  const ends = /[。；！？\n]/;
  let start = at;
  while (start > 0 && !ends.test(text[start - 1])) start -= 1;
  let end = at;
  while (end < text.length && !ends.test(text[end])) end += 1;
  return text.slice(start, end + 1).trim();
}

/**
 * The guide's walk from `draft` (what the editor read from `text`) to `finished`, in the outline's order, as steps
 * (an item is to check when the draft marked it so, `reviewStateOf`):
 * `{ type: 'check', id, sentence }` (look at an item marked to check, compare it with its sentence, confirm it);
 * `{ type: 'rename', id, to }` (give the office's id); `{ type: 'gather', id, others, othersWritten, partLabels, to, label }` (make
 * the first figure a breakdown, add the others' figures as parts, name the parts and the breakdown, delete the
 * others); `{ type: 'delete', id, sentence }` (an indicator that is not one).
 */
export function walkPlan(draft, finished, text) {
  const toCheck = new Set(draft.indicators.filter((indicator) => reviewStateOf(indicator) === 'to-check').map((indicator) => indicator.id));
  const draftAt = new Map(draft.indicators.map((indicator) => [anchorOf(indicator), indicator]));
  const finishedAt = new Map(finished.indicators.map((indicator) => [anchorOf(indicator), indicator]));
  const gatheredInto = new Map();
  for (const target of finished.indicators) {
    const first = draftAt.get(anchorOf(target));
    if (target.kind !== 'breakdown' || !first || first.kind === 'breakdown') continue;
    const others = target.parts.slice(1).map((part) => draftAt.get(part.quantity.source?.start));
    if (others.some((other) => !other)) throw new Error(`${target.id}: a part's figure is not an indicator of the draft`);
    gatheredInto.set(first.id, { target, others });
    for (const other of others) gatheredInto.set(other.id, null);
  }
  const steps = [];
  for (const indicator of draft.indicators) {
    const sentence = sentenceAt(text, anchorOf(indicator) ?? 0);
    const gather = gatheredInto.get(indicator.id);
    if (gather === null) continue; // a part of a breakdown gathered at its first figure
    if (gather) {
      const { target, others } = gather;
      steps.push({
        type: 'gather',
        id: indicator.id,
        others: others.map((other) => other.id),
        othersWritten: others.map((other) => other.quantity?.written),
        partLabels: target.parts.map((part) => part.label?.['zh-CN'] ?? ''),
        to: target.id,
        label: target.label['zh-CN'],
        sentence,
      });
      continue;
    }
    const target = finishedAt.get(anchorOf(indicator));
    if (!target) {
      steps.push({ type: 'delete', id: indicator.id, sentence });
      continue;
    }
    if (toCheck.has(indicator.id)) steps.push({ type: 'check', id: indicator.id, sentence });
    if (target.id !== indicator.id) steps.push({ type: 'rename', id: indicator.id, to: target.id });
  }
  // A rate's numerator or denominator the office wants otherwise: cleared, or bound by clicking its figure (a group
  // of an outcome breakdown chosen from the list beside it). Last, once every indicator has its final id.
  const finalId = new Map(draft.indicators.map((indicator) => [indicator.id, finishedAt.get(anchorOf(indicator))?.id ?? indicator.id]));
  for (const [id, { target }] of [...gatheredInto].filter(([, gather]) => gather)) finalId.set(id, target.id);
  const renamed = (operand) => (operand?.ref ? { ...operand, ref: finalId.get(operand.ref) ?? operand.ref } : operand);
  for (const target of finished.indicators) {
    const mine = draftAt.get(anchorOf(target));
    if (target.kind !== 'rate' || mine?.kind !== 'rate') continue;
    for (const side of ['numerator', 'denominator']) {
      const want = target[side];
      if (operandKey(renamed(mine[side])) === operandKey(want)) continue;
      const figure = want?.ref ? figureOfOperand(finished, want) : want?.quantity;
      steps.push({ type: 'operand', id: target.id, side, want, written: figure?.written });
    }
  }
  return steps;
}

/**
 * Does `steps` in the editor as the guide says, through `driver`, which acts as a person would on the editor's
 * controls: `select(id)` an item of the outline; `press(selector)` a button of the form; `change(selector, value)`
 * a field of the form (typed, or chosen from its list); `clickFigure(selector, written)` the figure `written` among
 * the marks of the text that `selector` finds; `read(text)` the report's sentence a person compares an item with.
 * Each action is awaited.
 */
export async function followWalk(steps, driver) {
  for (const step of steps) {
    await driver.select(step.id);
    if (step.type === 'check') {
      await driver.read(step.sentence);
      await driver.press('.detail button[name="accept"]');
    } else if (step.type === 'rename') await driver.change('.detail input[name="id"]', step.to);
    else if (step.type === 'delete') {
      await driver.read(step.sentence);
      await driver.press('.detail button[name="delete"]');
    } else if (step.type === 'gather') {
      // The first figure made a breakdown; each other figure added by 添加分项 and a click on it in the text.
      await driver.read(step.sentence);
      await driver.press('.detail button[name="make-breakdown"]');
      for (const [index, other] of step.others.entries()) {
        await driver.press('.detail button[name="add-part"]');
        await driver.clickFigure(`mark.source-figure[data-id="${other}"]`, step.othersWritten[index]);
      }
      for (const [index, label] of step.partLabels.entries()) await driver.change(`.detail input[name="part-label-${index}"]`, label);
      await driver.change('.detail input[name="label-zh"]', step.label);
      await driver.change('.detail input[name="id"]', step.to);
      for (const other of step.others) {
        await driver.select(other);
        await driver.press('.detail button[name="delete"]');
      }
    } else if (!step.want) await driver.press(`.detail button[name="clear-${step.side}"]`);
    else {
      await driver.press(`.detail button[name="bind-${step.side}"]`);
      await driver.clickFigure(`mark.source-figure${step.want.ref ? `[data-id="${step.want.ref}"]` : '.unbound'}`, step.written);
      if (step.want.group) await driver.change(`.detail select[name="group-${step.side}"]`, step.want.group);
    }
  }
}

/** An operand as one comparable string: what it refers to (with its group or part), or the figure stated inline. */
export function operandKey(operand) {
  if (!operand) return '';
  if (operand.ref) return `${operand.ref}${operand.group ? `/group:${operand.group}` : ''}${operand.part ? `/part:${operand.part}` : ''}`;
  return `inline:${operand.quantity?.written}`;
}

/** The figure in the text a person clicks to bind `operand` (a reference): the part's, else the total's or the quantity's. */
function figureOfOperand(report, operand) {
  const target = report.indicators.find((indicator) => indicator.id === operand.ref);
  if (operand.part) return target?.parts?.find((part) => part.category === operand.part)?.quantity;
  return target?.total ?? target?.quantity;
}

/** Where `walked` (the JSON the walk downloaded) differs from `finished`, indicator by indicator, by id. */
export function differences(walked, finished) {
  const byId = new Map(walked.indicators.map((indicator) => [indicator.id, indicator]));
  const figuresOf = (indicator) =>
    [indicator.quantity, indicator.total, ...(indicator.parts ?? []).map((part) => part.quantity)]
      .filter(Boolean)
      .map((quantity) => `${quantity.value} ${JSON.stringify(quantity.unit)} ${quantity.written}`);
  const found = [];
  for (const target of finished.indicators) {
    const mine = byId.get(target.id);
    if (!mine) {
      found.push({ id: target.id, what: 'missing' });
      continue;
    }
    if (mine.kind !== target.kind) found.push({ id: target.id, what: `kind ${mine.kind}, finished ${target.kind}` });
    if (figuresOf(mine).join(' | ') !== figuresOf(target).join(' | '))
      found.push({ id: target.id, what: `figures ${figuresOf(mine).join(', ')}; finished ${figuresOf(target).join(', ')}` });
    for (const side of ['numerator', 'denominator'])
      if (operandKey(mine[side]) !== operandKey(target[side]))
        found.push({ id: target.id, what: `${side} ${operandKey(mine[side]) || 'none'}, finished ${operandKey(target[side]) || 'none'}` });
    if (target.kind === 'breakdown' && mine.kind === 'breakdown') {
      const labels = (indicator) => indicator.parts.map((part) => part.label?.['zh-CN'] ?? part.category).join('、');
      if (!target.codelist && labels(mine) !== labels(target)) found.push({ id: target.id, what: `part names ${labels(mine)}; finished ${labels(target)}` });
      if (target.codelist && mine.parts.map((part) => part.category).join() !== target.parts.map((part) => part.category).join())
        found.push({ id: target.id, what: 'part categories differ' });
    }
  }
  const extra = walked.indicators.filter((indicator) => !finished.indicators.some((target) => target.id === indicator.id));
  for (const indicator of extra) found.push({ id: indicator.id, what: 'not in the finished JSON' });
  return found;
}
