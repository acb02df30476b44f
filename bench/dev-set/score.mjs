/**
 * Scores drafts of the development set (test/extract/fixtures/dev-set: real report texts with
 * figures and structure labelled by hand) against their labels: figure recall and precision, stated
 * rates bound to their operands, breakdowns with a stated total found with exactly their parts,
 * prior-year figures attached, false alarms, and drafted ids. Shared by the test (which passes the
 * source functions) and `bench/dev-set/run.mjs` (which passes the built package's).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The folder of the development set. */
export const DEV_SET = fileURLToPath(new URL('../../test/extract/fixtures/dev-set/', import.meta.url));

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** Every labelled text of the development set: `{ slug, text, figures, structures }`. */
export function readDevSet(folder = DEV_SET) {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.figures.json'))
    .sort()
    .map((name) => {
      const slug = name.slice(0, -'.figures.json'.length);
      const labels = readJson(`${folder}${name}`);
      const text = readFileSync(`${folder}${labels.source ?? `${slug}.txt`}`, 'utf8');
      let structures;
      try {
        structures = readJson(`${folder}${slug}.structures.json`);
      } catch {
        structures = { breakdowns: [], rates: [], priors: [] };
      }
      return { slug, text, figures: labels.figures, structures };
    });
}

/** The reporting year of a labelled text, from its structure labels or file name. */
export function yearOf(entry) {
  return entry.structures.year ?? Number(/(\d{4})/.exec(entry.slug)?.[1]);
}

const within = (offset, span) => span !== undefined && offset >= span.start && offset < span.end;
/** A labelled snippet's span: the figure it names lies inside it. */
const spanOfLabel = (label) => ({ start: label.offset, end: label.offset + label.text.length });

/** Every quantity the draft holds with a source span, with where it sits. */
function draftQuantities(report) {
  const found = [];
  for (const indicator of report.indicators) {
    if (indicator.quantity?.source) found.push({ indicator, quantity: indicator.quantity, role: 'figure' });
    if (indicator.kind === 'breakdown') {
      if (indicator.total && 'value' in indicator.total && indicator.total.source) found.push({ indicator, quantity: indicator.total, role: 'total' });
      for (const part of indicator.parts) if (part.quantity.source) found.push({ indicator, quantity: part.quantity, role: 'part', part });
    }
  }
  return found;
}

/** The source spans an operand stands for: a referred figure, a part, a breakdown's total; or its value for a group. */
function operandSpans(report, operand) {
  if (!operand) return { spans: [], value: undefined };
  if ('quantity' in operand) return { spans: operand.quantity.source ? [operand.quantity.source] : [], value: operand.quantity.value };
  const target = report.indicators.find((indicator) => indicator.id === operand.ref);
  if (!target) return { spans: [], value: undefined };
  if (target.kind === 'breakdown') {
    if (operand.part) {
      const part = target.parts.find((candidate) => candidate.category === operand.part);
      return { spans: part?.quantity.source ? [part.quantity.source] : [], value: part?.quantity.value };
    }
    if (operand.group) return { spans: [], value: undefined, group: true };
    const total = target.total && 'value' in target.total ? target.total : undefined;
    return { spans: total?.source ? [total.source] : [], value: total?.value };
  }
  return { spans: target.quantity?.source ? [target.quantity.source] : [], value: target.quantity?.value };
}

const operandMatches = (report, operand, label, computedValue) => {
  if (!label) return true;
  const { spans, group } = operandSpans(report, operand);
  if (spans.some((span) => within(label.offset, span) || within(span.start, spanOfLabel(label)))) return true;
  return group === true && computedValue === label.quantity;
};

/** Words of an id that say nothing about what is counted. */
const GENERIC = new Set(['items', 'item', 'units', 'unit', 'times', 'amount', 'figure', 'share', 'rate', 'growth', 'decline']);
/** The ordinal words that number a repeated id (`cases_second`): they say nothing about what is counted. */
const ORDINAL =
  /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|number|[a-j]+)$/;

/** True when an id is made of readable words: dotted snake_case segments, no numbering, not a bare unit word. */
export function isReadableId(id) {
  const segments = id.split('.');
  if (segments.length < 2 || !segments.every((segment) => /^[a-z]+(?:_[a-z]+)*$/.test(segment))) return false;
  const last = segments[segments.length - 1];
  return !last.split('_').every((word) => GENERIC.has(word) || ORDINAL.test(word));
}

