// What `@rule-of-law/core/edit` offers a service developer (and an editor built on it), and nothing more: the lists
// below are a contract (adding or removing a name is a deliberate change of this test and of
// docs/reference/core/edit.md, which `npm run docs` regenerates). Each public name has TSDoc where it is declared,
// and each function an example, as the house style asks.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { readEntry } from '../../support/entry-exports.js';
import type { Report } from '@rule-of-law/core';
import * as edit from '@rule-of-law/core/edit';

const RUNTIME_EXPORTS = [
  'DEFAULT_UNDO_LIMIT',
  'EDIT_SESSION_FORMAT',
  'EditError',
  'applyEdit',
  'draftChecks',
  'editSession',
  'figurePlaces',
  'figuresOf',
  'operandForFigure',
  'operandForPlace',
  'readEditSession',
  'recordEdit',
  'redo',
  'referencesTo',
  'reviewStateOf',
  'startHistory',
  'textSegments',
  'undo',
  'uniqueIndicatorId',
];

const TYPE_EXPORTS = [
  'DraftCheck',
  'EditErrorCode',
  'EditHistory',
  'EditSession',
  'EditStep',
  'FigurePlace',
  'FigureRole',
  'IndicatorReference',
  'OperandSide',
  'PartChanges',
  'QuantityChanges',
  'ReadEditSessionResult',
  'RecordEditOptions',
  'ReferenceSlot',
  'ReportEdit',
  'ReportEditType',
  'ReviewState',
  'TextRange',
  'TextSegment',
];

const { source: entry, exported, tsdocOf } = readEntry(new URL('../../../packages/core/src/edit/', import.meta.url));

describe('@rule-of-law/core/edit, the public entry', () => {
  it('exports exactly these runtime names, and these types, each named explicitly', () => {
    expect(Object.keys(edit).sort()).toEqual(RUNTIME_EXPORTS);
    expect(entry).not.toMatch(/^export \*/m);
    expect(
      exported
        .filter((item) => item.type)
        .map((item) => item.name)
        .sort(),
    ).toEqual(TYPE_EXPORTS);
  });

  it.each(exported.map((item) => [item.name, item] as const))('%s has TSDoc where it is declared', (name, { module }) => {
    const doc = tsdocOf(module, name);
    expect(doc, `${module}.ts: ${name}`).toBeDefined();
    expect(doc!.replace(/^\/\*\*|\*\/$|^\s*\*/gm, '').trim(), name).not.toBe('');
    const value = (edit as Record<string, unknown>)[name];
    if (typeof value === 'function' && !/^[A-Z]/.test(name)) expect(doc, `${name} has no @example`).toContain('@example');
  });

  it('lets a user name every type its functions take and return', () => {
    expectTypeOf(edit.applyEdit).parameters.toEqualTypeOf<[report: Report, edit: edit.ReportEdit]>();
    expectTypeOf(edit.recordEdit).returns.toEqualTypeOf<edit.EditHistory>();
    expectTypeOf<edit.EditHistory['past'][number]>().toEqualTypeOf<edit.EditStep>();
    expectTypeOf(edit.figurePlaces).returns.toEqualTypeOf<edit.FigurePlace[]>();
    expectTypeOf<edit.EditError['code']>().toEqualTypeOf<edit.EditErrorCode>();
    expectTypeOf(edit.reviewStateOf).returns.toEqualTypeOf<edit.ReviewState>();
  });
});
