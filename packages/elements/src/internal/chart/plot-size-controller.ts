import type { ReactiveController, ReactiveElement } from 'lit';
import { DEFAULT_PLOT_SIZE, resizedPlot, type PlotSize } from './trend-charts.js';

/**
 * Measures the drawing area of a chart the element has drawn, so that the SVG is drawn at its real size
 * (legible text at 320 px and in large print). What it watches is `selector`, the first match in the
 * element's render root: an empty box the width of the drawing area whose size never depends on the
 * drawing (so a redraw inside the ResizeObserver's callback cannot change what it observes, and the
 * observer never loops). It measures once right after the update that drew a new box (a page in a
 * background tab delivers no resize observations until shown), then on every change the observer reports;
 * `size` holds the result, and the host updates when it changed.
 *
 * @example
 * ```ts
 * private readonly plot = new PlotSizeController(this, '.plot-width');
 * render() { return trendView(model, { size: this.plot.size, … }, context); }
 * ```
 */
export class PlotSizeController implements ReactiveController {
  /** The size to draw at: {@link DEFAULT_PLOT_SIZE} until measured. */
  size: PlotSize = DEFAULT_PLOT_SIZE;
  private observed: Element | undefined;
  private observer: ResizeObserver | undefined;

  constructor(
    private readonly host: ReactiveElement,
    private readonly selector: string,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const box = this.host.renderRoot.querySelector(this.selector) ?? undefined;
    if (box === this.observed || typeof ResizeObserver === 'undefined') return;
    this.observed = box;
    this.observer ??= new ResizeObserver(() => this.measure());
    this.observer.disconnect();
    if (!box) return;
    this.observer.observe(box);
    void this.host.updateComplete.then(() => this.measure());
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
  }

  /** Measures the observed box now, and asks the host to redraw when the size changed. */
  measure(): void {
    const box = this.observed;
    if (!box?.isConnected) return;
    const next = resizedPlot(this.size, box.clientWidth, parseFloat(getComputedStyle(box).fontSize) || DEFAULT_PLOT_SIZE.fontSize);
    if (!next) return;
    this.size = next;
    this.host.requestUpdate();
  }
}