/**
 * Scores one labelled text. `tools` = `{ draftReport, extractFigures, computeReport }`.
 * Returns counts and the misses, each with enough words to find it in the text.
 */
export function scoreText(entry, tools) {
  const { text, figures: expectedFigures, structures } = entry;
  const year = yearOf(entry);
  const found = tools.extractFigures(text);
  const report = tools.draftReport(text, Number.isFinite(year) ? { year } : {});
  const computed = tools.computeReport(report);
  const misses = [];

  // Figures: an expected figure is found when an extracted one starts at its offset with its value.
  const matched = new Set();
  let figureHits = 0;
  for (const expected of expectedFigures) {
    const hit = found.findIndex((figure, index) => !matched.has(index) && within(expected.offset, figure) && Math.abs(figure.value - expected.value) < 1e-9);
    if (hit >= 0) {
      matched.add(hit);
      figureHits += 1;
    } else misses.push({ kind: 'figure-missed', at: expected.offset, what: expected.written });
  }
  found.forEach((figure, index) => {
    if (!matched.has(index)) misses.push({ kind: 'figure-extra', at: figure.start, what: figure.written });
  });

  const quantities = draftQuantities(report);
  const results = new Map(computed.indicators.map((indicator) => [indicator.id, indicator]));

  // Rates whose operands the text states.
  let ratesStated = 0;
  let ratesBound = 0;
  for (const rate of structures.rates ?? []) {
    const growth = rate.formula === 'growth';
    const numeratorLabel = growth ? rate.current : rate.numerator;
    if (!numeratorLabel || !rate.denominator) continue;
    ratesStated += 1;
    const span = spanOfLabel(rate);
    const drafted = quantities.find((entry) => entry.role === 'figure' && entry.indicator.kind === 'rate' && within(entry.quantity.source.start, span));
    const indicator = drafted?.indicator;
    const value = results.get(indicator?.id ?? '')?.computed?.value;
    const ok =
      indicator !== undefined &&
      indicator.numerator !== undefined &&
      indicator.denominator !== undefined &&
      operandMatches(report, indicator.numerator, numeratorLabel, value) &&
      operandMatches(report, indicator.denominator, rate.denominator, value);
    if (ok) ratesBound += 1;
    else
      misses.push({
        kind: 'rate-not-bound',
        at: rate.offset,
        what: rate.text,
        drafted: indicator ? { numerator: indicator.numerator, denominator: indicator.denominator } : 'no rate indicator',
      });
  }

  // Breakdowns with a stated total: the draft's breakdown at that total has exactly the labelled parts.
  let breakdownsStated = 0;
  let breakdownsFound = 0;
  for (const breakdown of structures.breakdowns ?? []) {
    if (!breakdown.total) continue;
    breakdownsStated += 1;
    const totalSpan = spanOfLabel(breakdown.total);
    const totalAt = (quantity) => quantity?.source && (within(quantity.source.start, totalSpan) || within(breakdown.total.offset, quantity.source));
    const totalOf = (indicator) => {
      if (!indicator.total) return undefined;
      if ('value' in indicator.total) return indicator.total;
      const target = report.indicators.find((other) => other.id === indicator.total.ref);
      // A nested breakdown's total is a part of another breakdown.
      if (target?.kind === 'breakdown') return target.parts.find((part) => part.category === indicator.total.part)?.quantity;
      return target?.quantity;
    };
    const candidates = report.indicators.filter((indicator) => indicator.kind === 'breakdown' && totalAt(totalOf(indicator)));
    // A part of 0 adds nothing: labels differ on whether zero table cells are parts, so they are left out on both sides.
    const labelled = breakdown.parts.filter((part) => part.quantity !== 0);
    const exactly = candidates.some((candidate) => {
      const drafted = candidate.parts.filter((part) => part.quantity.value !== 0);
      if (drafted.length !== labelled.length) return false;
      return labelled.every((part) =>
        drafted.some(
          (drafted) => drafted.quantity.source && (within(drafted.quantity.source.start, spanOfLabel(part)) || within(part.offset, drafted.quantity.source)),
        ),
      );
    });
    if (exactly) breakdownsFound += 1;
    else
      misses.push({
        kind: 'breakdown-not-found',
        at: breakdown.total.offset,
        what: `${breakdown.total.text}: ${breakdown.parts.map((part) => part.text).join(' + ')}`,
        drafted: candidates.map((candidate) => candidate.parts.map((part) => part.quantity.written).join(' + ')),
      });
  }

  // Prior-year figures: attached to an indicator in extensions.priorFigures, never an indicator of the year.
  let priorsStated = 0;
  let priorsAttached = 0;
  const attached = report.indicators.flatMap((indicator) => (Array.isArray(indicator.extensions?.priorFigures) ? indicator.extensions.priorFigures : []));
  for (const prior of structures.priors ?? []) {
    priorsStated += 1;
    const span = spanOfLabel(prior);
    const isAttached = attached.some((entry) => entry?.quantity?.source && within(entry.quantity.source.start, span));
    const asIndicator = quantities.some((entry) => within(entry.quantity.source.start, span) && entry.quantity.value === prior.quantity);
    if (isAttached && !asIndicator) priorsAttached += 1;
    else misses.push({ kind: asIndicator ? 'prior-as-indicator' : 'prior-not-attached', at: prior.offset, what: prior.text });
  }

  // False alarms: mismatch findings above info that the labels do not bear out.
  let falseAlarms = 0;
  const mismatchesOfLabels = new Set((structures.rates ?? []).filter((rate) => rate.reconciles === false).map((rate) => rate.offset));
  for (const finding of computed.findings) {
    if (!['rate-mismatch', 'sum-mismatch', 'sum-exceeds-total'].includes(finding.code) || finding.severity === 'info') continue;
    const indicator = report.indicators.find((candidate) => candidate.id === finding.indicatorIds[0]);
    const source = indicator?.quantity?.source ?? (indicator?.total && 'source' in indicator.total ? indicator.total.source : undefined);
    const labelled =
      finding.code === 'rate-mismatch' &&
      source !== undefined &&
      (structures.rates ?? []).some((rate) => rate.reconciles === false && mismatchesOfLabels.has(rate.offset) && within(source.start, spanOfLabel(rate)));
    const overfull =
      finding.code === 'sum-exceeds-total' &&
      source !== undefined &&
      (structures.breakdowns ?? []).some(
        (breakdown) =>
          breakdown.total &&
          within(source.start, spanOfLabel(breakdown.total)) &&
          breakdown.parts.reduce((sum, part) => sum + part.quantity, 0) > breakdown.total.quantity,
      );
    if (!labelled && !overfull) {
      falseAlarms += 1;
      misses.push({ kind: 'false-alarm', at: source?.start ?? -1, what: finding.message.en });
    }
  }

  // Ids: readable slugs (codebook ids are readable too).
  const ids = report.indicators.map((indicator) => indicator.id);
  const unreadable = ids.filter((id) => !isReadableId(id));
  for (const id of unreadable) misses.push({ kind: 'unreadable-id', at: -1, what: id });

  return {
    slug: entry.slug,
    figures: { expected: expectedFigures.length, found: found.length, hits: figureHits },
    rates: { stated: ratesStated, bound: ratesBound },
    breakdowns: { stated: breakdownsStated, found: breakdownsFound },
    priors: { stated: priorsStated, attached: priorsAttached },
    falseAlarms,
    ids: { total: ids.length, unreadable: unreadable.length },
    misses,
  };
}

