import type { CSSResult, CSSResultGroup } from 'lit';
import {
  RuleOfLawBreakdown,
  RuleOfLawCompare,
  RuleOfLawFigure,
  RuleOfLawFindings,
  RuleOfLawRate,
  RuleOfLawReport,
  RuleOfLawTrend,
} from '../../packages/elements/src/elements.js';
import { deepEqual, ok } from './helpers/assert.js';

const CLASSES = [RuleOfLawReport, RuleOfLawFigure, RuleOfLawRate, RuleOfLawBreakdown, RuleOfLawFindings, RuleOfLawTrend, RuleOfLawCompare];

function cssText(group: CSSResultGroup | undefined): string {
  if (!group) return '';
  if (Array.isArray(group)) return group.map((item) => cssText(item as CSSResultGroup)).join('\n');
  return (group as CSSResult).cssText;
}

const allCss = CLASSES.map((element) => cssText(element.styles)).join('\n');
const names = (pattern: RegExp): string[] => [...new Set([...allCss.matchAll(pattern)].map((match) => match[1]!))].sort();

describe('CSS tokens', () => {
  it('uses no internal token that the token sets do not define', () => {
    const used = names(/var\((--_[\w-]+)/g);
    const defined = new Set(names(/(--_[\w-]+)\s*:/g));
    deepEqual(
      used.filter((name) => !defined.has(name)),
      [],
      'undefined internal tokens',
    );
    deepEqual(
      [...defined].filter((name) => !used.includes(name)),
      [],
      'unused internal tokens',
    );
  });

  it('documents every public --rol-* property in custom-elements.json, and documents none that is unused', async () => {
    const response = await fetch('/packages/elements/custom-elements.json');
    ok(response.ok, 'custom-elements.json exists (npm run build writes it)');
    const manifest = (await response.json()) as { modules: { declarations?: { cssProperties?: { name: string }[] }[] }[] };
    const documented = new Set(
      manifest.modules.flatMap((module) => (module.declarations ?? []).flatMap((declaration) => (declaration.cssProperties ?? []).map((property) => property.name))),
    );
    const used = names(/var\((--rol-[\w-]+)/g);
    const usedSet = new Set(used);
    deepEqual([...usedSet].filter((name) => !documented.has(name)).sort(), [], 'used but undocumented');
    deepEqual([...documented].filter((name) => !usedSet.has(name)).sort(), [], 'documented but unused');
  });
});
