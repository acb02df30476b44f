// Writes packages/core/src/parse/generated/report-validator.ts: the report's validator generated ahead of time
// from the zod schemas (ReportSchema, PriorFigureSchema), so that parseReport gives zod's issues without zod's
// runtime — no schema objects built when the drop-in loads, one plain check per field, nothing evaluated.
// The schemas stay the one definition: types, JSON Schema and this validator all come from them.
// Usage: npx tsx scripts/write-report-validator.ts [--check]
// `--check` writes nothing and exits 1 when the committed file is stale (test/core/parse/generated-validator
// checks the same). The generator knows the zod constructs the schemas use and throws on any other, naming
// it: a new construct needs its rule here (and in parse/validator-runtime.ts), checked by the differential test.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ReportSchema } from '../packages/core/src/schema/report.js';
import { PriorFigureSchema } from '../packages/core/src/compare/prior-figure-schema.js';
import * as periodOrder from '../packages/core/src/rules/period-order.js';
import * as quantityValues from '../packages/core/src/rules/quantity-values.js';
import * as sourceSpanLength from '../packages/core/src/rules/source-span-length.js';
import * as reportReferences from '../packages/core/src/rules/report-references.js';
import * as jsonValue from '../packages/core/src/rules/json-value.js';
import * as units from '../packages/core/src/vocabulary/units.js';
import * as families from '../packages/core/src/vocabulary/families.js';
import * as issuerLevels from '../packages/core/src/vocabulary/issuer-levels.js';
import * as qualifiers from '../packages/core/src/vocabulary/qualifiers.js';
import * as reportParts from '../packages/core/src/vocabulary/report-parts.js';
import * as indicatorKinds from '../packages/core/src/vocabulary/indicator-kinds.js';
import * as codelists from '../packages/core/src/codelists/index.js';
import * as dottedSlug from '../packages/core/src/vocabulary/dotted-slug.js';

export const REPORT_VALIDATOR_FILE = fileURLToPath(new URL('../packages/core/src/parse/generated/report-validator.ts', import.meta.url));

/** A module the generated code may import from: functions and patterns by identity, vocabulary lists by content. */
interface Source {
  readonly specifier: string;
  readonly exports: Readonly<Record<string, unknown>>;
}

/** Relative to the generated file. */
const SOURCES: readonly Source[] = [
  { specifier: '../../rules/period-order.js', exports: periodOrder },
  { specifier: '../../rules/quantity-values.js', exports: quantityValues },
  { specifier: '../../rules/source-span-length.js', exports: sourceSpanLength },
  { specifier: '../../rules/report-references.js', exports: reportReferences },
  { specifier: '../../rules/json-value.js', exports: jsonValue },
  { specifier: '../../vocabulary/units.js', exports: units },
  { specifier: '../../vocabulary/families.js', exports: families },
  { specifier: '../../vocabulary/issuer-levels.js', exports: issuerLevels },
  { specifier: '../../vocabulary/qualifiers.js', exports: qualifiers },
  { specifier: '../../vocabulary/report-parts.js', exports: reportParts },
  { specifier: '../../vocabulary/indicator-kinds.js', exports: indicatorKinds },
  { specifier: '../../codelists/index.js', exports: codelists },
  { specifier: '../../vocabulary/dotted-slug.js', exports: dottedSlug },
];

const RUNTIME = '../validator-runtime.js';

type Schema = any;

/** The message a zod `error` option gives (a string, or a function of the issue). */
function errorOf(def: any): string | undefined {
  const error = def?.error;
  if (!error) return undefined;
  const message = typeof error === 'function' ? error({}) : error;
  return typeof message === 'string' ? message : message?.message;
}

const literal = (value: unknown): string => (value === undefined ? 'undefined' : JSON.stringify(value));

class Generator {
  private readonly names = new Map<Schema, string>();
  private readonly bodies = new Map<string, string>();
  private readonly functions: string[] = [];
  private readonly constants = new Map<string, string>();
  private readonly imports = new Map<string, Set<string>>();
  private readonly runtime = new Set<string>();

  /** The name of the validator function of `schema`, emitting it on first use. */
  validator(schema: Schema): string {
    const known = this.names.get(schema);
    if (known) return known;
    // The schemas are not recursive (a z.lazy would be refused below), so a schema's children are named first;
    // schemas written alike (every `z.string().check(z.minLength(1))`) share one function.
    const body = this.body(schema)
      .map((line) => `  ${line}`)
      .join('\n');
    const name = this.bodies.get(body) ?? `validate${this.bodies.size}`;
    if (!this.bodies.has(body)) {
      this.bodies.set(body, name);
      this.functions.push(`function ${name}(input: any, issues: ValidationIssue[]): any {\n${body}\n}`);
    }
    this.names.set(schema, name);
    return name;
  }

