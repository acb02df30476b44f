import type { SourceSpan } from '../schema/source-span.js';
import { rolIssue, type RolIssueSink } from './rol-issue.js';

/** The library's rule on a source span: its offsets enclose exactly its text (`span_length`). */
export function checkSourceSpanLength({ text, start, end }: SourceSpan, sink: RolIssueSink): void {
  if (end - start !== text.length) rolIssue(sink, 'span-length', { start, end, length: text.length }, ['end']);
}
