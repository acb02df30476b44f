/**
 * Playground stories: one element whose every control comes from `custom-elements.json` (see
 * `.storybook/manifest.ts`), with its events logged in the Actions panel.
 */
import { action } from 'storybook/actions';
import type { Args, ArgTypes } from '@storybook/web-components-vite';
import { elementFromArgs } from '../../.storybook/manifest.js';
import { reference, withWarningsAndErrors, withoutIndicators } from './reports.js';

/** What the Actions panel shows of an event: its detail, with a loaded report summed up rather than dumped. */
function logged(event: Event): unknown {
  const detail: unknown = (event as CustomEvent).detail;
  if (detail && typeof detail === 'object' && 'computed' in detail && 'report' in detail) {
    const { report, computed } = detail as { report: { title: string }; computed: { findings: readonly unknown[] } };
    return { title: report.title, findings: computed.findings.length };
  }
  return detail;
}

/** Renders `<tag>` from the Playground's args. */
export function playground(tag: string): (args: Args) => HTMLElement {
  return (args) => elementFromArgs(tag, args, (name, event) => action(name)(logged(event)));
}

/** A `report` control that picks one of the example reports by name (the objects stay out of the URL). */
export const reportArgType: ArgTypes[string] = {
  control: { type: 'select' },
  options: ['reference', 'with warnings and errors', 'no indicators', 'none'],
  mapping: {
    reference,
    'with warnings and errors': withWarningsAndErrors,
    'no indicators': withoutIndicators,
    none: undefined,
  },
};

/** An `indicator` control listing the reference report's ids that the element can show. */
export function indicatorArgType(ids: readonly string[]): ArgTypes[string] {
  return { control: { type: 'select' }, options: [...ids] };
}
