// What `@rule-of-law/core` offers a service developer, and nothing more. The list below is a contract:
// adding or removing a name is a deliberate change of this test (and of docs/reference/core/, which
// `npm run docs` regenerates). Demo data lives behind `@rule-of-law/core/synthetic`, the text extractor behind
// `@rule-of-law/core/extract` (test/extract/public-api.test.ts); what is under `internal/` is never exported.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as core from '@rule-of-law/core';
import * as synthetic from '@rule-of-law/core/synthetic';
import tsupConfig from '../../tsup.config.js';

/** The runtime exports, sorted as `Array.prototype.sort` sorts (upper case first). */
// prettier-ignore
const RUNTIME_EXPORTS = [
  'AGGREGATE_NOTE_CODES', 'ALL_ROUNDING_RULES', 'AmountIndicatorSchema', 'BreakdownIndicatorSchema', 'BreakdownPartSchema', 'CODELISTS',
  'CODELIST_IDS', 'COMPARISON_NOTE_CODES', 'COUNT_UNITS', 'CountIndicatorSchema', 'CustomUnitSchema', 'DOTTED_SLUG', 'ExtensionsSchema',
  'FAMILIES', 'FAMILY_LABELS', 'FINDING_CODES', 'FamilySchema', 'GROUP_BY_KEYS', 'INDICATOR_KINDS', 'ISSUER_LEVELS', 'ISSUER_LEVEL_LABELS',
  'ISSUE_CODE_DECIDERS', 'IdSchema', 'IndicatorRefSchema', 'IndicatorSchema', 'IsoDateOrDateTimeSchema', 'IsoDateSchema', 'IssuerSchema',
  'LITIGATION_CODELIST', 'LITIGATION_GROUPS', 'LITIGATION_OUTCOMES', 'LOCALES', 'LocalizedTextSchema', 'MAX_DECIMALS', 'MAX_PERCENT',
  'MAX_QUANTITY', 'MEASURE_WORDS', 'MeasureIndicatorSchema', 'OperandSchema', 'PARSE_REPORT_ONLY_ISSUE_CODES', 'PRIOR_FIGURES_KEY',
  'PeriodSchema', 'PriorFigureSchema', 'QUALIFIERS', 'QualifierSchema', 'QuantitySchema', 'RATE_FORMULAS', 'RECONSIDERATION_CODELIST',
  'RECONSIDERATION_GROUPS', 'RECONSIDERATION_OUTCOMES', 'REFUSAL_MESSAGES', 'REPORT_ISSUE_CODES', 'REPORT_PARTS', 'REPORT_PART_LABELS',
  'REQUIRED_REPORT_PARTS', 'ROUNDING_MODES', 'RateIndicatorSchema', 'ReportPartSchema', 'ReportSchema', 'ReportSourceSchema',
  'SCHEMA_DECIDABLE_ISSUE_CODES', 'SCHEMA_VERSION', 'SEVERITIES', 'STANDARD_DIMENSIONS', 'STANDARD_INDICATORS', 'STANDARD_INDICATOR_IDS',
  'STANDARD_KINDS', 'SectionSchema', 'SourceSpanSchema', 'TOPIC_QUALIFIERS', 'UNIT_CODES', 'UNIT_DIMENSIONS', 'UNIT_INFO', 'UnitSchema',
  'aggregateReports', 'breakdownGroups', 'bySeverity', 'calendarDate', 'changeDirection', 'changeQualifier', 'combineQualifiers',
  'compareReports', 'comparedValue', 'computeBreakdown', 'computeRate', 'computeRateIndicator', 'computeReport', 'computeTimeline',
  'computedOf', 'customUnitLabel', 'dimensionOfMeasure', 'directionOf', 'fallsBackToChinese', 'figureChange', 'figureOf', 'formatChange',
  'formatComparedValue', 'formatDate', 'formatGrowth', 'formatGrowthOperands', 'formatNumber', 'formatPath', 'formatPercent',
  'formatPeriod', 'formatQuantity', 'formatRateResult', 'formatRelativeChange', 'formatStatedGrowth', 'groupingOf', 'growthBase',
  'impliedDenominators', 'isGrowthFormula', 'isJsonValue', 'isRef', 'localized', 'matchStandardIndicator', 'measureWord',
  'onTranslationRegistered', 'parseReport', 'publicationDeadline', 'quantityBoundBroken', 'rateBase', 'rateBaseKey', 'rateFormulaKind',
  'rateValue', 'ratioQualifier', 'readPriorFigures', 'reconcileRate', 'registerTranslation', 'registeredLocales', 'relativeChange',
  'reportFindings', 'reportJsonSchema', 'reportPartCoverage', 'reportPartFindings', 'reportPartsOfHeading', 'reportPartsOfSection',
  'resolveLocale', 'resolveOperand', 'roundingRulesMatching', 'signedGrowth', 'standardDimensionOf', 'standardIndicator', 'statedDecimals',
  'sumExact', 'sumFigures', 'toLocale', 'topicBefore', 'translationOf', 'unitDimension', 'unitKey', 'unitLabel', 'withPriorFigures',
  'writeIn',
];

