// The extractor's reasons for doubt and the confidence they leave: 1 less each reason's penalty, at least
// 0.05, to two decimals. Each expected confidence is that sum worked out by hand from the penalties the
// reasons are documented with (family-from-section 0.15, label-from-context 0.1…).
import { describe, expect, it } from 'vitest';
import { EXTRACTION_REASONS, reasonsOf, type ExtractionReason } from '@rule-of-law/core/extract';
import { confidenceOf, extractionExtensions } from '../../packages/core/src/extract/reasons.js';

describe('EXTRACTION_REASONS', () => {
  it('give each reason a penalty between 0 and 1 and a message in both languages', () => {
    const entries = Object.entries(EXTRACTION_REASONS);
    expect(entries.length).toBeGreaterThan(0);
    for (const [code, reason] of entries) {
      expect(code).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(reason.penalty, code).toBeGreaterThan(0);
      expect(reason.penalty, code).toBeLessThan(1);
      expect(reason['zh-CN'], code).not.toBe('');
      expect(reason.en, code).not.toBe('');
    }
  });

  it('weigh a missing issuer or period far more than a guessed family', () => {
    expect(EXTRACTION_REASONS['issuer-unknown'].penalty).toBe(0.9);
    expect(EXTRACTION_REASONS['period-unknown'].penalty).toBe(0.9);
    expect(EXTRACTION_REASONS['family-from-sentence'].penalty).toBe(0.05);
  });
});

describe('confidenceOf', () => {
  it('is 1 with no reason for doubt', () => {
    expect(confidenceOf([])).toBe(1);
  });

  it('takes each reason’s penalty off: 1 − 0.15 − 0.1 = 0.75', () => {
    expect(confidenceOf(['family-from-section', 'label-from-context'])).toBe(0.75);
    // 1 − 3 × 0.05 = 0.85 exactly, not 0.8499999…
    expect(confidenceOf(['family-from-sentence', 'breakdown-partial-list', 'rate-bound-to-prior-year'])).toBe(0.85);
  });

  it('never falls below 0.05: 1 − 0.9 − 0.9 is still 0.05', () => {
    expect(confidenceOf(['issuer-unknown', 'period-unknown'])).toBe(0.05);
    expect(confidenceOf(['issuer-unknown'])).toBe(0.1);
  });
});

describe('extractionExtensions', () => {
  it('writes the confidence and the reasons, each once, in the order first given', () => {
    expect(extractionExtensions(['family-from-section'])).toEqual({ extraction: { confidence: 0.85, reasons: ['family-from-section'] } });
    // The repeated reason counts once: 1 − 0.15 − 0.1 = 0.75, not 0.6.
    expect(extractionExtensions(['label-from-context', 'family-from-section', 'label-from-context'])).toEqual({
      extraction: { confidence: 0.75, reasons: ['label-from-context', 'family-from-section'] },
    });
    expect(extractionExtensions([])).toEqual({ extraction: { confidence: 1, reasons: [] } });
  });
});

describe('reasonsOf', () => {
  it('reads the reasons back from what extractionExtensions wrote', () => {
    const reasons: ExtractionReason[] = ['label-inherited', 'custom-unit'];
    expect(reasonsOf(extractionExtensions(reasons))).toEqual(reasons);
  });

  it('keeps only known reason codes from edited extensions', () => {
    expect(reasonsOf({ extraction: { confidence: 0.9, reasons: ['label-inherited', 'made-up', 3, null, 'custom-unit'] } })).toEqual([
      'label-inherited',
      'custom-unit',
    ]);
  });

  it('never takes a name every object has for a reason code (toString, constructor)', () => {
    expect(reasonsOf({ extraction: { reasons: ['toString', 'constructor', '__proto__', 'label-inherited'] } })).toEqual(['label-inherited']);
    expect(confidenceOf(reasonsOf({ extraction: { reasons: ['toString'] } }))).toBe(1);
  });

  it('is empty when there is nothing to read: no extensions, no extraction note, or one of the wrong shape', () => {
    expect(reasonsOf(undefined)).toEqual([]);
    expect(reasonsOf({})).toEqual([]);
    expect(reasonsOf({ extraction: 'label-inherited' })).toEqual([]);
    expect(reasonsOf({ extraction: ['label-inherited'] })).toEqual([]);
    expect(reasonsOf({ extraction: null })).toEqual([]);
    expect(reasonsOf({ extraction: { reasons: 'label-inherited' } })).toEqual([]);
  });
});
