import { html, nothing, type TemplateResult } from 'lit';
import {
  CODELIST_IDS,
  CODELISTS,
  FAMILIES,
  localized,
  QUALIFIERS,
  STANDARD_INDICATORS,
  type BilingualText,
  type BreakdownIndicator,
  type CodelistId,
  type Family,
  type Indicator,
  type Operand,
  type Qualifier,
  type Quantity,
  type Report,
  type LocaleTag,
  type Unit,
  type UnitCode,
  UNIT_CODES,
  unitLabel,
} from '@rule-of-law/core';
import { reviewStateOf, type OperandSide, type ReportEdit } from '@rule-of-law/core/edit';
import { EXTRACTION_REASONS, reasonsOf } from '@rule-of-law/core/extract';
import { writtenOf, type EditorViewContext } from './editor-views.js';

/** What the next figure clicked in the text becomes: a rate's numerator or denominator, or a breakdown's new part. */
export type Pointing = OperandSide | 'part';

/** What the detail form asks of the editor. */
export interface DetailActions {
  readonly edit: (edit: ReportEdit) => void;
  /** Starts pointing (again: stops): the next figure clicked in the text becomes what `pointing` says. */
  readonly bind: (pointing: Pointing) => void;
  /** What is being pointed at, if anything. */
  readonly binding: Pointing | undefined;
}

const confidenceOf = (indicator: Indicator): number | undefined => {
  const note = indicator.extensions?.extraction;
  const confidence = typeof note === 'object' && note !== null && !Array.isArray(note) ? note.confidence : undefined;
  return typeof confidence === 'number' ? confidence : undefined;
};

/** The groups of the outcome codelist an operand's breakdown has, when the operand refers to its whole total (or a group of it). */
function operandGroups(operand: Operand | undefined, report: Report): Readonly<Record<string, BilingualText>> | undefined {
  if (!operand || !('ref' in operand) || operand.part !== undefined) return undefined;
  const target = report.indicators.find((indicator) => indicator.id === operand.ref);
  return target?.kind === 'breakdown' && target.codelist ? CODELISTS[target.codelist].groups : undefined;
}

/** A rate's operand as a person reads it: the figure stated inline, or the label and figure of what it refers to. */
function operandText(operand: Operand | undefined, report: Report, context: EditorViewContext): string {
  if (!operand) return context.strings.unbound;
  if ('quantity' in operand) return operand.quantity.written;
  const target = report.indicators.find((indicator) => indicator.id === operand.ref);
  if (!target) return operand.ref;
  const label = localized(target.label, context.locale);
  if (target.kind === 'breakdown' && operand.part !== undefined) {
    const part = target.parts.find((each) => each.category === operand.part);
    return part ? `${label} · ${part.label ? localized(part.label, context.locale) : part.category} ${part.quantity.written}` : `${label} · ${operand.part}`;
  }
  if (operand.group !== undefined) {
    const group = operandGroups(operand, report)?.[operand.group];
    return `${label} · ${group ? localized(group, context.locale) : operand.group}`;
  }
  const written = target.kind === 'breakdown' ? (target.total && 'written' in target.total ? target.total.written : '') : (target.quantity?.written ?? '');
  return `${label} ${written}`.trim();
}

/** The selected indicator, to review only (on a phone, or with `review-only`): what the form would show, as text. */
export function reviewView(indicator: Indicator | undefined, report: Report, context: EditorViewContext): TemplateResult {
  const { strings, locale } = context;
  if (!indicator) return html`<p class="empty">${strings.nothingSelected}</p>`;
  const rows: [string, string][] = [
    [strings.codebookId, indicator.id],
    [strings.label, localized(indicator.label, locale)],
    [strings.family, strings.families[indicator.family]],
    [strings.written, indicatorWritten(indicator, report, context)],
    [strings.reviewStateLabel, strings.reviewState[reviewStateOf(indicator)]],
  ];
  return html`<dl class="review">
      ${rows.map(([term, value]) => html`<dt>${term}</dt><dd>${value}</dd>`)}
    </dl>
    ${evidenceView(indicator, context)}`;
}