const source = fileURLToPath(new URL('../../packages/core/src/', import.meta.url));

/** Every index.ts under packages/core/src (the package entry, the extract and synthetic entries, and each folder's index), relative to it. */
const indexFiles = (readdirSync(source, { recursive: true }) as string[]).filter((file) => file === 'index.ts' || file.endsWith('/index.ts')).sort();

describe('@rule-of-law/core, the package entry', () => {
  it('exports exactly these runtime names', () => {
    expect(Object.keys(core).sort()).toEqual(RUNTIME_EXPORTS);
  });

  it('carries no demo data: the synthetic generators are only in @rule-of-law/core/synthetic', () => {
    expect(Object.keys(synthetic).length).toBeGreaterThan(0);
    expect(Object.keys(synthetic).filter((name) => name in core)).toEqual([]);
  });

  it('re-exports nothing from internal/, in no index of any folder', () => {
    expect(indexFiles).toEqual(expect.arrayContaining(['index.ts', 'extract/index.ts', 'synthetic/index.ts', 'compute/index.ts']));
    const offending = indexFiles.flatMap((file) => {
      const text = readFileSync(`${source}${file}`, 'utf8');
      return [...text.matchAll(/^export\b[^;]*?from\s+'([^']+)'/gms)]
        .map((match) => match[1]!)
        .filter((from) => /(^|\/)internal\//.test(from))
        .map((from) => `${file}: ${from}`);
    });
    expect(offending).toEqual([]);
  });

  it('has one build entry per published subpath: tsup builds what package.json exports, each subpath written as ./extract is', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../packages/core/package.json', import.meta.url), 'utf8')) as { exports: Record<string, unknown> };
    if (!Array.isArray(tsupConfig)) throw new Error('tsup.config.ts exports one build per package, as an array');
    const coreBuild = tsupConfig.find((options) => options.name === '@rule-of-law/core');
    const entries = Object.keys((coreBuild?.entry ?? {}) as Record<string, string>).sort();
    expect(entries).toEqual(['edit', 'extract', 'index', 'locales/zh-Hant', 'synthetic']);
    const codeSubpaths = Object.keys(pkg.exports)
      .filter((subpath) => !subpath.endsWith('.json'))
      .sort();
    expect(codeSubpaths).toEqual(['.', './edit', './extract', './locales/zh-Hant', './synthetic']);
    for (const entry of entries.filter((name) => name !== 'index')) {
      expect(pkg.exports[`./${entry}`]).toEqual({
        import: { types: `./dist/${entry}.d.ts`, default: `./dist/${entry}.js` },
        require: { types: `./dist/${entry}.d.cts`, default: `./dist/${entry}.cjs` },
      });
    }
  });
});