/** Scores every text and adds the totals up: recall, precision and the shares asked for. */
export function scoreDevSet(tools, entries = readDevSet()) {
  const texts = entries.map((entry) => scoreText(entry, tools));
  const sum = (pick) => texts.reduce((total, score) => total + pick(score), 0);
  const ratio = (a, b) => (b === 0 ? 1 : a / b);
  const hits = sum((s) => s.figures.hits);
  return {
    texts,
    totals: {
      figureRecall: ratio(
        hits,
        sum((s) => s.figures.expected),
      ),
      figurePrecision: ratio(
        hits,
        sum((s) => s.figures.found),
      ),
      ratesBound: ratio(
        sum((s) => s.rates.bound),
        sum((s) => s.rates.stated),
      ),
      breakdownsFound: ratio(
        sum((s) => s.breakdowns.found),
        sum((s) => s.breakdowns.stated),
      ),
      priorsAttached: ratio(
        sum((s) => s.priors.attached),
        sum((s) => s.priors.stated),
      ),
      falseAlarms: sum((s) => s.falseAlarms),
      unreadableIds: sum((s) => s.ids.unreadable),
      counts: {
        figures: sum((s) => s.figures.expected),
        rates: sum((s) => s.rates.stated),
        breakdowns: sum((s) => s.breakdowns.stated),
        priors: sum((s) => s.priors.stated),
        ids: sum((s) => s.ids.total),
      },
    },
  };
}
