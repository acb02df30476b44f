// The same two outcome breakdowns and the headline rates as the drop-in shows, drawn the way portals
// draw them today: fetch the JSON, hand-pick the numbers, one ECharts instance per chart.
/* global echarts */
(async () => {
  const report = await (await fetch('/examples/hangzhoudao-2023.json')).json();
  const byId = Object.fromEntries(report.indicators.map((indicator) => [indicator.id, indicator]));
  document.getElementById('title').textContent = report.title;
  const pending = [];
  const draw = (id, option) => {
    const chart = echarts.init(document.getElementById(id), null, { renderer: 'svg' });
    pending.push(new Promise((resolve) => chart.on('finished', resolve)));
    chart.setOption({ animation: false, ...option });
  };
  const pie = (indicator) => ({
    tooltip: { trigger: 'item' },
    legend: { bottom: 0 },
    series: [{ type: 'pie', radius: ['40%', '70%'], data: indicator.parts.map((part) => ({ name: part.label?.['zh-CN'] ?? part.category, value: part.quantity.value })) }],
  });
  const rates = report.indicators.filter((indicator) => indicator.kind === 'rate' && indicator.quantity);
  draw('rates', {
    xAxis: { type: 'value', max: 100 },
    yAxis: { type: 'category', data: rates.map((rate) => rate.label['zh-CN']) },
    series: [{ type: 'bar', data: rates.map((rate) => rate.quantity.value), label: { show: true, formatter: '{c}%' } }],
    grid: { left: 220 },
  });
  draw('reconsideration', pie(byId['reconsideration.outcomes']));
  draw('litigation', pie(byId['litigation.outcomes']));
  await Promise.all(pending);
  requestAnimationFrame(() => (document.documentElement.dataset.rendered = String(performance.now())));
})();
