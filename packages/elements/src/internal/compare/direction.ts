import { html, type TemplateResult } from 'lit';
import { changeDirection, unitDimension, type Change, type ChangeDirection, type LocaleTag } from '@rule-of-law/core';
import { comparisonStrings } from '../i18n/comparison-strings.js';

/** The symbol of each direction, shown beside its word (never colour or a sign alone). */
export const DIRECTION_SYMBOLS: Readonly<Record<ChangeDirection, string>> = { up: '▲', down: '▼', unchanged: '＝', uncertain: '？' };

/** The direction of a change (`uncertain` when there is none, or its qualifiers leave it open). */
export function directionOfChange(change: Change | undefined): ChangeDirection {
  return change ? changeDirection(change) : 'uncertain';
}

/** True when the change is in ranks (第5位 → 第3位), whose standing rises as the number falls. */
function isRank(change: Change | undefined): boolean {
  return change?.defined === true && unitDimension(change.unit) === 'rank';
}

/**
 * The direction as symbol and word: "▲ 上升", "▼ 下降", "＝ 持平", "？ 无法判断" (English "▲ up"…). The
 * symbol is hidden from screen readers, which read the word; the class (`direction-up`…) is for
 * styling only, never the sole carrier of meaning.
 */
export function directionView(change: Change | undefined, locale: LocaleTag): TemplateResult {
  const direction = directionOfChange(change);
  const strings = comparisonStrings(locale);
  const rank = isRank(change);
  const word = (rank ? strings.rankDirection : strings.direction)[direction];
  // A rank's standing rises as its number falls: the arrow follows the standing, like the word.
  const shown = rank && direction === 'up' ? 'down' : rank && direction === 'down' ? 'up' : direction;
  return html`<span class="direction direction-${shown}"><span class="symbol" aria-hidden="true">${DIRECTION_SYMBOLS[shown]}</span> ${word}</span>`;
}