/** An indicator's figure in words: as the outline writes it, and a rate's operands after it. */
function indicatorWritten(indicator: Indicator, report: Report, context: EditorViewContext): string {
  if (indicator.kind !== 'rate') return writtenOf(indicator);
  return [writtenOf(indicator), operandText(indicator.numerator, report, context), operandText(indicator.denominator, report, context)].filter(Boolean).join(' · ');
}

/** Why the extractor was unsure of a drafted indicator, in words (nothing when it was sure). */
function evidenceView(indicator: Indicator, context: EditorViewContext): TemplateResult | typeof nothing {
  const reasons = reasonsOf(indicator.extensions);
  if (reasons.length === 0) return nothing;
  return html`<div class="evidence">
    ${context.strings.evidence}${context.strings.colon}
    <ul>
      ${reasons.map((reason) => html`<li>${localized(EXTRACTION_REASONS[reason], context.locale)}</li>`)}
    </ul>
  </div>`;
}

/** The selected indicator as a form: its label, family, figure, parts or operands, the draft's evidence, and accept / delete. */
export function detailView(indicator: Indicator | undefined, report: Report, context: EditorViewContext, actions: DetailActions): TemplateResult {
  const { strings } = context;
  if (!indicator) return html`<p class="empty">${strings.nothingSelected}</p>`;
  const { id } = indicator;
  const state = reviewStateOf(indicator);
  const confidence = confidenceOf(indicator);
  const setChinese = (value: string): void => {
    if (value.trim() !== '') actions.edit({ type: 'set-label', id, label: { ...indicator.label, 'zh-CN': value.trim() } });
  };
  const setEnglish = (value: string): void => {
    const { en: _old, ...label } = indicator.label;
    actions.edit({ type: 'set-label', id, label: value.trim() === '' ? label : { ...label, en: value.trim() } });
  };
  return html`<form class="detail" @submit=${(event: Event) => event.preventDefault()}>
    <p class="meta"><code>${id}</code> · ${strings.reviewState[state]}${confidence === undefined ? nothing : html` · ${strings.confidence(Math.round(confidence * 100))}`}</p>
    <label>${strings.label}<input name="label-zh" lang="zh-CN" .value=${indicator.label['zh-CN']} @change=${(event: Event) => setChinese((event.target as HTMLInputElement).value)} /></label>
    <label>${strings.labelEn}<input name="label-en" lang="en" .value=${indicator.label.en ?? ''} @change=${(event: Event) => setEnglish((event.target as HTMLInputElement).value)} /></label>
    <label
      >${strings.codebookId}
      <input
        name="id"
        list="codebook-ids"
        spellcheck="false"
        autocomplete="off"
        .value=${id}
        @change=${(event: Event) => {
          const to = (event.target as HTMLInputElement).value.trim();
          if (to !== '' && to !== id) actions.edit({ type: 'rename', id, to });
        }}
      />
    </label>
    <datalist id="codebook-ids">
      ${[...STANDARD_INDICATORS]
        .sort((a, b) => Number(b.family === indicator.family) - Number(a.family === indicator.family))
        .map((entry) => html`<option value=${entry.id} label=${localized(entry.label, context.locale)}></option>`)}
    </datalist>
    <label
      >${strings.family}
      <select name="family" @change=${(event: Event) => actions.edit({ type: 'set-family', id, family: (event.target as HTMLSelectElement).value as Family })}>
        ${FAMILIES.map((family) => html`<option value=${family} ?selected=${family === indicator.family}>${strings.families[family]}</option>`)}
      </select>
    </label>
    ${kindFields(indicator, report, context, actions)}
    ${evidenceView(indicator, context)}
    <div class="actions">
      <button type="button" name="accept" ?disabled=${state === 'reviewed' || state === 'entered'} @click=${() => actions.edit({ type: 'accept', id })}>${strings.accept}</button>
      <button type="button" name="delete" @click=${() => actions.edit({ type: 'delete-indicator', id })}>${strings.remove}</button>
    </div>
  </form>`;
}

