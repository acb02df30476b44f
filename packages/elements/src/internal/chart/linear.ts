/**
 * A clamped linear map from `[d0, d1]` to `[r0, r1]`: what the charts need of d3-scale's `scaleLinear`,
 * without its interpolators, colour and number-format modules (about 11 KB gzip in the drop-in).
 *
 * @example
 * ```ts
 * linear([0, 16], [0, 800])(6); // 300
 * ```
 */
export function linear(domain: readonly [number, number], range: readonly [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  return (value) => {
    const t = Math.min(1, Math.max(0, (value - d0) / span));
    return r0 + t * (r1 - r0);
  };
}
