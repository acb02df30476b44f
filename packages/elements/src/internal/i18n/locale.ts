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
