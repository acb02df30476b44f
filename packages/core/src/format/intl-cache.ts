/** One `Intl.NumberFormat` per locale and options: constructing them is the slow part of formatting. */
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

/** A memoised `Intl.NumberFormat` (keyed on locale, grouping, fraction digits and style: the options the library uses). */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${options.useGrouping}|${options.minimumFractionDigits}|${options.maximumFractionDigits}|${options.style}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

/** A memoised `Intl.PluralRules`. */
export function plurals(locale: string): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules;
}
