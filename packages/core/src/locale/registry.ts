import { en } from './en.js';
import type { LocaleTag, Translation } from './translation.js';
import { zhCN } from './zh-CN.js';

interface Store {
  readonly translations: Map<string, Translation>;
  readonly listeners: Set<() => void>;
  readonly resolved: Map<string, Translation>;
}

const STORE = Symbol.for('@rule-of-law/translations');

/**
 * The registered locales, shared through `globalThis` by every copy of the library in the page: a locale
 * file loaded beside the drop-in (`rule-of-law-zh-Hant.min.js`) registers into the drop-in's registry.
 */
function store(): Store {
  const global = globalThis as { [STORE]?: Store };
  return (global[STORE] ??= { translations: new Map(), listeners: new Set(), resolved: new Map() });
}

const BUILT_IN: readonly Translation[] = [zhCN, en];

/**
 * Registers locales (a later registration of a tag replaces the earlier one) and tells every listener, so
 * that elements already on the page redraw in a locale that arrived after them.
 *
 * @example
 * ```ts
 * import { registerTranslation } from '@rule-of-law/core';
 * import { zhHant } from '@rule-of-law/core/locales/zh-Hant';
 * registerTranslation(zhHant); // importing the file registers it too
 * ```
 */
export function registerTranslation(...translations: readonly Translation[]): void {
  const { translations: registered, listeners, resolved } = store();
  for (const translation of translations) registered.set(translation.tag.toLowerCase(), translation);
  resolved.clear();
  for (const listener of listeners) listener();
}

/**
 * Calls `listener` whenever a locale is registered; returns the function that stops it.
 *
 * @example
 * ```ts
 * const stop = onTranslationRegistered(() => console.log('a locale arrived'));
 * stop();
 * ```
 */
export function onTranslationRegistered(listener: () => void): () => void {
  const { listeners } = store();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The locales available now: zh-CN and en always, then every registered one.
 *
 * @example
 * ```ts
 * registeredLocales().map((translation) => translation.tag); // ['zh-CN', 'en'] (+ 'zh-Hant' once imported)
 * ```
 */
export function registeredLocales(): readonly Translation[] {
  const byTag = new Map(BUILT_IN.map((translation) => [translation.tag.toLowerCase(), translation]));
  for (const [tag, translation] of store().translations) byTag.set(tag, translation);
  return [...byTag.values()];
}

function find(tag: string): Translation | undefined {
  return registeredLocales().find((translation) => translation.tag.toLowerCase() === tag || translation.aliases?.includes(tag));
}

/**
 * The translation for any BCP 47 tag, with fallback: the tag itself or an alias (`zh-TW` → zh-Hant once
 * it is registered), then the tag with its last subtag dropped (`zh-Hant-HK` → `zh-Hant`, `en-US` → `en`,
 * `zh-TW` → `zh` → zh-CN when zh-Hant is not loaded), else zh-CN — the language of the reports.
 *
 * @example
 * ```ts
 * translationOf('en-GB').tag; // 'en'
 * translationOf('zh-Hans-CN').tag; // 'zh-CN'
 * translationOf(undefined).tag; // 'zh-CN'
 * ```
 */
export function translationOf(tag: LocaleTag | null | undefined): Translation {
  const { resolved } = store();
  // Every formatting call asks, mostly with the same few tags: the tag as given is looked up first.
  const given = resolved.get(tag ?? '');
  if (given) return given;
  const key = (tag ?? '').trim().toLowerCase().replace(/_/g, '-');
  const known = resolved.get(key);
  if (known) {
    resolved.set(tag ?? '', known);
    return known;
  }
  let found: Translation | undefined;
  for (let candidate = key; candidate && !found; candidate = candidate.slice(0, Math.max(0, candidate.lastIndexOf('-')))) found = find(candidate);
  const translation = found ?? zhCN;
  resolved.set(key, translation).set(tag ?? '', translation);
  return translation;
}

/**
 * The registered locale's tag for any BCP 47 tag (see {@link translationOf}).
 *
 * @example
 * ```ts
 * resolveLocale('zh-TW'); // 'zh-CN', or 'zh-Hant' once '@rule-of-law/core/locales/zh-Hant' is imported
 * ```
 */
export function resolveLocale(tag: LocaleTag | null | undefined): LocaleTag {
  return translationOf(tag).tag;
}

/**
 * Writes a text in a locale: `write` composes it in the locale's language, then the locale converts it
 * to its script (zh-Hant). What every formatting function does.
 *
 * @example
 * ```ts
 * writeIn('zh-Hant', (translation) => `${translation.year('2024')}行政复议`); // '2024年行政複議' once zh-Hant is registered
 * ```
 */
export function writeIn(tag: LocaleTag, write: (translation: Translation) => string): string {
  const translation = translationOf(tag);
  const text = write(translation);
  return translation.convert ? translation.convert(text) : text;
}
