// The axes of a chart (the cwnd chart, the time/sequence chart): axis lines, x ticks with labels,
// y tick labels, the two axis titles, plus any extra labels — joined by id into one layer, so a
// redraw changes only what moved. Each chart names its classes with its own prefix.
import type { Selection } from 'd3';
import { setAttrs, setText } from './dom';

/** One line or text element of the axes layer. */
export interface AxisItem {
  id: string;
  tag: 'line' | 'text';
  attrs: Record<string, string | number>;
  text?: string;
}

/** A tick: its value (its id), its position along the axis and its label. */
export interface AxisTick {
  value: number | string;
  pos: number;
  text: string;
}

/** What to draw. */
export interface AxesSpec {
  /** Class prefix, e.g. "ww-cw" → ww-cw-axis, ww-cw-tick, ww-cw-tick-label, ww-cw-axis-title. */
  prefix: string;
  plot: { left: number; right: number; top: number; bottom: number };
  /** The chart's height (the x title sits 6 px above its bottom). */
  height: number;
  xTicks: readonly AxisTick[];
  yTicks: readonly AxisTick[];
  xTitle: string;
  yTitle: string;
  /** More labels in the same layer (e.g. a note on a clipped line). */
  extra?: readonly AxisItem[];
}

const r1 = (v: number): number => Math.round(v * 10) / 10;

/** Draws (or updates) the axes described by `spec` into `g`. */
export function drawChartAxes(
  g: Selection<SVGGElement, unknown, null, undefined>,
  spec: AxesSpec,
): void {
  const { prefix: c, plot, height } = spec;
  const { left, right, top, bottom } = plot;
  const items: AxisItem[] = [
    {
      id: 'x-axis',
      tag: 'line',
      attrs: { class: `${c}-axis`, x1: left, x2: right, y1: bottom, y2: bottom },
    },
    {
      id: 'y-axis',
      tag: 'line',
      attrs: { class: `${c}-axis`, x1: left, x2: left, y1: top, y2: bottom },
    },
  ];
  for (const t of spec.xTicks) {
    const x = r1(t.pos);
    items.push(
      {
        id: `xt-${t.value}`,
        tag: 'line',
        attrs: { class: `${c}-tick`, x1: x, x2: x, y1: bottom, y2: bottom + 4 },
      },
      {
        id: `xl-${t.value}`,
        tag: 'text',
        attrs: { class: `${c}-tick-label`, x, y: bottom + 16, 'text-anchor': 'middle' },
        text: t.text,
      },
    );
  }
  for (const t of spec.yTicks)
    items.push({
      id: `yl-${t.value}`,
      tag: 'text',
      attrs: { class: `${c}-tick-label`, x: left - 6, y: r1(t.pos + 4), 'text-anchor': 'end' },
      text: t.text,
    });
  const cy = r1((top + bottom) / 2);
  items.push(
    {
      id: 'x-title',
      tag: 'text',
      attrs: {
        class: `${c}-axis-title`,
        x: r1((left + right) / 2),
        y: height - 6,
        'text-anchor': 'middle',
      },
      text: spec.xTitle,
    },
    {
      id: 'y-title',
      tag: 'text',
      attrs: {
        class: `${c}-axis-title`,
        x: 14,
        y: cy,
        'text-anchor': 'middle',
        transform: `rotate(-90 14 ${cy})`,
      },
      text: spec.yTitle,
    },
    ...(spec.extra ?? []),
  );
  g.selectChildren<SVGElement, AxisItem>('line, text')
    .data(items, (d) => d.id)
    .join((enter) =>
      enter.append(function (d) {
        return this.ownerDocument.createElementNS('http://www.w3.org/2000/svg', d.tag);
      }),
    )
    .each(function (d) {
      setAttrs(this, d.attrs);
      if (d.text !== undefined) setText(this, d.text);
    })
    .order();
}
