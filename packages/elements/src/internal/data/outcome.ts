import type { RolErrorDetail } from '../events.js';

/** What an element shows while it has nothing to draw: no data given, data on its way, or an error. */
export type StatusOutcome = { readonly status: 'empty' } | { readonly status: 'loading' } | { readonly status: 'error'; readonly error: RolErrorDetail };

/** What an element shows: one of the {@link StatusOutcome} states, or `shown`, what it draws. */
export type Outcome<Shown> = StatusOutcome | { readonly status: 'ready'; readonly shown: Shown };
