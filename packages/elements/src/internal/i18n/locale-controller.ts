import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from '@rule-of-law/core';
import { resolveLang, toLocale } from './locale.js';
import { STRINGS, type Strings } from './strings.js';

const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;

/** One observer for the whole page: any `lang` change re-renders every connected element. */
function observe(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()));
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
    }
  }

  /** The locale in force for the host. */
  get locale(): Locale {
    return toLocale(resolveLang(this.host));
  }

  /** The strings of the host's locale. */
  get strings(): Strings {
    return STRINGS[this.locale];
  }
}
