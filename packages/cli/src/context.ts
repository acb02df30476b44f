import { toLocale, writeIn, type Locale, type LocaleTag } from '@rule-of-law/core';
import type { Bilingual } from './cli-error.js';

/** What every command needs: the language of messages and where to write. */
export interface CommandContext {
  readonly locale: Locale;
  /** The locale of rendered HTML and of messages' script: `locale`, or a locale reading it (zh-Hant reads zh-CN). */
  readonly tag: LocaleTag;
  /** Writes to stdout (the command's result). */
  readonly out: (text: string) => void;
  /** Writes to stderr (notes, progress, errors). */
  readonly err: (text: string) => void;
  /** The message in the chosen language. */
  readonly say: (text: Bilingual) => string;
}

/** A context in the locale `tag` (its messages in `tag`'s language) writing to the process's stdout and stderr. */
export function processContext(tag: LocaleTag): CommandContext {
  const locale = toLocale(tag);
  return {
    locale,
    tag,
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    say: (text) => writeIn(tag, () => text[locale]),
  };
}
