/// <reference types="vite/client" />
/**
 * The elements' public API as Storybook sees it, read from `packages/elements/custom-elements.json`
 * (generated from the JSDoc headers by `cem analyze`): Autodocs tables and Playground controls.
 *
 * Storybook's own reader keys every row by its bare name, so a part called `chart` hides the `chart`
 * attribute, and the default slot (named "") is dropped. Here each category has its own key space
 * (`part:chart`, `slot:fallback`, `event:rol-load`…) and rows still display the bare name.
 */
import type { ArgTypes, Args } from '@storybook/web-components-vite';
import { CHART_KINDS, LAYOUTS, TABLE_MODES, THEMES, TREND_CHARTS } from '../packages/elements/src/elements.js';

interface CemType {
  readonly text: string;
}
interface CemItem {
  readonly name: string;
  readonly description?: string;
  readonly type?: CemType;
  readonly default?: string;
}
interface CemAttribute extends CemItem {
  readonly fieldName?: string;
}
interface CemMember extends CemItem {
  readonly kind: 'field' | 'method';
  readonly privacy?: 'public' | 'protected' | 'private';
  readonly static?: boolean;
  readonly readonly?: boolean;
  readonly attribute?: string;
}
/** A custom element's declaration in the manifest (the fields this file uses). */
export interface CemElement {
  readonly name: string;
  readonly tagName: string;
  readonly summary?: string;
  readonly description?: string;
  readonly attributes?: readonly CemAttribute[];
  readonly members?: readonly CemMember[];
  readonly events?: readonly CemItem[];
  readonly slots?: readonly CemItem[];
  readonly cssParts?: readonly CemItem[];
  readonly cssProperties?: readonly CemItem[];
}
/** The manifest (schema 2.x; only what this file uses). */
export interface CustomElementsManifest {
  readonly schemaVersion: string;
  readonly modules: readonly { readonly declarations?: readonly Partial<CemElement>[] }[];
}

const found = import.meta.glob<CustomElementsManifest>('../packages/elements/custom-elements.json', { eager: true, import: 'default' });
const loaded = Object.values(found)[0];
if (!loaded) {
  throw new Error('packages/elements/custom-elements.json is missing: run `npm run build` (or `npm run storybook`, which generates it).');
}

/** The generated manifest. */
export const manifest: CustomElementsManifest = loaded;

/** The declaration of `tag`; throws when the manifest does not describe it (a story would show no docs). */
export function elementFor(tag: string): CemElement {
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName === tag) return declaration as CemElement;
    }
  }
  throw new Error(`custom-elements.json has no <${tag}>: is its class exported from packages/elements/src/components/?`);
}

/** Options of the unions the elements export as `as const` arrays (the manifest only names the alias). */
const NAMED_UNIONS: Readonly<Record<string, readonly string[]>> = {
  ChartKind: CHART_KINDS,
  Layout: LAYOUTS,
  TableMode: TABLE_MODES,
  Theme: THEMES,
  TrendChart: TREND_CHARTS,
};

/** Options of attributes the JSDoc leaves untyped but whose values are fixed. */
const NAMED_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  theme: THEMES,
  lang: ['zh-CN', 'en'],
};

/** The string literals of a union like `'show' | 'hide'` (undefined and null members dropped), else undefined. */
export function literalOptions(text: string | undefined): string[] | undefined {
  if (!text) return undefined;
  const members = text
    .split('|')
    .map((member) => member.trim())
    .filter((member) => member !== 'undefined' && member !== 'null');
  if (members.length === 1 && NAMED_UNIONS[members[0]!]) return [...NAMED_UNIONS[members[0]!]!];
  const literals = members.map((member) => /^'([^']*)'$|^"([^"]*)"$/.exec(member));
  if (members.length === 0 || literals.some((match) => match === null)) return undefined;
  return literals.map((match) => match![1] ?? match![2]!);
}

function unquote(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const match = /^'([^']*)'$|^"([^"]*)"$/.exec(value);
  return match ? (match[1] ?? match[2]) : value;
}

type ArgType = ArgTypes[string];

function row(name: string, category: string, item: CemItem, extra: Partial<ArgType> = {}): ArgType {
  return {
    name,
    description: item.description ?? '',
    table: {
      category,
      ...(item.type ? { type: { summary: item.type.text } } : {}),
      ...(item.default !== undefined ? { defaultValue: { summary: item.default } } : {}),
    },
    ...extra,
  } as ArgType;
}

