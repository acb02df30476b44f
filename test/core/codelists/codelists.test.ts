// The outcome codelists: the categories a breakdown of reconsideration or litigation outcomes may use, the
// groups they fall in and the official rates derived from them. The expected groups are read off the laws
// the codelists cite, by hand: 行政复议法 (2023) — corrections are 变更, 撤销 (also partial, and 撤销并责令
// 重作), 确认违法, 确认无效, 责令履行; 行政诉讼法 — a loss is a judgment against the agency (撤销, 变更, 确认
// 违法, 确认无效, 履行, 给付, 赔偿), and withdrawals and dismissals are not losses.
import { describe, expect, it } from 'vitest';
import {
  CODELIST_IDS,
  CODELISTS,
  computeReport,
  LITIGATION_CODELIST,
  LITIGATION_GROUPS,
  LITIGATION_OUTCOMES,
  RECONSIDERATION_CODELIST,
  RECONSIDERATION_GROUPS,
  RECONSIDERATION_OUTCOMES,
  type ComputedBreakdownIndicator,
  type OutcomeCodelist,
} from '@rule-of-law/core';
import { minimalReport } from '../../support/minimal-report.js';

const inGroup = (categories: readonly { code: string; groups: readonly string[] }[], group: string) =>
  categories
    .filter((category) => category.groups.includes(group))
    .map((category) => category.code)
    .sort();

describe('CODELIST_IDS and CODELISTS', () => {
  it('hold the two built-in codelists under their own ids', () => {
    expect(CODELIST_IDS).toEqual(['reconsideration_outcome', 'litigation_outcome']);
    expect(Object.keys(CODELISTS).sort()).toEqual([...CODELIST_IDS].sort());
    expect(CODELISTS.reconsideration_outcome).toBe(RECONSIDERATION_CODELIST);
    expect(CODELISTS.litigation_outcome).toBe(LITIGATION_CODELIST);
    for (const id of CODELIST_IDS) expect(CODELISTS[id].id).toBe(id);
  });

  it.each(CODELIST_IDS)('%s: codes are unique, every group used is named in both languages, every rate selects what exists', (id) => {
    const codelist: OutcomeCodelist = CODELISTS[id];
    const codes = codelist.categories.map((category) => category.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const category of codelist.categories) {
      expect(category.label['zh-CN'], category.code).not.toBe('');
      expect(category.label.en, category.code).not.toBe('');
      for (const group of category.groups) expect(Object.keys(codelist.groups), `${category.code} → ${group}`).toContain(group);
    }
    for (const rate of codelist.derivedRates) {
      for (const selector of [...rate.numerator, rate.denominator]) {
        if ('group' in selector) expect(Object.keys(codelist.groups), rate.id).toContain(selector.group);
        if ('category' in selector) expect(codes, rate.id).toContain(selector.category);
      }
    }
  });
});

describe('RECONSIDERATION_OUTCOMES and RECONSIDERATION_GROUPS', () => {
  it('count as corrections exactly 变更, 撤销, 部分撤销, 撤销并责令重作, 确认违法, 确认无效 and 责令履行', () => {
    expect(inGroup(RECONSIDERATION_OUTCOMES, 'correction')).toEqual([
      'alter',
      'confirm_illegal',
      'confirm_invalid',
      'order_performance',
      'partially_revoke',
      'revoke',
      'revoke_and_redo',
    ]);
    expect(inGroup(RECONSIDERATION_OUTCOMES, 'mediation_settlement')).toEqual(['mediation', 'settlement']);
  });

  it('partition the cases received: each outcome is not accepted, concluded or pending, and only one', () => {
    expect(RECONSIDERATION_GROUPS).toEqual(['correction', 'mediation_settlement', 'concluded', 'pending', 'not_accepted']);
    for (const category of RECONSIDERATION_OUTCOMES) {
      const states = category.groups.filter((group) => group === 'not_accepted' || group === 'concluded' || group === 'pending');
      expect(states, category.code).toHaveLength(1);
    }
    expect(inGroup(RECONSIDERATION_OUTCOMES, 'pending')).toEqual(['pending']);
    expect(inGroup(RECONSIDERATION_OUTCOMES, 'not_accepted')).toEqual(['not_accepted']);
  });

  it('name 维持 Upheld and 驳回行政复议请求 apart from 驳回申请', () => {
    const label = (code: string) => RECONSIDERATION_OUTCOMES.find((category) => category.code === code)?.label;
    expect(label('uphold')).toEqual({ 'zh-CN': '维持', en: 'Upheld' });
    expect(label('reject_claim')?.['zh-CN']).toBe('驳回行政复议请求');
    expect(label('dismiss_application')?.['zh-CN']).toBe('驳回申请');
  });
});

