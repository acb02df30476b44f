import { LitElement, type PropertyDeclarations } from 'lit';
import type { Locale } from '@rule-of-law/core';
import { emit, type RolErrorDetail } from './events.js';
import { LocaleController } from './i18n/locale-controller.js';
import type { Strings } from './i18n/strings.js';
import { nextIdPrefix } from './light-root.js';
import { viewContext, type ViewContext } from './views/view-context.js';

import type { Theme } from './presentation.js';

export { THEMES, type Theme } from './presentation.js';

/** What every element shares: `lang` resolution and strings, and the `theme` token set. */
export abstract class RuleOfLawElement extends LitElement {
  // Reactive properties are declared here rather than with decorators: the drop-in then carries neither
  // the decorator helpers nor a call per property.
  static override properties: PropertyDeclarations = { lang: { reflect: true }, theme: { reflect: true } };

  /** The language: this element's `lang`, else the nearest ancestor's, else `<html lang>`. `en…` → English, anything else → zh-CN. */
  override lang!: string;

  /** The token set: `light` (default), `dark`, `high-contrast`, or `auto` (follows the reader's settings). */
  theme?: Theme;

  private readonly i18n = new LocaleController(this);

  /** The locale in force. */
  protected get locale(): Locale {
    return this.i18n.locale;
  }

  /** The strings of the locale in force. */
  protected get strings(): Strings {
    return this.i18n.strings;
  }

  private idPrefix?: string;

  private reportedError: RolErrorDetail | undefined;

  /** Fires `rol-error` for an error the element now shows, once per distinct error (re-renders do not repeat it). */
  protected reportError(error: RolErrorDetail | undefined): void {
    if (error === undefined || error === this.reportedError) return;
    this.reportedError = error;
    emit(this, 'rol-error', error);
  }

  /** What the shared views need: locale, strings, and ids made unique in the page when rendering into the light DOM. */
  protected get viewContext(): ViewContext {
    return viewContext(this.locale, this.renderRoot === this ? (this.idPrefix ??= nextIdPrefix()) : undefined);
  }
}
