import type { Locale } from '@rule-of-law/core';

/** The library's locale for any BCP 47 tag: `en…` → en; anything else (zh, zh-CN, zh-Hans, empty) → zh-CN. */
export function toLocale(tag: string | null | undefined): Locale {
  return tag && /^en\b/i.test(tag) ? 'en' : 'zh-CN';
}

/**
 * The language in force for an element: its own `lang`, else the nearest ancestor's (crossing shadow
 * roots to their hosts), else `<html lang>`. An empty `lang=""` counts as not set.
 */
export function resolveLang(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const withLang = node.closest('[lang]:not([lang=""])');
    if (withLang) return withLang.getAttribute('lang') ?? '';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return element.ownerDocument.documentElement.lang;
}
