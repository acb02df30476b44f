// Loads the installed ESM build through the import map, step by step, and renders the reference report.
const TAGS = ['report', 'figure', 'rate', 'breakdown', 'findings'].map((name) => `rule-of-law-${name}`);
const defined = () => TAGS.filter((tag) => customElements.get(tag));

async function run() {
  const result = {};
  // The classes alone register nothing (the package's sideEffects say so).
  await import('@rule-of-law/elements/elements');
  result.afterClasses = defined();
  await import('@rule-of-law/elements/define/figure');
  result.afterDefineFigure = defined();
  await import('@rule-of-law/elements');
  result.afterIndex = defined();

  const element = document.createElement('rule-of-law-report');
  const loaded = new Promise((resolve, reject) => {
    element.addEventListener('rol-load', resolve, { once: true });
    element.addEventListener('rol-error', (event) => reject(new Error(`rol-error: ${JSON.stringify(event.detail.issues)}`)), { once: true });
  });
  element.src = './hangzhoudao-2023.json';
  document.body.append(element);
  await loaded;
  await element.updateComplete;
  const root = element.shadowRoot;
  result.title = root.querySelector('[part~="title"]')?.textContent?.trim();
  const figure = root.querySelector('rule-of-law-figure');
  await figure?.updateComplete;
  result.figures = root.querySelectorAll('rule-of-law-figure').length;
  result.firstFigure = figure?.shadowRoot?.querySelector('[part~="value"]')?.textContent?.trim();
  result.charts = root.querySelectorAll('rule-of-law-breakdown').length;

  // Every other ES module the package exports loads too (the test lists them in specifiers.json).
  const specifiers = await (await fetch('./specifiers.json')).json();
  result.failedImports = [];
  for (const specifier of specifiers) {
    try {
      await import(specifier);
    } catch (error) {
      result.failedImports.push(`${specifier}: ${error}`);
    }
  }
  result.imported = specifiers.length;
  result.afterAll = defined();
  return result;
}

window.__result = run().catch((error) => ({ error: String(error && error.stack ? error.stack : error) }));