  private use(name: string): string {
    this.runtime.add(name);
    return name;
  }

  /** The exported name of `value` (a function by identity, a list by content) in one of {@link SOURCES}. */
  private imported(value: unknown, what: string): string | undefined {
    for (const source of SOURCES) {
      for (const [name, candidate] of Object.entries(source.exports)) {
        const same =
          candidate === value ||
          (Array.isArray(value) && Array.isArray(candidate) && candidate.length === value.length && candidate.every((item, index) => item === value[index]));
        if (!same) continue;
        if (!this.imports.has(source.specifier)) this.imports.set(source.specifier, new Set());
        this.imports.get(source.specifier)!.add(name);
        return name;
      }
    }
    if (typeof value === 'function') throw new Error(`${what}: the function is not exported by any of the generator's sources`);
    return undefined;
  }

  private constant(prefix: string, expression: string): string {
    const known = this.constants.get(expression);
    if (known) return known;
    const name = `${prefix}${this.constants.size}`;
    this.constants.set(expression, name);
    return name;
  }

  private issue(fields: string, message: string | undefined): string {
    return `{ ${fields}, path: []${message === undefined ? '' : `, message: ${literal(message)}`} }`;
  }

  private body(schema: Schema): string[] {
    const internals = schema._zod;
    const def = internals.def;
    const own = errorOf(def);
    const lines: string[] = [];
    const selfCheck = internals.traits.has('$ZodCheck');
    const checks: Schema[] = [...(selfCheck ? [schema] : []), ...(def.checks ?? [])].filter((check: Schema) => check._zod.def.check !== 'describe');
    if (checks.length > 0) lines.push('const start = issues.length;');
    // `value` is what zod's parse makes of the input (objects without their unknown keys, a union's winning
    // option, a URL trimmed): the checks read it, as zod's checks read the parsed value.
    lines.push('let value = input;');
    lines.push(...this.parse(schema, own));
    for (const check of checks) lines.push(...this.check(check, check === schema ? own : (errorOf(check._zod.def) ?? own)));
    lines.push('return value;');
    return lines;
  }

  /** What zod's `parse` of the schema does: the type and the structure, before any check. */
  private parse(schema: Schema, message: string | undefined): string[] {
    const def = schema._zod.def;
    const typeIssue = (expected: string): string => `issues.push(${this.use('typeIssue')}('${expected}', input, ${literal(message)}));`;
    switch (def.type) {
      case 'string':
        if (def.coerce) throw new Error('z.coerce is not supported');
        return [`if (typeof input !== 'string') ${typeIssue('string')}`];
      case 'number':
        if (def.coerce) throw new Error('z.coerce is not supported');
        return [`if (typeof input !== 'number' || !Number.isFinite(input)) ${typeIssue('number')}`];
      case 'boolean':
        return [`if (typeof input !== 'boolean') ${typeIssue('boolean')}`];
      case 'literal': {
        const values: unknown[] = def.values;
        if (!values.every((value) => ['string', 'number', 'boolean'].includes(typeof value) && !Number.isNaN(value)))
          throw new Error('z.literal: only strings, numbers and booleans');
        return [
          `if (${values.map((value) => `input !== ${literal(value)}`).join(' && ')}) issues.push(${this.issue(`code: 'invalid_value', values: ${literal(values)}, input`, message)});`,
        ];
      }
      case 'enum': {
        const values = Object.values(def.entries as Record<string, unknown>);
        if (values.some((value) => typeof value !== 'string')) throw new Error('z.enum: only string values');
        const list = this.imported(values, 'z.enum') ?? this.constant('VALUES', `${literal(values)} as const`);
        return [`if (!(${list} as readonly unknown[]).includes(input)) issues.push(${this.issue(`code: 'invalid_value', values: ${list}, input`, message)});`];
      }
      case 'optional': {
        if (def.innerType._zod.optin === 'defaulted') throw new Error('z.optional of a defaulted schema is not supported');
        return [`if (input !== undefined) value = ${this.validator(def.innerType)}(input, issues);`];
      }
      case 'array':
        return [`value = ${this.use('checkArray')}(input, issues, ${this.validator(def.element)}, ${literal(message)});`];
      case 'object':
        return this.object(schema, message, typeIssue('object'));
      case 'union': {
        if (def.discriminator !== undefined) return this.discriminatedUnion(schema, message, typeIssue('object'));
        if (def.inclusive === false) throw new Error('z.xor is not supported');
        const options = def.options.map((option: Schema) => this.validator(option));
        if (options.length === 1) return [`value = ${options[0]}(input, issues);`];
        return [`value = ${this.use('checkUnion')}(input, issues, [${options.join(', ')}], ${literal(message)});`];
      }
      case 'record': {
        const key = def.keyType._zod.def;
        if (key.type !== 'string' || (key.checks ?? []).length > 0 || def.mode === 'loose') throw new Error('z.record: only plain string keys');
        return [`value = ${this.use('checkRecord')}(input, issues, ${this.validator(def.valueType)}, ${literal(message)});`];
      }
      case 'custom':
        return [];
      default:
        throw new Error(`zod type "${def.type}" is not supported by the generator`);
    }
  }

