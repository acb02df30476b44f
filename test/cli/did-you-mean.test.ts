// The suggestion behind "did you mean --json?", called directly (test/cli/usage-errors.test.ts runs it in the CLI).
import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance, MAX_SUGGESTION_DISTANCE } from '../../packages/cli/src/did-you-mean.js';

const OPTIONS = ['json', 'output', 'url', 'year', 'quiet', 'full-page', 'lang', 'help', 'version'];
const COMMANDS = ['extract', 'check', 'compute', 'render', 'schema', 'help'];

describe('editDistance', () => {
  it('counts insertions, deletions and replacements', () => {
    expect(editDistance('json', 'json')).toBe(0);
    expect(editDistance('jsn', 'json')).toBe(1);
    expect(editDistance('jsonn', 'json')).toBe(1);
    expect(editDistance('jsan', 'json')).toBe(1);
    expect(editDistance('', 'json')).toBe(4);
    expect(editDistance('json', '')).toBe(4);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('counts a swap of two neighbours as one edit', () => {
    expect(editDistance('jsno', 'json')).toBe(1);
    expect(editDistance('chekc', 'check')).toBe(1);
    expect(editDistance('comptue', 'compute')).toBe(1);
  });

  it('is symmetric, and counts characters, not UTF-16 units', () => {
    expect(editDistance('ouput', 'output')).toBe(editDistance('output', 'ouput'));
    expect(editDistance('报告', '报表')).toBe(1);
    expect(editDistance('𠀀a', 'a')).toBe(1);
  });
});

describe('didYouMean', () => {
  it('names the option meant by a typo within two edits', () => {
    expect(didYouMean('jsn', OPTIONS)).toEqual(['json']);
    expect(didYouMean('ouput', OPTIONS)).toEqual(['output']);
    expect(didYouMean('verison', OPTIONS)).toEqual(['version']);
    expect(didYouMean('full-pgae', OPTIONS)).toEqual(['full-page']);
    expect(didYouMean('yaer', OPTIONS)).toEqual(['year']);
  });

  it('names what a prefix starts, before any near miss', () => {
    expect(didYouMean('out', OPTIONS)).toEqual(['output']);
    expect(didYouMean('full', OPTIONS)).toEqual(['full-page']);
    // "ver" is two edits from "year" but the start of "version".
    expect(didYouMean('ver', OPTIONS)).toEqual(['version']);
    // A known word that starts the typed one counts as a prefix too.
    expect(didYouMean('language', OPTIONS)).toEqual(['lang']);
  });

  it('gives every one of equally good words, in their order', () => {
    expect(didYouMean('c', COMMANDS)).toEqual(['check', 'compute']);
    expect(didYouMean('sheck', ['check', 'shock'])).toEqual(['check', 'shock']);
    // Two edits from each: a short word can be near several.
    expect(didYouMean('yr', OPTIONS)).toEqual(['url', 'year']);
  });

  it('prefers the nearest near miss', () => {
    expect(didYouMean('chec', ['cheese', 'check'])).toEqual(['check']);
    expect(didYouMean('rendr', COMMANDS)).toEqual(['render']);
    expect(didYouMean('chek', COMMANDS)).toEqual(['check']);
  });

  it('ignores case, and ranks the same word in other case first', () => {
    expect(didYouMean('JSON', OPTIONS)).toEqual(['json']);
    expect(didYouMean('Check', COMMANDS)).toEqual(['check']);
    expect(didYouMean('json', ['json-lines', 'json'])).toEqual(['json']);
  });

  it('names nothing when nothing is close', () => {
    expect(MAX_SUGGESTION_DISTANCE).toBe(2);
    expect(didYouMean('frobnicate', COMMANDS)).toEqual([]);
    expect(didYouMean('bogus', OPTIONS)).toEqual([]);
    expect(didYouMean('x', OPTIONS)).toEqual([]);
    expect(didYouMean('', OPTIONS)).toEqual([]);
    expect(didYouMean('json', [])).toEqual([]);
  });
});
