import type { Locale } from '@rule-of-law/core';
import type { Bilingual } from './cli-error.js';

/** What every command needs: the language of messages and where to write. */
export interface CommandContext {
  readonly locale: Locale;
  /** Writes to stdout (the command's result). */
  readonly out: (text: string) => void;
  /** Writes to stderr (notes, progress, errors). */
  readonly err: (text: string) => void;
  /** The message in the chosen language. */
  readonly say: (text: Bilingual) => string;
}

/** A context writing to the process's stdout and stderr. */
export function processContext(locale: Locale): CommandContext {
  return {
    locale,
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    say: (text) => text[locale],
  };
}
