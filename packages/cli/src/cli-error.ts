import type { Locale } from '@rule-of-law/core';

/** A message in both languages of the command line. */
export type Bilingual = Readonly<Record<Locale, string>>;

/** An expected failure: shown to the user as one clear message (never a stack trace), with an exit code. */
export class CliError extends Error {
  readonly exitCode: number;
  readonly text: Bilingual;

  constructor(text: Bilingual, exitCode = 2) {
    super(text.en);
    this.name = 'CliError';
    this.text = text;
    this.exitCode = exitCode;
  }
}

/** Exit codes: 0 all good, 1 warnings found, 2 errors, invalid input or failure. */
export const EXIT = { ok: 0, warnings: 1, errors: 2 } as const;
