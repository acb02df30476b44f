// 繁體中文: a locale loaded after the elements drew redraws them; every word, label, figure and message is then
// in Traditional characters (the figures' digits as written); the drop-in's companion file does the same for a
// page that uses the drop-in.
import '../../packages/elements/src/index.js';
import type { RuleOfLawReport } from '../../packages/elements/src/index.js';
import { excludes, includes, equal } from './helpers/assert.js';
import { cleanup, create, deepQuery, deepText, nextEvent, referenceReport, settled } from './helpers/dom.js';
import { frameReport } from './helpers/frame.js';
import { expectAccessible } from './helpers/axe.js';

afterEach(cleanup);

async function drawn(lang: string): Promise<RuleOfLawReport> {
  const report = await referenceReport();
  const element = create('rule-of-law-report', (el) => {
    el.lang = lang;
    el.report = report;
  });
  await nextEvent(element, 'rol-load');
  await settled(element);
  return element;
}

describe('zh-Hant, 繁體中文', () => {
  it('before the locale is loaded a zh-Hant page falls back to zh-CN; loading it redraws the report in Traditional characters', async () => {
    const element = await drawn('zh-Hant');
    includes(deepText(element), '数据核对结果', 'zh-CN until the locale arrives');
    await import('../../packages/elements/src/locales/zh-Hant.js');
    await settled(element);
    const text = deepText(element);
    for (const word of ['數據核對結果', '行政複議', '行政訴訟', '信訪', '來源', '報告期', '發佈日期']) includes(text, word);
    includes(text, '996餘人次', 'a qualified figure: the digits as written, the characters converted');
    includes(text, '0.39萬元');
    includes(text, '2024年3月26日');
    excludes(text, '数据核对结果');
    excludes(text, '复议');
  });

  it('zh-TW, zh-HK and zh-MO read zh-Hant; the title and issuer are converted too, not marked as zh-CN', async () => {
    await import('../../packages/elements/src/locales/zh-Hant.js');
    for (const lang of ['zh-TW', 'zh-HK', 'zh-MO']) {
      const element = await drawn(lang);
      const text = deepText(element);
      includes(text, '天津市濱海新區杭州道街道辦事處2023年法治政府建設工作報告', `${lang}: the title in Traditional characters`);
      includes(text, '數據核對結果', lang);
      equal(deepQuery(element, '[part="issuer"] span').getAttribute('lang'), null, `${lang}: the issuer is in the page's language`);
      cleanup();
    }
  });

  it('has no accessibility violations in zh-Hant', async () => {
    await import('../../packages/elements/src/locales/zh-Hant.js');
    const element = await drawn('zh-Hant');
    await expectAccessible(element, 'zh-Hant');
  });
});

describe('rule-of-law-zh-Hant.min.js beside the drop-in', () => {
  for (const order of ['after', 'before'] as const) {
    it(`loaded ${order} the drop-in: the report is drawn in Traditional characters`, async () => {
      const dropIn = '<script defer src="/packages/elements/dist/rule-of-law.min.js"></script>';
      const locale = '<script defer src="/packages/elements/dist/rule-of-law-zh-Hant.min.js"></script>';
      const frame = document.createElement('iframe');
      frame.style.width = '1024px';
      frame.srcdoc = `<!doctype html><html lang="zh-Hant"><head><meta charset="utf-8"><title>zh-Hant</title>${order === 'after' ? dropIn + locale : locale + dropIn}</head>
<body><rule-of-law-report src="/examples/hangzhoudao-2023.json"></rule-of-law-report></body></html>`;
      document.body.append(frame);
      const report = await frameReport(frame);
      await (report as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const text = deepText(report);
      includes(text, '數據核對結果');
      includes(text, '行政複議');
      frame.remove();
    });
  }
});