  private object(schema: Schema, message: string | undefined, typeIssue: string): string[] {
    const def = schema._zod.def;
    const shape: Record<string, Schema> = def.shape;
    if (Object.getOwnPropertySymbols(shape).length > 0) throw new Error('z.object: symbol keys are not supported');
    const keys = Object.keys(shape);
    const lines = [`if (!${this.use('isObject')}(input)) ${typeIssue}`, 'else {', '  value = {};'];
    for (const key of keys) {
      if (key === '__proto__') throw new Error('z.object: a "__proto__" key is not supported');
      const field = shape[key]._zod;
      const validate = this.validator(shape[key]);
      const name = literal(key);
      if (field.optin === 'optional' && field.optout === 'optional') {
        lines.push(`  ${this.use('optionalKey')}(input, ${name}, ${validate}, issues, value);`);
      } else if (field.optin === undefined) {
        lines.push(`  ${this.use('requiredKey')}(input, ${name}, ${validate}, issues, value);`);
      } else {
        throw new Error(`z.object: key "${key}" is neither required nor plainly optional`);
      }
    }
    const catchall = def.catchall?._zod.def.type;
    if (catchall === 'never') {
      const known = this.constant('KEYS', `new Set(${literal(keys)})`);
      lines.push(`  ${this.use('checkUnknownKeys')}(input, ${known}, issues, ${literal(message)});`);
    } else if (catchall !== undefined) {
      throw new Error('z.object: only strict (never) or stripping objects are supported');
    }
    lines.push('}');
    return lines;
  }

  private discriminatedUnion(schema: Schema, message: string | undefined, typeIssue: string): string[] {
    const def = schema._zod.def;
    if (def.unionFallback) throw new Error('z.discriminatedUnion with unionFallback is not supported');
    const discriminator: string = def.discriminator;
    const cases: string[] = [];
    const tags: unknown[] = [];
    for (const option of def.options) {
      const values: Set<unknown> | undefined = option._zod.def.shape?.[discriminator]?._zod.values;
      if (!values || values.size === 0 || [...values].some((value) => typeof value !== 'string'))
        throw new Error('z.discriminatedUnion: options need string literal tags');
      const validate = this.validator(option);
      for (const value of values) {
        if (tags.includes(value)) throw new Error(`z.discriminatedUnion: tag ${literal(value)} is used twice`);
        tags.push(value);
        cases.push(`    case ${literal(value)}:`);
      }
      cases.push(`      value = ${validate}(input, issues);`, '      break;');
    }
    return [
      `if (!${this.use('isObject')}(input)) ${typeIssue}`,
      'else',
      `  switch (input[${literal(discriminator)}]) {`,
      ...cases,
      '    default:',
      `      issues.push({ code: 'invalid_union', input, path: [${literal(discriminator)}]${message === undefined ? '' : `, message: ${literal(message)}`} });`,
      '  }',
    ];
  }

