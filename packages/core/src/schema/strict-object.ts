import { $constructor, $ZodObjectJIT, type $ZodLooseShape, type $ZodObject, type $strict, type util } from 'zod/v4/core';
import { never, strictObject as interpretedStrictObject, ZodMiniType, type ZodMiniObject } from 'zod/mini';

/**
 * Whether object schemas may use zod's compiled ("JIT") object parser: only on Node, where nothing
 * forbids `new Function`. In browsers the interpreted parser is kept, so that loading the model on a
 * page with a strict Content-Security-Policy never makes zod probe for eval support (a probe the
 * browser reports as a violation even though zod catches it). The drop-in bundles define
 * `globalThis.process` away, so the compiled parser is not even bundled there.
 */
const compiledObjects =
  typeof (globalThis as { process?: { versions?: { node?: unknown } } }).process?.versions?.node === 'string' && typeof $ZodObjectJIT === 'function';

/**
 * zod/mini's object schema, built on zod's compiled object parser instead of its interpreted one:
 * the same definition, traits and issues (its name stays `ZodMiniObject`, so `instanceof` and JSON
 * Schema conversion treat it as one), about 1.4× faster to validate a whole report.
 */
const MiniType: $constructor<ZodMiniType> = ZodMiniType;
const CompiledObject: $constructor<$ZodObject> = $ZodObjectJIT;
const CompiledMiniObject = compiledObjects
  ? $constructor<ZodMiniObject>('ZodMiniObject', (inst, def) => {
      CompiledObject.init(inst, def);
      MiniType.init(inst, def);
      Object.defineProperty(inst, 'shape', { get: () => def.shape, enumerable: false, configurable: true });
    })
  : undefined;

/**
 * An object schema that rejects unknown keys, as `z.strictObject` — compiled on Node for speed
 * (see {@link compiledObjects}), interpreted elsewhere; validation results are the same either way.
 *
 * @example
 * const Period = strictObject({ start: IsoDateSchema, end: IsoDateSchema });
 * Period.safeParse({ start: '2023-01-01', end: '2023-12-31', extra: 1 }).success; // false
 */
export function strictObject<Shape extends $ZodLooseShape>(shape: Shape): ZodMiniObject<util.Writeable<Shape>, $strict> {
  if (!CompiledMiniObject) return interpretedStrictObject(shape);
  return new CompiledMiniObject({ type: 'object', shape, catchall: never() }) as unknown as ZodMiniObject<util.Writeable<Shape>, $strict>;
}
