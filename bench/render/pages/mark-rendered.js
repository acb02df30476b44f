// Marks the page rendered on the report's rol-load event, after the frame that paints it.
const report = document.querySelector('rule-of-law-report');
const mark = () => requestAnimationFrame(() => (document.documentElement.dataset.rendered = String(performance.now())));
if (report.computed) mark();
else report.addEventListener('rol-load', mark, { once: true });
