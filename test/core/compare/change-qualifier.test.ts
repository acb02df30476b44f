import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changeQualifier, figureChange, relativeChange, QUALIFIERS, type Figure, type Qualifier } from '@rule-of-law/core';

describe('changeQualifier', () => {
  it('follows the documented table for all 16 pairs (from → to)', () => {
    // Rows: the earlier figure's qualifier; columns: exact, at_least, at_most, approximately (later figure).
    const table: Record<Qualifier, (Qualifier | undefined)[]> = {
      exact: ['exact', 'at_least', 'at_most', 'approximately'],
      at_least: ['at_most', undefined, 'at_most', undefined],
      at_most: ['at_least', 'at_least', undefined, undefined],
      approximately: ['approximately', undefined, undefined, 'approximately'],
    };
    const columns: Qualifier[] = ['exact', 'at_least', 'at_most', 'approximately'];
    for (const from of QUALIFIERS) {
      expect(
        columns.map((to) => changeQualifier(from, to)),
        from,
      ).toEqual(table[from]);
    }
  });

  it('is exact only when both figures are exact', () => {
    for (const from of QUALIFIERS)
      for (const to of QUALIFIERS) {
        expect(changeQualifier(from, to) === 'exact').toBe(from === 'exact' && to === 'exact');
      }
  });
});

/** A true value consistent with a stated figure: at least → stated + slack, at most → stated − slack (≥ 0). */
function truth(stated: number, qualifier: Qualifier, slack: number): number {
  if (qualifier === 'at_least') return stated + slack;
  if (qualifier === 'at_most') return Math.max(0, stated - slack);
  return stated;
}

const bounded = fc.constantFrom<Qualifier>('exact', 'at_least', 'at_most');
const figure = (value: number, qualifier: Qualifier): Figure => ({ value, unit: '件', qualifier });

describe('changes never claim more than the qualifiers allow', () => {
  it('the true change always satisfies the stated bound (absolute)', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.nat(10_000), bounded, bounded, fc.nat(10_000), fc.nat(10_000), (a, b, qa, qb, slackA, slackB) => {
        const change = figureChange(figure(a, qa), figure(b, qb));
        const real = truth(b, qb, slackB) - truth(a, qa, slackA);
        if (!change.defined) return;
        if (change.qualifier === 'exact') expect(real).toBe(change.value);
        if (change.qualifier === 'at_least') expect(real).toBeGreaterThanOrEqual(change.value);
        if (change.qualifier === 'at_most') expect(real).toBeLessThanOrEqual(change.value);
      }),
    );
  });

  it('the true relative change always satisfies the stated bound (compared as exact fractions)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.nat(10_000), bounded, bounded, fc.nat(10_000), fc.nat(10_000), (a, b, qa, qb, slackA, slackB) => {
        const relative = relativeChange(figure(a, qa), figure(b, qb));
        const trueFrom = truth(a, qa, slackA);
        const trueTo = truth(b, qb, slackB);
        if (!relative.defined || trueFrom === 0) return;
        // true (to − from)/from against stated (b − a)/a, cross-multiplied (both bases positive).
        const real = (trueTo - trueFrom) * a;
        const stated = (b - a) * trueFrom;
        if (relative.qualifier === 'exact') expect(real).toBe(stated);
        if (relative.qualifier === 'at_least') expect(real).toBeGreaterThanOrEqual(stated);
        if (relative.qualifier === 'at_most') expect(real).toBeLessThanOrEqual(stated);
      }),
    );
  });
});
