// The model on its own in a browser page (no elements, no jitless switch): validate and compute the
// reference report, and leave the outcome on <html data-result>.
import { computeReport, parseReport } from '@rule-of-law/core';

const parsed = parseReport(await (await fetch('/examples/hangzhoudao-2023.json')).json());
const invalid = parseReport({ schemaVersion: 1, title: 7 });
const result = parsed.ok
  ? {
      indicators: computeReport(parsed.report).indicators.length,
      invalidIssues: invalid.ok ? 0 : invalid.issues.length,
      firstIssue: invalid.ok ? '' : invalid.issues[0].message['zh-CN'],
    }
  : { error: parsed.issues[0].message.en };
document.documentElement.dataset.result = JSON.stringify(result);
