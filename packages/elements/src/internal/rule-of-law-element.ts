import { LitElement, type PropertyDeclarations } from 'lit';
import type { LocaleTag } from '@rule-of-law/core';
import { emit, type RolErrorDetail } from './events.js';
import { LocaleController } from './i18n/locale-controller.js';
import type { Strings } from './i18n/strings.js';
import { lightRoot, nextIdPrefix } from './light-root.js';
import type { ScopedSheet } from './styles/document-styles.js';
import { viewContext, type ViewContext } from './views/view-context.js';

import type { Theme } from './presentation.js';

export { THEMES, type Theme } from './presentation.js';

/**
 * What every element shares: `lang` resolution and strings, the `theme` token set, the render root (`render-root`:
 * a shadow root, or the element's own light DOM, see {@link lightRoot}), ids unique in the page, and `rol-error`
 * once per distinct error. `ReportsElement` adds what every element that shows reports shares.
 */
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
  protected get locale(): LocaleTag {
    return this.i18n.locale;
  }

  /** The strings of the locale in force. */
  protected get strings(): Strings {
    return this.i18n.strings;
  }

  /** The element kind's own stylesheet, adopted into the page in the light DOM when `rule-of-law.css` lacks its rules. */
  protected get lightSheet(): ScopedSheet | undefined {
    return undefined;
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return lightRoot(this, this.lightSheet) ?? super.createRenderRoot();
  }

  private idPrefix?: string;

  /** What the error last reported says (errors are worked out afresh on each render). */
  private reportedError: string | undefined;

  /**
   * Fires `rol-error` for an error the element now shows, once per distinct error: re-renders showing the same
   * error do not repeat it; `undefined` (nothing wrong shown) forgets it. `again` fires it even so (a new
   * outcome that failed the same way, e.g. a retry).
   */
  protected reportError(error: RolErrorDetail | undefined, again = false): void {
    const said = error && `${error.kind} ${error.src} ${error.message.en} ${error.issues.length}`;
    if (error && (again || said !== this.reportedError)) emit(this, 'rol-error', error);
    this.reportedError = said;
  }

  /** What the shared views need: locale, strings, and ids made unique in the page when rendering into the light DOM. */
  protected get viewContext(): ViewContext {
    return viewContext(this.locale, this.renderRoot === this ? (this.idPrefix ??= nextIdPrefix()) : undefined);
  }
}
