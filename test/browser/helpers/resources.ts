/**
 * The paths a window has requested, read from its resource timing entries once every path in
 * `expected` is among them. Chromium adds a fetch's entry a little after its body has been read,
 * so reading the buffer right after the page rendered races it; this waits on a
 * PerformanceObserver instead (the test's own time limit bounds the wait).
 */
export function requestedPaths(win: Window, expected: readonly string[]): Promise<string[]> {
  const pathsOf = (entries: readonly PerformanceEntry[]) => entries.map((entry) => new URL(entry.name).pathname);
  return new Promise((resolve) => {
    const check = (): boolean => {
      const paths = pathsOf(win.performance.getEntriesByType('resource'));
      if (!expected.every((path) => paths.includes(path))) return false;
      resolve(paths.sort());
      return true;
    };
    if (check()) return;
    const observer = new (win as Window & typeof globalThis).PerformanceObserver(() => {
      if (check()) observer.disconnect();
    });
    observer.observe({ type: 'resource', buffered: true });
  });
}
