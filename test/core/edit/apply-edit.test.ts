import { describe, expect, it } from 'vitest';
import { CODELISTS, computeReport, type Quantity, type RateIndicator } from '@rule-of-law/core';
import {
  applyEdit,
  EditError,
  figurePlaces,
  operandForFigure,
  operandForPlace,
  referencesTo,
  reviewStateOf,
  uniqueIndicatorId,
  type ReportEdit,
} from '@rule-of-law/core/edit';
import { extractFigures } from '@rule-of-law/core/extract';
import { draft, indicator, text, validated } from './support.js';

/** The error an edit raises, or a failure when it applies. */
function refusal(edit: ReportEdit, report = draft): EditError {
  try {
    applyEdit(report, edit);
  } catch (error) {
    if (error instanceof EditError) return error;
    throw error;
  }
  throw new Error(`${edit.type} was applied`);
}

describe('applyEdit on the reference report’s draft', () => {
  it('accepts a drafted indicator: reviewed, its evidence kept, nothing else changed', () => {
    const id = 'environment.completion_rate';
    expect(reviewStateOf(indicator(draft, id))).toBe('to-check');
    const edited = validated(applyEdit(draft, { type: 'accept', id }));
    expect(reviewStateOf(indicator(edited, id))).toBe('reviewed');
    expect(indicator(edited, id).extensions?.extraction).toMatchObject({ reasons: (indicator(draft, id).extensions?.extraction as { reasons: string[] }).reasons });
    const { extensions: _after, ...rest } = indicator(edited, id);
    const { extensions: _before, ...restBefore } = indicator(draft, id);
    expect(rest).toEqual(restBefore);
    expect(edited.indicators.filter((each) => each.id !== id)).toEqual(draft.indicators.filter((each) => each.id !== id));
  });

  it('marks any edited drafted indicator reviewed, and leaves one typed in without a note', () => {
    const edited = applyEdit(draft, { type: 'set-label', id: 'enforcement.penalties', label: { 'zh-CN': '行政处罚案件', en: 'Administrative penalty cases' } });
    expect(indicator(edited, 'enforcement.penalties').label.en).toBe('Administrative penalty cases');
    expect(reviewStateOf(indicator(edited, 'enforcement.penalties'))).toBe('reviewed');
    const typed = { ...indicator(draft, 'enforcement.campaigns'), id: 'enforcement.typed', extensions: undefined };
    const withTyped = applyEdit(draft, { type: 'add-indicator', indicator: typed });
    expect(reviewStateOf(indicator(applyEdit(withTyped, { type: 'accept', id: 'enforcement.typed' }), 'enforcement.typed'))).toBe('entered');
  });

  it('binds to the holder of the very place clicked when two indicators hold the same figure (a count, and a part made of it)', () => {
    const count = indicator(draft, 'enforcement.duties_performed');
    const breakdown = draft.indicators.find((each) => each.kind === 'breakdown')!;
    if (count.kind !== 'count' || breakdown.kind !== 'breakdown') throw new Error('expected a count and a breakdown');
    const both = applyEdit(draft, { type: 'add-part', id: breakdown.id, part: { category: 'part-x', label: { 'zh-CN': '其他' }, quantity: count.quantity } });
    const places = figurePlaces(both).filter((place) => place.start === count.quantity.source!.start);
    expect(places.map((place) => place.id).sort()).toEqual([breakdown.id, count.id].sort());
    expect(
      operandForPlace(
        both,
        places.find((place) => place.id === count.id)!,
      ),
    ).toEqual({ ref: count.id });
    expect(
      operandForPlace(
        both,
        places.find((place) => place.id === breakdown.id)!,
      ),
    ).toEqual({ ref: breakdown.id, part: 'part-x' });
  });

  it('binds a rate’s denominator to a figure picked in the text: to the indicator that holds it, else inline', () => {
    const id = 'enforcement.duty_performance_rate';
    const held = indicator(draft, 'enforcement.duties_performed');
    if (held.kind === 'breakdown' || !held.quantity) throw new Error('expected a count');
    expect(operandForFigure(draft, held.quantity)).toEqual({ ref: 'enforcement.duties_performed' });

    // A figure the text does not state (the rate's base, from the office's records): inline, without a place.
    const loose: Quantity = { value: 106, unit: '项', written: '106项' };
    const inline = operandForFigure(draft, loose);
    expect(inline).toEqual({ quantity: loose });
    const edited = validated(applyEdit(draft, { type: 'set-operand', id, side: 'denominator', operand: inline }));
    const rate = indicator(edited, id);
    expect(rate.kind === 'rate' && rate.denominator).toEqual({ quantity: loose });
    // Computed from the operands now: 102 / 106 = 96.2%, the stated rate.
    const computed = computeReport(edited).byId[id];
    expect(JSON.stringify(computed)).toContain('96.2');

    const unbound = validated(applyEdit(edited, { type: 'set-operand', id, side: 'denominator', operand: null }));
    expect('denominator' in indicator(unbound, id)).toBe(false);
  });

  it('renames an indicator to a codebook id, and every reference follows it', () => {
    expect(referencesTo(draft, 'environment.issues').map((each) => each.from)).toEqual(['environment.completion_rate', 'environment.completion_rate']);
    const edited = validated(applyEdit(draft, { type: 'rename', id: 'environment.issues', to: 'environment.complaints' }));
    expect(referencesTo(edited, 'environment.issues')).toEqual([]);
    const rate = indicator(edited, 'environment.completion_rate');
    expect(rate.kind === 'rate' && [rate.numerator, rate.denominator]).toEqual([
      { ref: 'environment.complaints', part: 'huanbaolei_item_times' },
      { ref: 'environment.complaints' },
    ]);
  });

  it('refuses an id taken or malformed, in both languages, and leaves the report as it was', () => {
    const taken = refusal({ type: 'rename', id: 'enforcement.penalties', to: 'enforcement.fines' });
    expect(taken.code).toBe('duplicate_id');
    expect(taken.text['zh-CN']).toContain('enforcement.fines');
    expect(taken.text.en).toBe('The id enforcement.fines is already used by another indicator');
    expect(refusal({ type: 'rename', id: 'enforcement.penalties', to: 'Penalties' }).code).toBe('invalid_id');
    expect(refusal({ type: 'set-label', id: 'no.such', label: { 'zh-CN': '无' } }).code).toBe('unknown_indicator');
    expect(refusal({ type: 'set-operand', id: 'enforcement.penalties', side: 'numerator', operand: null }).code).toBe('wrong_kind');
  });

  it('refuses to delete what another indicator refers to, and deletes what nothing refers to', () => {
    const refused = refusal({ type: 'delete-indicator', id: 'environment.issues' });
    expect(refused.code).toBe('referenced');
    expect(refused.text.en).toContain('environment.completion_rate');
    const edited = validated(applyEdit(draft, { type: 'delete-indicator', id: 'publicity.tasks' }));
    expect(edited.indicators.map((each) => each.id)).toEqual(draft.indicators.map((each) => each.id).filter((id) => id !== 'publicity.tasks'));
  });

  it('gives a part a codelist category, and references to the part follow its category', () => {
    const edited = validated(applyEdit(draft, { type: 'set-part', id: 'environment.issues', part: 0, changes: { category: 'resolved' } }));
    const rate = indicator(edited, 'environment.completion_rate');
    expect(rate.kind === 'rate' && rate.numerator).toEqual({ ref: 'environment.issues', part: 'resolved' });
  });

  it('adds, removes and fixes breakdown parts; marks a breakdown exhaustive and sets its codelist', () => {
    const id = 'reconsideration.accepted';
    const before = indicator(draft, id);
    if (before.kind !== 'breakdown') throw new Error('expected a breakdown');
    const part = { category: 'revoke', quantity: { value: 1, unit: '件' as const, written: '1件' } };
    let edited = validated(applyEdit(draft, { type: 'add-part', id, part, at: 1 }));
    const added = indicator(edited, id);
    expect(added.kind === 'breakdown' && added.parts.map((each) => each.category)).toEqual(['uphold', 'revoke', 'dismiss_application', 'terminate', 'pending']);
    edited = validated(applyEdit(edited, { type: 'remove-part', id, part: 1 }));
    const { extensions: _reviewed, ...removed } = indicator(edited, id);
    const { extensions: _drafted, ...original } = before;
    expect(removed).toEqual(original);
    edited = validated(applyEdit(edited, { type: 'set-exhaustive', id, exhaustive: !before.exhaustive }));
    edited = validated(applyEdit(edited, { type: 'set-codelist', id, codelist: null }));
    const changed = indicator(edited, id);
    expect(changed.kind === 'breakdown' && [changed.exhaustive, 'codelist' in changed]).toEqual([!before.exhaustive, false]);
    // Free categories now: each part keeps the codelist's words as its label.
    expect(changed.kind === 'breakdown' && changed.parts.map((each) => each.label?.['zh-CN'])).toEqual(
      before.parts.map((each) => CODELISTS.reconsideration_outcome.categories.find((category) => category.code === each.category)?.label['zh-CN']),
    );
    expect(before.parts.every((each) => each.label === undefined)).toBe(true);
    expect(refusal({ type: 'remove-part', id, part: 9 }).code).toBe('unknown_part');
    const referenced = refusal({ type: 'remove-part', id: 'environment.issues', part: 0 });
    expect(referenced.code).toBe('referenced');
  });

  it('makes a breakdown of a figure read alone, then of the others the text lists with it (普通程序1件、简易程序32件)', () => {
    const ordinary = indicator(draft, 'enforcement.ordinary_penalties');
    const summary = indicator(draft, 'enforcement.summary_penalties');
    if (ordinary.kind !== 'count' || summary.kind !== 'count') throw new Error('expected two counts');
    let edited = validated(applyEdit(draft, { type: 'make-breakdown', id: ordinary.id }));
    const made = indicator(edited, ordinary.id);
    expect(made).toMatchObject({ kind: 'breakdown', family: ordinary.family, label: ordinary.label, exhaustive: false });
    expect(made.kind === 'breakdown' && made.parts).toEqual([{ category: 'part-1', label: ordinary.label, quantity: ordinary.quantity }]);
    edited = validated(applyEdit(edited, { type: 'add-part', id: ordinary.id, part: { category: 'part-2', label: summary.label, quantity: summary.quantity } }));
    edited = validated(applyEdit(edited, { type: 'delete-indicator', id: summary.id }));
    const both = indicator(edited, ordinary.id);
    expect(both.kind === 'breakdown' && both.parts.map((part) => part.quantity.written)).toEqual([ordinary.quantity.written, summary.quantity.written]);
    expect(computeReport(edited).byId[ordinary.id]).toMatchObject({ sum: { value: ordinary.quantity.value + summary.quantity.value } });
  });

  it('refuses to make a breakdown of a rate, a breakdown, or a figure another indicator refers to', () => {
    const rate = draft.indicators.find((each) => each.kind === 'rate')!;
    expect(() => applyEdit(draft, { type: 'make-breakdown', id: rate.id })).toThrow(EditError);
    const breakdown = draft.indicators.find((each) => each.kind === 'breakdown')!;
    expect(() => applyEdit(draft, { type: 'make-breakdown', id: breakdown.id })).toThrow(/不是数量指标|not a count, amount or measure/);
    const referred = draft.indicators.find(
      (each) => each.kind !== 'rate' && each.kind !== 'breakdown' && referencesTo(draft, each.id).some((ref) => ref.from !== each.id),
    )!;
    expect(() => applyEdit(draft, { type: 'make-breakdown', id: referred.id })).toThrow(EditError);
  });

  it('refuses to remove a breakdown’s last part', () => {
    const single = applyEdit(draft, { type: 'set-operand', id: 'environment.completion_rate', side: 'numerator', operand: null });
    expect(refusal({ type: 'remove-part', id: 'environment.issues', part: 0 }, single).code).toBe('last_part');
  });

  it('fixes a misread value, unit and qualifier, keeping the words the text used', () => {
    const edited = validated(applyEdit(draft, { type: 'set-quantity', id: 'petitions.visits.persons', changes: { value: 997, qualifier: null } }));
    const fixed = indicator(edited, 'petitions.visits.persons');
    expect(fixed.kind === 'count' && fixed.quantity).toEqual({
      ...(indicator(draft, 'petitions.visits.persons') as { quantity: Quantity }).quantity,
      value: 997,
      qualifier: undefined,
    });
    expect(fixed.kind === 'count' && 'qualifier' in fixed.quantity).toBe(false);
    const part = validated(applyEdit(draft, { type: 'set-quantity', id: 'litigation.cases', part: 0, changes: { value: 2 } }));
    const cases = indicator(part, 'litigation.cases');
    expect(cases.kind === 'breakdown' && cases.parts[0]!.quantity.value).toBe(2);
  });

  it('gives a rate without a quantity one only when value, unit and written form come together', () => {
    const id = 'litigation.appearance_rate';
    const { quantity: _stated, ...bare } = indicator(draft, id) as RateIndicator;
    const withoutQuantity = applyEdit(applyEdit(draft, { type: 'delete-indicator', id }), { type: 'add-indicator', indicator: bare });
    expect(refusal({ type: 'set-quantity', id, changes: { value: 100 } }, withoutQuantity).code).toBe('no_quantity');
    const edited = validated(applyEdit(withoutQuantity, { type: 'set-quantity', id, changes: { value: 100, unit: 'percent', written: '100%' } }));
    expect(indicator(edited, id)).toMatchObject({ quantity: { value: 100, unit: 'percent', written: '100%' } });
  });

  it('makes an indicator of a figure no indicator holds, with an id of its own', () => {
    // Every figure of the reference text is drafted: leave one unbound by deleting the indicator that holds it.
    const loose = applyEdit(draft, { type: 'delete-indicator', id: 'legal_advice.tasks_second' });
    const bound = new Set(figurePlaces(loose).map((place) => place.start));
    const unbound = extractFigures(text).filter((figure) => !bound.has(figure.start));
    expect(unbound.map((figure) => figure.written)).toEqual(['45件']);
    const figure = unbound[0]!;
    const id = uniqueIndicatorId(loose, 'legal_advice.tasks');
    expect(id).toBe('legal_advice.tasks_2');
    const quantity: Quantity = {
      value: figure.value,
      unit: '件',
      written: figure.written,
      source: { text: text.slice(figure.start, figure.end), start: figure.start, end: figure.end },
    };
    const edited = validated(
      applyEdit(loose, {
        type: 'add-indicator',
        after: 'legal_advice.tasks',
        indicator: { id, kind: 'count', family: 'legal_advice', label: { 'zh-CN': '审查事项' }, quantity },
      }),
    );
    const ids = edited.indicators.map((each) => each.id);
    expect(ids.indexOf(id)).toBe(ids.indexOf('legal_advice.tasks') + 1);
    expect(
      figurePlaces(edited)
        .filter((place) => place.start === figure.start)
        .map((place) => place.id),
    ).toEqual([id]);
    expect(refusal({ type: 'add-indicator', indicator: indicator(draft, 'enforcement.fines') }).code).toBe('duplicate_id');
  });
});
