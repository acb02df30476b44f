import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onTranslationRegistered, resolveLocale, type LocaleTag } from '@rule-of-law/core';
import { resolveLang } from './locale.js';
import { stringsOf, type Strings } from './strings.js';

const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;
let stopListening: (() => void) | undefined;

const updateAll = (): void => hosts.forEach((host) => host.requestUpdate());

/**
 * One observer for the whole page: any `lang` change re-renders every connected element, and so does a
 * locale registered after the elements drew (`rule-of-law-zh-Hant.min.js` loaded after the drop-in).
 */
function observe(): void {
  stopListening ??= onTranslationRegistered(updateAll);
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(updateAll);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Gives an element its locale and strings, and re-renders it when the page's language changes
 * (its own `lang`, an ancestor's, or `<html lang>`).
 */
export class LocaleController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    observe();
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (hosts.size === 0) {
      observer?.disconnect();
      observer = undefined;
      stopListening?.();
      stopListening = undefined;
    }
  }

  /** The locale in force for the host: its own `lang` (as a property too, before Lit reflects it on the first render), else inherited. */
  get locale(): LocaleTag {
    return resolveLocale(this.host.lang || resolveLang(this.host));
  }

  /** The strings of the host's locale. */
  get strings(): Strings {
    return stringsOf(this.locale);
  }
}