function controlFor(name: string, type: string | undefined): Partial<ArgType> {
  // Object form: arg types added by an extractor are not normalised, and a bare string shows no control.
  const options = literalOptions(type) ?? NAMED_ATTRIBUTES[name];
  if (options) return { control: { type: 'select' }, options: [...options] };
  const bare = type?.replace(/\s*\|\s*undefined/g, '').trim();
  if (bare === 'number' || name === 'heading-level' || name === 'timeout') return { control: { type: 'number' } };
  if (bare === 'boolean') return { control: { type: 'boolean' } };
  return { control: { type: 'text' } };
}

/** Where each arg goes when the Playground renders it. */
export type ArgTarget = 'attribute' | 'property' | 'event' | 'slot' | 'css-property' | 'part';

/** The arg keys of `tag` and what each one sets. */
export function argTargets(tag: string): Map<string, { target: ArgTarget; name: string }> {
  const targets = new Map<string, { target: ArgTarget; name: string }>();
  for (const [key, argType] of Object.entries(argTypesFor(tag))) {
    const category = (argType.table?.category ?? '') as string;
    const target: ArgTarget =
      category === 'attributes'
        ? 'attribute'
        : category === 'properties'
          ? 'property'
          : category === 'events'
            ? 'event'
            : category === 'slots'
              ? 'slot'
              : category === 'css custom properties'
                ? 'css-property'
                : 'part';
    targets.set(key, { target, name: argType.name ?? key });
  }
  return targets;
}

/**
 * Storybook arg types for `tag`, from the manifest: attributes (with controls: selects for unions,
 * numbers, text), properties that have no attribute (object controls), events (logged in Actions),
 * slots (a text control that fills the slot), CSS custom properties (a colour or text control that sets
 * the property on the element) and CSS parts (documented, no control).
 */
export function argTypesFor(tag: string): ArgTypes {
  const element = elementFor(tag);
  const types: Record<string, ArgType> = {};
  const withAttribute = new Map((element.attributes ?? []).map((attribute) => [attribute.fieldName ?? attribute.name, attribute.name]));
  for (const attribute of element.attributes ?? []) {
    const property = attribute.fieldName && attribute.fieldName !== attribute.name ? ` Property: \`${attribute.fieldName}\`.` : '';
    types[attribute.name] = row(
      attribute.name,
      'attributes',
      { ...attribute, description: `${attribute.description ?? ''}${property}`, default: unquote(attribute.default) },
      controlFor(attribute.name, attribute.type?.text),
    );
  }
  for (const member of element.members ?? []) {
    if (member.kind !== 'field' || member.static || (member.privacy && member.privacy !== 'public') || withAttribute.has(member.name)) continue;
    types[member.name] = row(member.name, 'properties', member, member.readonly ? { control: false } : { control: { type: 'object' } });
  }
  for (const event of element.events ?? []) {
    types[`event:${event.name}`] = row(event.name, 'events', event, { control: false });
  }
  for (const slot of element.slots ?? []) {
    const name = slot.name === '' ? '(default)' : slot.name;
    types[`slot:${name}`] = row(name, 'slots', slot, slot.name === '' ? { control: false } : { control: { type: 'text' } });
  }
  for (const property of element.cssProperties ?? []) {
    const colour = property.name.startsWith('--rol-color');
    types[property.name] = row(property.name, 'css custom properties', property, { control: { type: colour ? 'color' : 'text' } });
  }
  for (const part of element.cssParts ?? []) {
    types[`part:${part.name}`] = row(part.name, 'css shadow parts', part, { control: false });
  }
  return types;
}

/** The element's summary and description, for the top of its docs page. */
export function descriptionFor(tag: string): string {
  const element = elementFor(tag);
  return [element.summary, element.description].filter(Boolean).join('\n\n');
}

/**
 * Makes `<tag>` with `args` applied through the manifest: attributes set (or removed when empty),
 * properties assigned, CSS custom properties set on the element, slot args as `<span slot>` text,
 * and every event logged through `onEvent`.
 */
export function elementFromArgs(tag: string, args: Args, onEvent: (name: string, event: Event) => void): HTMLElement {
  const element = document.createElement(tag);
  for (const [key, { target, name }] of argTargets(tag)) {
    const value: unknown = args[key];
    if (target === 'event') {
      element.addEventListener(name, (event) => onEvent(name, event));
      continue;
    }
    if (value === undefined || value === null || value === '') continue;
    if (target === 'attribute') element.setAttribute(name, String(value));
    else if (target === 'property') (element as unknown as Record<string, unknown>)[name] = value;
    else if (target === 'css-property') element.style.setProperty(name, String(value));
    else if (target === 'slot') {
      const span = document.createElement('span');
      span.slot = name;
      span.textContent = String(value);
      element.append(span);
    }
  }
  return element;
}