function kindFields(indicator: Indicator, report: Report, context: EditorViewContext, actions: DetailActions): TemplateResult | typeof nothing {
  const { strings } = context;
  switch (indicator.kind) {
    case 'breakdown':
      return breakdownFields(indicator, context, actions);
    case 'rate':
      return html`<p>${strings.value}${strings.colon}${indicator.quantity?.written ?? strings.unbound}</p>
        ${(['numerator', 'denominator'] as const).map((side) => operandFields(indicator.id, side, indicator[side], report, context, actions))}`;
    default:
      return quantityFields(indicator.id, indicator.quantity, context, actions);
  }
}

/**
 * A rate's numerator or denominator: what it is, a button to bind it by clicking a figure in the text, and once bound,
 * a button to clear it; when it refers to the total of an outcome breakdown, a choice of the codelist's groups (a
 * court-appearance rate counts the cases heard: `{ ref, group: 'heard' }`), which a figure in the text cannot say.
 */
function operandFields(
  id: string,
  side: OperandSide,
  operand: Operand | undefined,
  report: Report,
  context: EditorViewContext,
  actions: DetailActions,
): TemplateResult {
  const { strings, locale } = context;
  const groups = operandGroups(operand, report);
  const setGroup = (group: string): void => {
    if (!operand || !('ref' in operand)) return;
    const { group: _old, ...whole } = operand;
    actions.edit({ type: 'set-operand', id, side, operand: group === '' ? whole : { ...whole, group } });
  };
  return html`<p class="operand">
    ${strings[side]}${strings.colon}<span>${operandText(operand, report, context)}</span>
    ${
      groups && operand && 'ref' in operand
        ? html`<select name="group-${side}" aria-label=${strings.operandGroup(strings[side])} @change=${(event: Event) => setGroup((event.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${operand.group === undefined}>${strings.wholeTotal}</option>
            ${Object.entries(groups).map(([group, label]) => html`<option value=${group} ?selected=${operand.group === group}>${localized(label, locale)}</option>`)}
          </select>`
        : nothing
    }
    <button type="button" name="bind-${side}" aria-pressed=${actions.binding === side ? 'true' : 'false'} @click=${() => actions.bind(side)}>${strings.bindHint(strings[side])}</button>
    ${
      operand
        ? html`<button type="button" name="clear-${side}" aria-label=${strings.clearOperand(strings[side])} @click=${() => actions.edit({ type: 'set-operand', id, side, operand: null })}>
            ${strings.remove}
          </button>`
        : nothing
    }
  </p>`;
}

/**
 * A breakdown's fields: its outcome codelist, whether the parts must add up to the total, and each part — its
 * category (from the codelist, or its own), its label, its figure — with a button to remove it.
 */
function breakdownFields(indicator: BreakdownIndicator, context: EditorViewContext, actions: DetailActions): TemplateResult {
  const { strings, locale } = context;
  const { id } = indicator;
  const codelist = indicator.codelist ? CODELISTS[indicator.codelist] : undefined;
  // A free category's name: the one the report's readers see (a codelist category has its own).
  const setPartLabel = (index: number, value: string): void => {
    const label = indicator.parts[index]?.label;
    const name = value.trim();
    if (name === (label?.['zh-CN'] ?? '')) return;
    actions.edit({ type: 'set-part', id, part: index, changes: { label: name === '' ? null : { ...label, 'zh-CN': name } } });
  };
  return html`<label
      >${strings.codelist}
      <select
        name="codelist"
        @change=${(event: Event) => {
          const value = (event.target as HTMLSelectElement).value;
          actions.edit({ type: 'set-codelist', id, codelist: value === '' ? null : (value as CodelistId) });
        }}
      >
        <option value="" ?selected=${!indicator.codelist}>${strings.noCodelist}</option>
        ${CODELIST_IDS.map((code) => html`<option value=${code} ?selected=${code === indicator.codelist}>${localized(CODELISTS[code].label, locale)}</option>`)}
      </select>
    </label>
    <label class="check"
      ><input
        type="checkbox"
        name="exhaustive"
        .checked=${indicator.exhaustive}
        @change=${(event: Event) => actions.edit({ type: 'set-exhaustive', id, exhaustive: (event.target as HTMLInputElement).checked })}
      />${strings.exhaustive}</label
    >
    <fieldset class="parts">
      <legend>${strings.parts}</legend>
      ${indicator.parts.map((part, index) => {
        const known = codelist?.categories.find((category) => category.code === part.category);
        const name = part.label ? localized(part.label, locale) : known ? localized(known.label, locale) : part.category;
        return html`<div class="part" data-part=${index}>
          <span class="part-name">${name} · <span lang="zh-CN">${part.quantity.written}</span></span>
          ${
            codelist
              ? html`<select
                name="category-${index}"
                aria-label=${strings.categoryOf(name)}
                @change=${(event: Event) => actions.edit({ type: 'set-part', id, part: index, changes: { category: (event.target as HTMLSelectElement).value } })}
              >
                ${known ? nothing : html`<option value=${part.category} selected>${strings.ownCategory(part.category)}</option>`}
                ${codelist.categories.map((category) => html`<option value=${category.code} ?selected=${category.code === part.category}>${localized(category.label, locale)}</option>`)}
              </select>`
              : nothing
          }
          ${
            codelist && known
              ? nothing
              : html`<input
                  name="part-label-${index}"
                  lang="zh-CN"
                  aria-label=${strings.partLabelOf(name)}
                  .value=${part.label?.['zh-CN'] ?? ''}
                  @change=${(event: Event) => setPartLabel(index, (event.target as HTMLInputElement).value)}
                />`
          }
          <button type="button" name="remove-part-${index}" aria-label=${strings.removePart(name)} @click=${() => actions.edit({ type: 'remove-part', id, part: index })}>
            ${strings.remove}
          </button>
        </div>`;
      })}
      <button type="button" name="add-part" aria-pressed=${actions.binding === 'part' ? 'true' : 'false'} @click=${() => actions.bind('part')}>${strings.addPart}</button>
    </fieldset>`;
}

/** A unit as a person picks it: its name in the editor's language, and as written after a number in Chinese when that differs ("cases (件)"). */
function unitName(unit: Unit, locale: LocaleTag): string {
  const own = unitLabel(unit, { locale });
  const written = typeof unit === 'string' ? unitLabel(unit, { locale: 'zh-CN' }) : unit.custom;
  return own === written ? own : `${own} (${written})`;
}

/**
 * A stated figure's fields: as written (the report's words, shown verbatim, never changed by fixing the value), the
 * value it means in base units and how exact it is — what to fix when the reading was wrong (0.39万元 read as 0.39).
 */
function quantityFields(id: string, quantity: Quantity, context: EditorViewContext, actions: DetailActions): TemplateResult {
  const { strings } = context;
  const setValue = (text: string): void => {
    const value = Number(text);
    if (text.trim() !== '' && Number.isFinite(value) && value !== quantity.value) actions.edit({ type: 'set-quantity', id, changes: { value } });
  };
  const setQualifier = (qualifier: Qualifier): void => actions.edit({ type: 'set-quantity', id, changes: { qualifier } });
  const current = typeof quantity.unit === 'string' ? quantity.unit : undefined;
  return html`<p>${strings.written}${strings.colon}<span lang="zh-CN">${quantity.written}</span></p>
    <label
      >${strings.value}
      <input name="value" type="number" step="any" .value=${String(quantity.value)} @change=${(event: Event) => setValue((event.target as HTMLInputElement).value)}
    /></label>
    <label
      >${strings.unit}
      <select name="unit" @change=${(event: Event) => actions.edit({ type: 'set-quantity', id, changes: { unit: (event.target as HTMLSelectElement).value as UnitCode } })}>
        ${current ? nothing : html`<option selected>${unitName(quantity.unit, context.locale)}</option>`}
        ${UNIT_CODES.map((code) => html`<option value=${code} ?selected=${code === current}>${unitName(code, context.locale)}</option>`)}
      </select>
    </label>
    <label
      >${strings.qualifier}
      <select name="qualifier" @change=${(event: Event) => setQualifier((event.target as HTMLSelectElement).value as Qualifier)}>
        ${QUALIFIERS.map((qualifier) => html`<option value=${qualifier} ?selected=${qualifier === (quantity.qualifier ?? 'exact')}>${strings.qualifiers[qualifier]}</option>`)}
      </select>
    </label>
    <button type="button" name="make-breakdown" @click=${() => actions.edit({ type: 'make-breakdown', id })}>${strings.makeBreakdown}</button>`;
}