  /** One check as zod's `runChecks` runs it: skipped after an aborting issue, unless it has a `when` (length checks). */
  private check(check: Schema, message: string | undefined): string[] {
    const def = check._zod.def;
    const going = !def.abort; // zod's `continue` on the check's issues
    const running = `!${this.use('aborted')}(issues, start)`;
    switch (def.check) {
      case 'min_length':
        if (def.abort) throw new Error('min_length: abort is not supported');
        if (def.when?.name !== '_whenHasLength') throw new Error('min_length: a custom `when` is not supported');
        return [
          `if (!${this.use('explicitlyAborted')}(issues, start) && ${this.use('hasLength')}(value)) ${this.use('checkMinLength')}(value, ${def.minimum}, issues, ${literal(message)});`,
        ];
      case 'string_format': {
        if (def.format === 'url') {
          if ('normalize' in def || 'hostname' in def || 'protocol' in def) throw new Error('z.url options are not supported');
          return [
            `if (${running}) {`,
            `  const url = ${this.use('parsedUrl')}(value);`,
            `  if (url === undefined) issues.push(${this.issue(`code: 'invalid_format', format: 'url', input: value, continue: ${going}`, message)});`,
            '  else value = url;',
            '}',
          ];
        }
        const pattern: RegExp | undefined = def.pattern;
        if (!pattern || pattern.global || pattern.sticky) throw new Error(`string format "${def.format}": a plain pattern is needed`);
        const regex = this.imported(pattern, 'pattern') ?? this.constant('PATTERN', pattern.toString());
        return [
          `if (${running} && !${regex}.test(value)) issues.push(${this.issue(`origin: 'string', code: 'invalid_format', format: ${literal(def.format)}, input: value, pattern: String(${regex}), continue: ${going}`, message)});`,
        ];
      }
      case 'number_format':
        if (def.format !== 'safeint') throw new Error(`number format "${def.format}" is not supported`);
        return [
          `if (${running}) {`,
          `  if (!Number.isInteger(value)) issues.push(${this.issue(`code: 'invalid_type', expected: 'int', format: 'safeint', input: value, continue: false`, message)});`,
          `  else if (!Number.isSafeInteger(value))`,
          `    issues.push(value > 0 ? ${this.issue(`code: 'too_big', origin: 'int', maximum: Number.MAX_SAFE_INTEGER, inclusive: true, input: value, continue: ${going}`, message)} : ${this.issue(`code: 'too_small', origin: 'int', minimum: Number.MIN_SAFE_INTEGER, inclusive: true, input: value, continue: ${going}`, message)});`,
          '}',
        ];
      case 'greater_than':
        if (typeof def.value !== 'number') throw new Error('greater_than: only numbers');
        return [
          `if (${running} && !(value ${def.inclusive ? '>=' : '>'} ${def.value})) issues.push(${this.issue(`origin: 'number', code: 'too_small', minimum: ${def.value}, inclusive: ${Boolean(def.inclusive)}, input: value, continue: ${going}`, message)});`,
        ];
      case 'custom': {
        if (check._zod.traits.has('$ZodType')) {
          // z.custom(fn): the schema is its own check.
          if (def.params !== undefined || (def.path ?? []).length > 0) throw new Error('z.custom: params and path are not supported');
          const test = this.imported(def.fn, 'z.custom');
          return [`if (${running} && !${test}(value)) issues.push(${this.issue(`code: 'custom', input: value, continue: ${going}`, message)});`];
        }
        // rolCheck(fn): the library's own rule, reporting into the issue list itself.
        if (typeof def.rolCheck !== 'function') throw new Error('z.check: only the library checks made with rolCheck are supported');
        return [`if (${running}) ${this.imported(def.rolCheck, 'rolCheck')}(value, { value, issues });`];
      }
      default:
        throw new Error(`check "${def.check}" is not supported by the generator`);
    }
  }

  /** The module's text. */
  source(roots: Readonly<Record<string, { schema: Schema; doc: string }>>): string {
    const exported = Object.entries(roots).map(([name, { schema, doc }]) => {
      const validate = this.validator(schema);
      return `/** ${doc} */\nexport function ${name}(value: unknown): ValidationIssue[] {\n  const issues: ValidationIssue[] = [];\n  ${validate}(value, issues);\n  return issues;\n}`;
    });
    const imports = [...this.imports]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([specifier, names]) => `import { ${[...names].sort().join(', ')} } from '${specifier}';`);
    return [
      '// Generated by scripts/write-report-validator.ts from the zod schemas: do not edit (run `npx tsx scripts/write-report-validator.ts`).',
      '// Each function checks one schema as zod would (same issues, paths, codes and messages); parse/validator-runtime.ts has the rules they share.',
      '/* eslint-disable */',
      `import type { ValidationIssue } from '../validation-issue.js';`,
      `import { ${[...this.runtime].sort().join(', ')} } from '${RUNTIME}';`,
      ...imports,
      '',
      ...[...this.constants].map(([expression, name]) => `const ${name} = ${expression};`),
      '',
      ...exported.flatMap((text) => [text, '']),
      ...this.functions.flatMap((text) => [text, '']),
    ].join('\n');
  }
}

/** The generated validator's source, from the schemas as they are now. */
export function reportValidatorSource(): string {
  return new Generator().source({
    validateReport: { schema: ReportSchema, doc: 'Every issue `ReportSchema` finds in `value`, in zod’s order, without zod.' },
    validatePriorFigure: { schema: PriorFigureSchema, doc: 'Every issue `PriorFigureSchema` finds in `value`, in zod’s order, without zod.' },
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const source = reportValidatorSource();
  if (process.argv.includes('--check')) {
    if (readFileSync(REPORT_VALIDATOR_FILE, 'utf8') !== source) {
      console.error(`${REPORT_VALIDATOR_FILE} is stale: run npx tsx scripts/write-report-validator.ts`);
      process.exit(1);
    }
  } else {
    writeFileSync(REPORT_VALIDATOR_FILE, source);
  }
}
