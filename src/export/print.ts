// Getting a view ready to print (print.css does the rest): the TCP view's whole sequence diagram
// drawn in place of its scroll window, and the other windowed boxes (sequence diagrams of the
// lab and the journey, the rounds table) held at their height on screen, so a printout shows at
// least what the screen shows instead of an empty stretch of a virtual list; the light theme.
import type { TcpTrace } from '../engine/trace';
import type { LabelFn } from '../viz/label';
import { drawFullSequence } from './sequenceSvg';

/** Boxes that draw only what is scrolled into view. */
export const WINDOWED = '.ww-seq-scroll, .ww-cw-table-scroll';

/** The TCP view's run, for its printed diagram. */
export interface PrintSequence {
  trace: TcpTrace;
  step: number;
  relative: boolean;
  label: LabelFn;
}

/** Prepares `root` (the app) for printing; returns what undoes it (call it after printing). */
export function preparePrint(root: Element, tcp: PrintSequence | null): () => void {
  const undo: (() => void)[] = [];
  // Black on white whatever the theme on screen (print.css forces the base colours too).
  const html = root.ownerDocument.documentElement;
  const theme = html.dataset.theme;
  html.dataset.theme = 'light';
  undo.push(() => {
    if (theme === undefined) delete html.dataset.theme;
    else html.dataset.theme = theme;
  });
  for (const el of root.querySelectorAll<HTMLElement>(WINDOWED)) {
    const before = el.style.height;
    el.style.height = `${el.clientHeight}px`;
    undo.push(() => {
      el.style.height = before;
    });
  }
  const live = tcp ? root.querySelector<SVGSVGElement>('.ww-sequence svg.ww-seq') : null;
  const section = live?.closest('.ww-sequence');
  if (tcp && live && section) {
    const figure = root.ownerDocument.createElement('div');
    figure.className = 'ww-viz ww-print-figure';
    section.append(figure);
    // The layout depends on the width: the one on screen (the renderer sets it on the <svg>).
    const width = Number(live.getAttribute('width')) || 640;
    const { svg } = drawFullSequence(figure, { ...tcp, width });
    svg.removeAttribute('width');
    svg.removeAttribute('height');
    svg.setAttribute('aria-hidden', 'true');
    undo.push(() => figure.remove());
  }
  return () => undo.forEach((f) => f());
}
