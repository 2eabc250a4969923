// Draws the waterfall's page load events for a frame: the lines and labels of the page shown at
// the step (waterfallMarks.ts), faded while the player has not reached them. The lines are
// redrawn only when the page, the layout or the language changes; a step otherwise flips at most
// the two marks' "future" class.
import type { Selection } from 'd3';
import type { LabelFn } from '../label';
import { setAttrs, setText } from '../dom';
import { formatMs } from '../cwnd/format';
import type { WaterfallLayout } from './waterfallLayout';
import { WF_MARK_LANE_H, placeMarkLabels, type WfMark } from './waterfallMarks';

type Layer = Selection<SVGGElement, unknown, null, undefined>;

/** What the marks layer shows now, so a frame can tell what changed. */
export interface MarksDrawn {
  layout: WaterfallLayout | null;
  label: unknown;
  page: number;
}

/** A mark's label: "DOMContentLoaded 401 ms", "Load 449 ms". */
export const markText = (m: Pick<WfMark, 'kind' | 't'>, label: LabelFn): string =>
  label(`jv.wf.mark.${m.kind}`, { ms: formatMs(m.t) });

/** Draws the marks of the page shown at `step` into `g`; `drawn` is updated. */
export function drawMarks(
  g: Layer,
  layout: WaterfallLayout,
  step: number,
  label: LabelFn,
  drawn: MarksDrawn,
): void {
  const page = layout.stepPage?.[step] ?? 0;
  if (drawn.layout !== layout || drawn.label !== label || drawn.page !== page) {
    const marks = layout.marks.filter((m) => m.page === page);
    const texts = marks.map((m) => markText(m, label));
    const places = placeMarkLabels(marks, texts, layout.width);
    const { top } = layout.plot;
    g.selectChildren<SVGGElement, WfMark>('g.ww-wf-mark')
      .data(marks, (m) => m.id)
      .join((enter) => {
        const m = enter.append('g');
        m.append('line');
        m.append('text');
        return m;
      })
      .each(function (m, i) {
        const place = places[i]!;
        const y = layout.marksY + Math.max(0, place.lane) * WF_MARK_LANE_H;
        setAttrs(this, {
          class: `ww-wf-mark is-${m.kind}`,
          'data-kind': m.kind,
          'data-t': m.t,
          'data-step': m.step,
        });
        // The kind on the line and the label too: the legend's swatch is the same line.
        setAttrs(this.querySelector('line')!, {
          class: `ww-wf-mark-line is-${m.kind}`,
          x1: m.x,
          x2: m.x,
          y1: top,
          y2: y - 10,
        });
        const text = this.querySelector('text')!;
        setAttrs(text, {
          class: `ww-wf-mark-label is-${m.kind}`,
          x: place.x,
          y,
          'text-anchor': place.anchor,
        });
        if (place.lane < 0) setAttrs(text, { display: 'none' });
        else text.removeAttribute('display');
        setText(text, texts[i]!);
      });
    drawn.layout = layout;
    drawn.label = label;
    drawn.page = page;
  }
  // Not reached yet: faded, as the rows that have not started.
  for (const el of g.node()!.children)
    el.classList.toggle('is-future', Number(el.getAttribute('data-step')) > step);
}
