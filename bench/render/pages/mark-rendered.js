// Marks the page rendered after the frame that paints the report: rol-load fires when the report's data
// is drawn into the DOM (in a microtask, outside any frame), so the next animation frame does its style,
// layout and paint, and a task posted from that frame's callback runs once they are done. The static and
// ECharts pages mark the same moment (see run.mjs). `__benchRendered` is the bench's CDP binding: the page
// reports itself, so no test-driver script runs in the page while it loads.
const report = document.querySelector('rule-of-law-report');
const rendered = () => {
  const ms = String(performance.now());
  document.documentElement.dataset.rendered = ms;
  globalThis.__benchRendered?.(ms);
};
const mark = () =>
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = rendered;
    channel.port2.postMessage(null);
  });
if (report.computed) mark();
else report.addEventListener('rol-load', mark, { once: true });
