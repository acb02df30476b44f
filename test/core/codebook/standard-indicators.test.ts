// The codebook table itself: well-formed, unique ids of real families; rates that name existing parts; a
// topic dictionary that cannot produce an id that collides with an entry; and a document that lists them all.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FAMILIES, STANDARD_DIMENSIONS, STANDARD_INDICATOR_IDS, STANDARD_INDICATORS, TOPIC_QUALIFIERS, standardIndicator } from '@rule-of-law/core';
import { withTables } from '../../../scripts/write-codebook-doc.js';

const ID = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;
const SLUG = /^[a-z][a-z0-9_]*$/;
const KIND = { count: 'count', person: 'count', money: 'amount', percent: 'rate' } as const;

describe('STANDARD_INDICATORS', () => {
  it('has unique, well-formed ids that start with their family', () => {
    expect(new Set(STANDARD_INDICATOR_IDS).size).toBe(STANDARD_INDICATORS.length);
    for (const entry of STANDARD_INDICATORS) {
      expect(entry.id).toMatch(ID);
      expect(FAMILIES).toContain(entry.family);
      expect(entry.id.startsWith(`${entry.family}.`)).toBe(true);
    }
  });

  it('lists the ids in table order and finds each by id', () => {
    expect(STANDARD_INDICATOR_IDS).toEqual(STANDARD_INDICATORS.map((entry) => entry.id));
    for (const entry of STANDARD_INDICATORS) expect(standardIndicator(entry.id)).toBe(entry);
    expect(standardIndicator('enforcement.smoking.penalties')).toBeUndefined();
  });

  it('labels every entry in both languages, with a kind that fits its dimension', () => {
    for (const entry of STANDARD_INDICATORS) {
      expect(entry.label['zh-CN'].trim()).not.toBe('');
      expect(entry.label.en.trim()).not.toBe('');
      expect(STANDARD_DIMENSIONS).toContain(entry.dimension);
      expect(entry.kind).toBe(KIND[entry.dimension]);
    }
  });

  it('gives every entry at least one phrase, and no empty or padded word', () => {
    for (const entry of STANDARD_INDICATORS) {
      const words = [...entry.phrases, ...(entry.fallbackPhrases ?? []), ...(entry.requires ?? []), ...(entry.implied ?? [])];
      expect(entry.phrases.length + (entry.fallbackPhrases?.length ?? 0), entry.id).toBeGreaterThan(0);
      for (const word of words) expect(word.trim() !== '' && word === word.trim(), `${entry.id}: "${word}"`).toBe(true);
    }
  });

  it('keeps fallback phrases free of phrases, so that a verb is never hidden inside a head noun', () => {
    const phrases = STANDARD_INDICATORS.flatMap((entry) => entry.phrases);
    for (const entry of STANDARD_INDICATORS) {
      for (const noun of entry.fallbackPhrases ?? [])
        expect(
          phrases.filter((phrase) => noun.includes(phrase)),
          `${entry.id}: ${noun}`,
        ).toEqual([]);
    }
  });

  it('names the numerator and base of rates only, and they exist', () => {
    for (const entry of STANDARD_INDICATORS) {
      for (const part of [entry.base, entry.numerator]) {
        if (part === undefined) continue;
        expect(entry.kind, entry.id).toBe('rate');
        expect(standardIndicator(part)?.kind, `${entry.id} → ${part}`).toBe('count');
      }
    }
  });

  it('reuses the ids of the reference report where the concept is the same', () => {
    expect(STANDARD_INDICATOR_IDS).toEqual(
      expect.arrayContaining([
        'enforcement.penalties',
        'enforcement.fines',
        'enforcement.duties_performed',
        'enforcement.duty_performance_rate',
        'enforcement.officer_participation_rate',
        'enforcement.inspection_records',
        'litigation.appearance_rate',
        'petitions.visits.persons',
      ]),
    );
  });

  it('covers every family that has figures of its own', () => {
    const families = new Set(STANDARD_INDICATORS.map((entry) => entry.family));
    for (const family of ['enforcement', 'reconsideration', 'litigation', 'petitions', 'legal_advice', 'decision_making', 'publicity'] as const) {
      expect(families.has(family), family).toBe(true);
    }
  });
});

describe('TOPIC_QUALIFIERS', () => {
  it('has about fifty topics with well-formed, unique slugs, each word in one topic', () => {
    expect(TOPIC_QUALIFIERS.length).toBeGreaterThanOrEqual(50);
    expect(new Set(TOPIC_QUALIFIERS.map((topic) => topic.slug)).size).toBe(TOPIC_QUALIFIERS.length);
    const words = TOPIC_QUALIFIERS.flatMap((topic) => topic.words);
    expect(new Set(words).size).toBe(words.length);
    for (const topic of TOPIC_QUALIFIERS) {
      expect(topic.slug).toMatch(SLUG);
      expect(topic.words.length).toBeGreaterThan(0);
    }
  });

  it('cannot qualify an entry into the id of another', () => {
    const ids = new Set(STANDARD_INDICATOR_IDS);
    for (const entry of STANDARD_INDICATORS) {
      for (const { slug } of TOPIC_QUALIFIERS) expect(ids.has(`${entry.family}.${slug}.${entry.id.slice(entry.family.length + 1)}`)).toBe(false);
    }
  });
});

describe('docs/codebook.md', () => {
  const document = readFileSync(new URL('../../../docs/codebook.md', import.meta.url), 'utf8');

  it('lists every entry', () => {
    for (const id of STANDARD_INDICATOR_IDS) expect(document, id).toContain(`\`${id}\``);
  });

  it('has the tables the code generates (`npx tsx scripts/write-codebook-doc.ts` rewrites them)', () => {
    expect(withTables(document) === document).toBe(true);
  });

  it('lists every topic slug', () => {
    for (const { slug } of TOPIC_QUALIFIERS) expect(document, slug).toContain(`\`${slug}\``);
  });
});
