import { readFileSync } from 'node:fs';
import type { ExtractedFigure } from '@rule-of-law/core/extract';

/** A figure as the tests write it by hand: written form, value, unit (code or custom name), qualifier, marker. */
export type Expected = readonly [written: string, value: number, unit: string, qualifier?: string, marker?: string];

const unitName = (figure: ExtractedFigure): string => (typeof figure.unit === 'string' ? figure.unit : figure.unit.custom);

/** A figure in the hand-written form, for comparing with an {@link Expected} list. */
export function asExpected(figure: ExtractedFigure): Expected {
  const row: [string, number, string, string, string?] = [figure.written, figure.value, unitName(figure), figure.qualifier];
  if (figure.marker !== undefined) row.push(figure.marker);
  return row;
}

/** Fills in the defaults of a hand-written row: qualifier exact, no marker. */
export function normalise([written, value, unit, qualifier = 'exact', marker]: Expected): Expected {
  return marker === undefined ? [written, value, unit, qualifier] : [written, value, unit, qualifier, marker];
}

/** Reads a text under examples/ or test/extract/fixtures/. */
export function readExample(path: string): string {
  return readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
}

/** Reads one of this folder's fixture texts. */
export function readFixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}
