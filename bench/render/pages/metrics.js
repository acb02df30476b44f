// Inlined by bench/render/pages.mjs into the <head> of every benchmark page, as a classic script that runs
// before anything else of the page, so that it adds no request and waits for nothing. It measures, in the
// page itself:
//   ms     — the end of the main-thread frame (style, layout, paint) that first shows the page's complete
//            content: after the event named by data-until ('load' for the static page; 'rol-load' of the
//            <rule-of-law-report> itself for the drop-in and the embed), a task posted from the next
//            animation frame runs once that frame's style, layout and paint are done. The ECharts page
//            calls __benchDone(ms) itself after every chart's 'finished'.
//   fcp    — the first contentful paint (paint timing API);
//   cls    — layout shift over the whole load, take-over included: the sum of every `layout-shift` entry
//            without recent input (a PerformanceObserver with buffered: true, from the first script on),
//            read two frames after `ms`, so that the shifts of the frame that painted the content are in.
// It then reports { ms, fcp, cls, shifts } through the bench's CDP binding `__benchRendered` (see run.mjs):
// no test-driver script runs in the page while it loads.
(() => {
  const until = document.currentScript?.dataset.until;
  let cls = 0;
  let shifts = 0;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        cls += entry.value;
        shifts += 1;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    cls = Number.NaN;
  }
  const firstContentfulPaint = new Promise((resolve) => {
    const observer = new PerformanceObserver((list) => {
      const entry = list.getEntriesByName('first-contentful-paint')[0];
      if (!entry) return;
      observer.disconnect();
      resolve(entry.startTime);
    });
    observer.observe({ type: 'paint', buffered: true });
  });
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const afterFrame = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      }),
    );
  let reported = false;
  const done = async (ms) => {
    if (reported) return;
    reported = true;
    document.documentElement.dataset.rendered = String(ms);
    // Paint timing arrives after the frame is presented: wait for it (a page that never paints content: NaN).
    const fcp = await Promise.race([firstContentfulPaint, new Promise((resolve) => setTimeout(() => resolve(Number.NaN), 5000))]);
    await frame();
    await frame();
    const result = JSON.stringify({ ms, fcp, cls, shifts });
    document.documentElement.dataset.bench = result;
    globalThis.__benchRendered?.(result);
  };
  globalThis.__benchDone = done;
  if (until === 'load') addEventListener('load', () => afterFrame().then(done), { once: true });
  if (until === 'rol-load') {
    // The report's own rol-load (composed events from its parts reach the page retargeted to the report).
    const onLoad = (event) => {
      if (event.target?.localName !== 'rule-of-law-report' || event.composedPath()[0] !== event.target) return;
      removeEventListener('rol-load', onLoad, true);
      afterFrame().then(done);
    };
    addEventListener('rol-load', onLoad, true);
  }
})();
