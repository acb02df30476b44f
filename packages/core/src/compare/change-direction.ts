import type { Qualifier } from '../schema/qualifier.js';
import type { Change, ChangeDirection, RelativeChange } from './types.js';

/**
 * The direction a signed change with a qualifier surely has (`uncertain` when its bound allows both).
 *
 * @example
 * ```ts
 * directionOf(5, 'at_least');  // 'up'
 * directionOf(-5, 'at_least'); // 'uncertain': at least −5 may still be a rise
 * ```
 */
export function directionOf(value: number, qualifier: Qualifier): ChangeDirection {
  switch (qualifier) {
    case 'exact':
    case 'approximately':
      return value > 0 ? 'up' : value < 0 ? 'down' : 'unchanged';
    case 'at_least':
      return value > 0 ? 'up' : 'uncertain';
    case 'at_most':
      return value < 0 ? 'down' : 'uncertain';
  }
}

/**
 * Which way a change went, as far as its qualifier lets us know: an "at least +5" change went up, an
 * "at least −5" change may have gone either way (`uncertain`); an approximate change is read by its sign.
 * An undefined change is `uncertain`.
 *
 * @example
 * ```ts
 * changeDirection(figureChange(previous, current)); // 'up'
 * ```
 */
export function changeDirection(change: Change | RelativeChange): ChangeDirection {
  return change.defined ? directionOf(change.value, change.qualifier) : 'uncertain';
}