describe('LITIGATION_OUTCOMES and LITIGATION_GROUPS', () => {
  it('count as losses exactly the seven judgments against the agency, never a withdrawal or a dismissal', () => {
    expect(inGroup(LITIGATION_OUTCOMES, 'loss')).toEqual(['alter', 'compensate', 'confirm_illegal', 'confirm_invalid', 'pay', 'perform', 'revoke']);
    for (const code of ['withdrawal', 'dismiss_suit', 'reject_claim', 'mediation']) expect(inGroup(LITIGATION_OUTCOMES, 'loss')).not.toContain(code);
  });

  it('make merits judgments the losses plus 驳回诉讼请求, and rulings the withdrawals and dismissals of suits', () => {
    expect(LITIGATION_GROUPS).toEqual(['loss', 'judgment', 'ruling', 'mediation', 'concluded', 'heard', 'pending']);
    expect(inGroup(LITIGATION_OUTCOMES, 'judgment')).toEqual([...inGroup(LITIGATION_OUTCOMES, 'loss'), 'reject_claim'].sort());
    expect(inGroup(LITIGATION_OUTCOMES, 'ruling')).toEqual(['dismiss_suit', 'withdrawal']);
  });

  it('put every outcome either among the concluded or the pending cases, never both', () => {
    for (const category of LITIGATION_OUTCOMES) {
      const groups: readonly string[] = category.groups;
      expect(groups.includes('concluded') !== groups.includes('pending'), category.code).toBe(true);
    }
    expect(inGroup(LITIGATION_OUTCOMES, 'pending')).toEqual(['heard_awaiting_judgment', 'not_yet_heard', 'pending']);
  });
});

describe('derived official rates', () => {
  it('give 纠错率 as corrections over concluded cases: 2 altered + 1 revoked of 8 concluded is 37.5%', () => {
    // alter 2 + revoke 1 = 3 corrections; concluded = 3 + uphold 4 + terminate 1 = 8 (pending 2 and not accepted 1 are not).
    const part = (category: string, value: number) => ({ category, quantity: { value, unit: '件' as const, written: `${value}件` } });
    const report = minimalReport([
      {
        id: 'reconsideration.outcomes',
        family: 'reconsideration',
        label: { 'zh-CN': '审理结果' },
        kind: 'breakdown',
        codelist: 'reconsideration_outcome',
        total: { value: 11, unit: '件', written: '11件' },
        parts: [part('alter', 2), part('revoke', 1), part('uphold', 4), part('terminate', 1), part('pending', 2), part('not_accepted', 1)],
        exhaustive: true,
      },
    ]);
    const computed = computeReport(report).byId['reconsideration.outcomes'] as ComputedBreakdownIndicator;
    const correction = computed.derivedRates.find((rate) => rate.id === 'correction_rate');
    expect(correction?.label).toEqual({ 'zh-CN': '纠错率', en: 'Correction rate' });
    expect(correction?.result).toMatchObject({ defined: true, value: 37.5 });
    // 调解率: no mediation or settlement among the 8 concluded cases.
    expect(computed.derivedRates.find((rate) => rate.id === 'mediation_rate')?.result).toMatchObject({ defined: true, value: 0 });
    // 结案率 is over the stated total of cases received: 8 of 11 = 72.7272…%.
    const completion = computed.derivedRates.find((rate) => rate.id === 'completion_rate')?.result;
    expect(completion?.defined && completion.value).toBeCloseTo(72.7272727, 6);
  });

  it('give no 结案率 when the breakdown states no total to take it over', () => {
    const part = (category: string, value: number) => ({ category, quantity: { value, unit: '件' as const, written: `${value}件` } });
    const report = minimalReport([
      {
        id: 'litigation.outcomes',
        family: 'litigation',
        label: { 'zh-CN': '审结结果' },
        kind: 'breakdown',
        codelist: 'litigation_outcome',
        parts: [part('revoke', 1), part('withdrawal', 3)],
        exhaustive: true,
      },
    ]);
    const computed = computeReport(report).byId['litigation.outcomes'] as ComputedBreakdownIndicator;
    expect(computed.derivedRates.map((rate) => rate.id)).not.toContain('completion_rate');
    // 败诉率: 1 loss of 4 concluded = 25%.
    expect(computed.derivedRates.find((rate) => rate.id === 'loss_rate')?.result).toMatchObject({ defined: true, value: 25 });
  });
});
