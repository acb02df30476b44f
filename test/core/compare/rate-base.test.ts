// What a rate is computed over, as a key (two rates share a base only when their keys are equal) and in
// words (the notes of a roll-up name the bases it keeps apart). Keys and labels are composed by hand from
// the documented formats: `ref:<id>`, `#group:` / `#part:`, `inline:<unit>`, `growth:<unit>`; labels are
// the referred indicator's label with the group or category in brackets.
import { describe, expect, it } from 'vitest';
import { growthBase, rateBase, rateBaseKey, type Indicator } from '@rule-of-law/core';

const kilometres = { custom: '公里', label: { 'zh-CN': '公里', en: 'kilometres' }, dimension: 'distance' } as const;

const indicators = new Map<string, Indicator>([
  [
    'litigation.outcomes',
    {
      id: 'litigation.outcomes',
      family: 'litigation',
      label: { 'zh-CN': '受理行政诉讼案件', en: 'Administrative suits' },
      kind: 'breakdown',
      codelist: 'litigation_outcome',
      parts: [
        { category: 'revoke', quantity: { value: 2, unit: '件', written: '2件' } },
        { category: 'online', label: { 'zh-CN': '网上立案', en: 'Filed online' }, quantity: { value: 5, unit: '件', written: '5件' } },
      ],
      exhaustive: false,
    },
  ],
  [
    'petitions.accepted',
    { id: 'petitions.accepted', family: 'petitions', label: { 'zh-CN': '受理信访事项' }, kind: 'count', quantity: { value: 120, unit: '件', written: '120件' } },
  ],
]);

describe('rateBaseKey', () => {
  it('names a referred denominator by id, with its group or part', () => {
    expect(rateBaseKey({ ref: 'reconsideration.outcomes', group: 'concluded' })).toBe('ref:reconsideration.outcomes#group:concluded');
    expect(rateBaseKey({ ref: 'reconsideration.outcomes', part: 'uphold' })).toBe('ref:reconsideration.outcomes#part:uphold');
    expect(rateBaseKey({ ref: 'petitions.accepted' })).toBe('ref:petitions.accepted');
  });

  it('names an inline denominator by its unit only, a custom one as custom:<name>', () => {
    expect(rateBaseKey({ quantity: { value: 725, unit: '件', written: '725件' } })).toBe('inline:件');
    // Two inline denominators of one unit are one base, whatever their values.
    expect(rateBaseKey({ quantity: { value: 1, unit: '件', written: '1件' } })).toBe(rateBaseKey({ quantity: { value: 9, unit: '件', written: '9件' } }));
    expect(rateBaseKey({ quantity: { value: 3, unit: kilometres, written: '3公里' } })).toBe('inline:custom:公里');
  });

  it('tells a group from a part of the same name, and is undefined without a denominator', () => {
    expect(rateBaseKey({ ref: 'x.outcomes', group: 'pending' })).not.toBe(rateBaseKey({ ref: 'x.outcomes', part: 'pending' }));
    expect(rateBaseKey(undefined)).toBeUndefined();
  });
});

describe('rateBase', () => {
  it('labels a codelist group with the indicator’s label and the group’s name', () => {
    expect(rateBase({ ref: 'litigation.outcomes', group: 'heard' }, indicators)).toEqual({
      key: 'ref:litigation.outcomes#group:heard',
      ref: 'litigation.outcomes',
      group: 'heard',
      label: { 'zh-CN': '受理行政诉讼案件（已开庭）', en: 'Administrative suits (Heard in court)' },
    });
  });

  it('labels a part by its own label, else the codelist’s name of its category', () => {
    expect(rateBase({ ref: 'litigation.outcomes', part: 'online' }, indicators)?.label).toEqual({
      'zh-CN': '受理行政诉讼案件（网上立案）',
      en: 'Administrative suits (Filed online)',
    });
    expect(rateBase({ ref: 'litigation.outcomes', part: 'revoke' }, indicators)).toMatchObject({
      part: 'revoke',
      label: { 'zh-CN': '受理行政诉讼案件（判决撤销）', en: 'Administrative suits (Act revoked)' },
    });
  });

  it('falls back to zh-CN where an English label is missing, and to the id for an indicator the report lacks', () => {
    expect(rateBase({ ref: 'petitions.accepted' }, indicators)).toEqual({
      key: 'ref:petitions.accepted',
      ref: 'petitions.accepted',
      label: { 'zh-CN': '受理信访事项', en: '受理信访事项' },
    });
    expect(rateBase({ ref: 'x.unknown', group: 'concluded' }, indicators)?.label).toEqual({ 'zh-CN': 'x.unknown（concluded）', en: 'x.unknown (concluded)' });
  });

  it('calls an inline denominator "the stated denominator" in its unit', () => {
    expect(rateBase({ quantity: { value: 725, unit: '件', written: '725件' } }, indicators)).toEqual({
      key: 'inline:件',
      label: { 'zh-CN': '所述分母（件）', en: 'the stated denominator (items)' },
    });
    expect(rateBase({ quantity: { value: 30, unit: '人次', written: '30人次' } }, indicators)?.label.en).toBe('the stated denominator (person-visits)');
  });

  it('is undefined without a denominator', () => {
    expect(rateBase(undefined, indicators)).toBeUndefined();
  });
});

describe('growthBase', () => {
  it('is the earlier figures in their unit, keyed by the unit alone', () => {
    expect(growthBase('件')).toEqual({ key: 'growth:件', label: { 'zh-CN': '上期数（件）', en: 'the figures of the year before (items)' } });
    expect(growthBase('元')).toEqual({ key: 'growth:元', label: { 'zh-CN': '上期数（元）', en: 'the figures of the year before (yuan)' } });
    expect(growthBase(kilometres).key).toBe('growth:custom:公里');
    expect(growthBase(kilometres).label.en).toBe('the figures of the year before (kilometres)');
  });

  it('never shares a key with a ratio’s inline base of the same unit: a change and a share are not pooled together', () => {
    expect(growthBase('件').key).not.toBe(rateBaseKey({ quantity: { value: 725, unit: '件', written: '725件' } }));
  });
});
