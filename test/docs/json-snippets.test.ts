// The ```json snippets of the documents are examples taken from the reference report
// (examples/hangzhoudao-2023.json, transcribed from examples/hangzhoudao-2023.txt). Each must parse, be what
// it shows, and agree with the reference:
// - a whole report (it has `schemaVersion`) must pass `parseReport`, with the reference's header fields;
// - a quantity (it has `value` and `unit`) must pass QuantitySchema, be the reference's figure written the
//   same way, and its `source` must be the characters at [start, end) of the reference text;
// - an indicator (it has `id` and `kind`; an example from another report, such as a year-on-year change)
//   must pass IndicatorSchema, and a rate whose operands are inline must reconcile with its stated figure.
// Any other kind of JSON snippet fails until this test learns what it is.
import { computeRateIndicator, IndicatorSchema, parseReport, QuantitySchema } from '@rule-of-law/core';
import { describe, expect, it } from 'vitest';
import { docSnippets } from '../support/doc-snippets.js';
import { referenceJson, referenceText } from '../support/examples.js';

const reference = referenceJson();

/** Every quantity of the reference report: stated quantities, breakdown totals and parts, inline rate operands. */
function referenceQuantities(): unknown[] {
  const found: unknown[] = [];
  const visit = (value: unknown, key?: string): void => {
    if (Array.isArray(value)) value.forEach((item) => visit(item));
    else if (value && typeof value === 'object') {
      if ((key === 'quantity' || key === 'total') && 'value' in value) found.push(value);
      for (const [childKey, child] of Object.entries(value)) visit(child, childKey);
    }
  };
  visit(reference.indicators);
  return found;
}

describe('the JSON snippets', () => {
  const snippets = docSnippets('json');
  for (const snippet of snippets) {
    it(`${snippet.name} is valid and agrees with the reference report`, () => {
      const json = JSON.parse(snippet.code) as Record<string, unknown>;
      if ('schemaVersion' in json) {
        const parsed = parseReport(json);
        expect(parsed.ok ? [] : parsed.issues.map((issue) => `${issue.pointer}: ${issue.message.en}`)).toEqual([]);
        for (const field of ['schemaVersion', 'title', 'period', 'signedOn', 'publishedAt', 'source']) expect(json[field], field).toEqual(reference[field]);
        expect(reference.issuer).toMatchObject(json.issuer as object);
      } else if ('value' in json && 'unit' in json) {
        const parsed = QuantitySchema.safeParse(json);
        expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
        expect(referenceQuantities().filter((quantity) => (quantity as { written?: unknown }).written === json.written)).toContainEqual(json);
        const source = json.source as { text: string; start: number; end: number } | undefined;
        if (source) expect(referenceText().slice(source.start, source.end)).toBe(source.text);
      } else if ('id' in json && 'kind' in json) {
        const parsed = IndicatorSchema.safeParse(json);
        expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
        if (parsed.success && parsed.data.kind === 'rate' && parsed.data.quantity) {
          const { computed, findings } = computeRateIndicator(parsed.data, { indicators: new Map(), breakdowns: new Map() });
          expect(computed.reconciliation, `${snippet.name}: the stated rate follows from its inline operands`).toBe('match');
          expect(findings).toEqual([]);
        }
      } else {
        expect.fail(`${snippet.name}: neither a report, a quantity nor an indicator; teach this test what it is`);
      }
    });
  }
});
