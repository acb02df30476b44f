import { html, type TemplateResult } from 'lit';
import type { TrendModel } from '../../chart/trend-series.js';
import type { ViewContext } from '../view-context.js';
import { periodLabel, pointValue, seriesLabel, trendWords } from './trend-labels.js';

/**
 * The same numbers as a real table, years × series, each value as the report wrote it ("无数据" for a
 * gap), captioned after the figure's `title`; in a `<details>`, one click away, when `collapsed`.
 *
 * @example
 * ```ts
 * trendTable(model, '历年变化：行政处罚', false, viewContext('zh-CN'));
 * ```
 */
export function trendTable(model: TrendModel, title: string, collapsed: boolean, context: ViewContext): TemplateResult {
  const words = trendWords(context);
  const captionId = context.id('table-caption');
  const table = html`<div class="table-scroll" role="region" tabindex="0" aria-labelledby=${captionId}>
      <table part="table">
        <caption id=${captionId}>${words.trendTableCaption(title)}</caption>
        <thead>
          <tr>
            <th scope="col">${words.period}</th>
            ${model.series.map((series) => html`<th scope="col" class="num">${seriesLabel(series, context)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${model.periods.map(
            (period, index) => html`<tr data-period=${`${period.start}/${period.end}`}>
              <th scope="row">${periodLabel(period, context)}</th>
              ${model.series.map((series) => {
                const point = series.points[index];
                if (!point) return html`<td class="num no-data">${words.noData}</td>`;
                const qualified = point.figure.qualifier !== 'exact';
                return html`<td class="num ${qualified ? 'qualified' : ''}" data-series=${series.key}>${pointValue(point, context)}</td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  if (!collapsed) return table;
  return html`<details class="table-details"><summary>${context.strings.showTable}</summary>${table}</details>`;
}
