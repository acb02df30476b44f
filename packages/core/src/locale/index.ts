export type { LocaleTag, Translation } from './translation.js';
export { onTranslationRegistered, registeredLocales, registerTranslation, resolveLocale, translationOf, writeIn } from './registry.js';
