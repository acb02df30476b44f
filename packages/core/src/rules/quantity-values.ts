import type { Quantity } from '../schema/quantity.js';
import { quantityBoundBroken } from '../vocabulary/quantity-bounds.js';
import { unitDimension } from '../vocabulary/units.js';
import { rolIssue, type RolIssueSink } from './rol-issue.js';

/**
 * The library's rules on a stated figure's value for its unit: counts and ranks whole (`count_integer`),
 * counts and money not negative (`negative`), ranks from 1 (`rank_positive`), and the bounds of magnitude
 * and decimals (`out_of_range`, `decimals`).
 */
export function checkQuantityValue(quantity: Quantity, sink: RolIssueSink): void {
  const dimension = unitDimension(quantity.unit);
  const { value } = quantity;
  if ((dimension === 'count' || dimension === 'rank') && !Number.isInteger(value)) rolIssue(sink, 'count-integer', { value }, ['value']);
  if ((dimension === 'count' || dimension === 'money') && value < 0) rolIssue(sink, 'negative', { value }, ['value']);
  if (dimension === 'rank' && value < 1) rolIssue(sink, 'rank-positive', { value }, ['value']);
  const broken = quantityBoundBroken(value, quantity.unit);
  if (broken) rolIssue(sink, broken.bound, { value, max: broken.max }, ['value']);
}
