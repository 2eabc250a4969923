// The whole sequence diagram of a TCP run at the player's step, drawn into a new <svg>: the view
// on screen draws only the rows in its scroll window, an export or a printout needs them all. A
// captured conversation is drawn with the labels the view on screen loaded for it.
import type { TcpTrace } from '../engine/trace';
import { layoutSequence, type SequenceLayout } from '../viz/sequence/layout';
import { renderSequence, yForStep } from '../viz/sequence/render';
import { loadedCaptureArrow } from '../viz/sequence/captureLoader';
import type { LabelFn } from '../viz/label';
import type { Box } from './svgExport';

/** What to draw: the run, the cursor, the numbering and the size of the view on screen. */
export interface FullSequenceOptions {
  trace: TcpTrace;
  step: number;
  relative: boolean;
  /** Width of the diagram on screen (the layout depends on it). */
  width: number;
  label: LabelFn;
}

/** Space kept under the last row drawn. */
const BOTTOM_PAD = 28;

/**
 * How far down the drawing goes at `step`: the lowest item already shown (and the cursor), so a
 * diagram exported half-way does not end in a long empty column; the full height at the end.
 */
export function drawnHeight(layout: SequenceLayout, step: number): number {
  if (step >= layout.steps) return layout.height;
  let y = yForStep(layout, step);
  for (const items of [layout.arrows, layout.timers, layout.states, layout.gaps]) {
    for (const d of items) if (d.step <= step && d.bottom > y) y = d.bottom;
  }
  return Math.min(layout.height, Math.ceil(y + BOTTOM_PAD));
}

/**
 * Appends to `host` an `<svg class="ww-seq">` with every row of the diagram at `opts.step`
 * (no animation, nothing clickable), and returns it with the box to keep. `host` should be where
 * the page's sequence styles apply (inside a `.ww-viz`).
 */
export function drawFullSequence(
  host: Element,
  opts: FullSequenceOptions,
): { svg: SVGSVGElement; box: Box } {
  const doc = host.ownerDocument;
  const layout = layoutSequence(opts.trace, {
    width: opts.width,
    relative: opts.relative,
    captureArrow: loadedCaptureArrow(),
  });
  const height = drawnHeight(layout, opts.step);
  const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('class', 'ww-seq');
  host.append(svg);
  renderSequence(
    svg,
    layout,
    { step: opts.step, progress: 0, viewport: { top: 0, height } },
    { label: opts.label, reducedMotion: true },
  );
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${layout.width} ${height}`);
  return { svg, box: { x: 0, y: 0, width: layout.width, height } };
}
