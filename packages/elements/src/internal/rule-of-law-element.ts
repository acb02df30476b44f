import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { Locale } from '@rule-of-law/core';
import { LocaleController } from './i18n/locale-controller.js';
import type { Strings } from './i18n/strings.js';

/** Token sets an element can use. `auto` follows the reader's colour-scheme and contrast preferences. */
export const THEMES = ['light', 'dark', 'high-contrast', 'auto'] as const;

/** One of {@link THEMES}. */
export type Theme = (typeof THEMES)[number];

/** What every element shares: `lang` resolution and strings, and the `theme` token set. */
export abstract class RuleOfLawElement extends LitElement {
  /** The language: this element's `lang`, else the nearest ancestor's, else `<html lang>`. `en…` → English, anything else → zh-CN. */
  @property({ reflect: true }) override lang!: string;

  /** The token set: `light` (default), `dark`, `high-contrast`, or `auto` (follows the reader's settings). */
  @property({ reflect: true }) theme?: Theme;

  private readonly i18n = new LocaleController(this);

  /** The locale in force. */
  protected get locale(): Locale {
    return this.i18n.locale;
  }

  /** The strings of the locale in force. */
  protected get strings(): Strings {
    return this.i18n.strings;
  }
}
