// Renders one of a capture's two charts (the time/sequence graph or the bytes in flight) into an
// <svg> for one player step. What depends only on the layout and the language (grid, series,
// axes) is drawn when they change; a step moves the cursor, the veil over what has not happened
// yet and the mark of the step's own segment: O(log segments) per step, whatever the capture's
// size. Idempotent (keyed joins; unchanged attributes are not rewritten).
import { select, type Selection } from 'd3';
import { atStep } from '../../capture/flight';
import type { LabelFn } from '../label';
import { setAttrs, setText } from '../dom';
import { drawChartAxes } from '../axes';
import { textWidth } from '../cwnd/format';
import { formatInt, formatMs } from './format';
import { stepTime, xOfTime, type TcptraceLayout, type TimeWindow, type TtPanel } from './layout';
import { markPath, r1 } from './paths';
import { bindChart, chartState, drawHits, drawTip, followStep } from './interact';

/** The player's cursor: a step of the conversation (0: before its first segment). */
export interface TcptraceFrame {
  step: number;
}

/** Everything outside the layout that a render needs. */
export interface TcptraceRenderContext {
  label: LabelFn;
  /** A segment was clicked or activated (Enter/Space): the host moves the player to its step. */
  onSeek?: (step: number) => void;
  /** A time range was brushed (dragged across): the host zooms to it. */
  onZoom?: (window: TimeWindow) => void;
}

type Layer = Selection<SVGGElement, unknown, null, undefined>;
const LAYERS = ['grid', 'series', 'now', 'veil', 'axes', 'cursor', 'brush', 'hits', 'tip'] as const;
type LayerName = (typeof LAYERS)[number];

/** Draws chart `panel` of `layout` at `frame` into `svg` (D3 owns everything inside it). */
export function renderTcptrace(
  svg: SVGSVGElement,
  layout: TcptraceLayout,
  panel: 'seq' | 'flight',
  frame: TcptraceFrame,
  ctx: TcptraceRenderContext,
): void {
  const st = chartState(svg);
  if (!st.bound) bindChart(svg, st);
  const p = layout[panel];
  st.layout = layout;
  st.panel = panel;
  st.ctx = ctx;
  const step = Math.min(layout.trace.steps, Math.max(0, Math.floor(frame.step)));
  st.step = step;
  const root = select(svg);
  setAttrs(svg, { width: p.width, height: p.height, viewBox: `0 0 ${p.width} ${p.height}` });
  const defs = root
    .selectChildren<SVGDefsElement, string>('defs')
    .data(['defs'])
    .join((enter) => enter.append('defs'));
  defs
    .selectChildren<SVGClipPathElement, string>('.ww-tt-clip')
    .data([st.clipId])
    .join((enter) =>
      enter
        .append('clipPath')
        .attr('class', 'ww-tt-clip')
        .attr('id', (d) => d),
    )
    .selectChildren<SVGRectElement, string>('rect')
    .data(['clip'])
    .join((enter) => enter.append('rect'))
    .each(function () {
      const { left, top, right, bottom } = p.plot;
      // A little room above the plot for the markers on the highest bars.
      setAttrs(this, { x: left, y: top - 8, width: r1(right - left), height: bottom - top + 8 });
    });
  root
    .selectChildren<SVGGElement, string>('g.ww-layer')
    .data(LAYERS, (d) => d)
    .join((enter) => enter.append('g').attr('class', (d) => `ww-layer ww-tt-layer-${d}`));
  const layer = (name: LayerName): Layer =>
    root.selectChildren<SVGGElement, unknown>(`g.ww-tt-layer-${name}`) as unknown as Layer;

  if (st.drawn !== layout || st.drawnPanel !== panel || st.drawnLabel !== ctx.label) {
    drawGrid(layer('grid'), p);
    for (const name of ['series', 'now'] as const)
      setAttrs(layer(name).node()!, { 'clip-path': `url(#${st.clipId})` });
    drawSeries(layer('series'), p);
    drawAxes(layer('axes'), layout, p, ctx.label);
    drawHits(layer('hits'), layout, st);
    st.drawn = layout;
    st.drawnPanel = panel;
    st.drawnLabel = ctx.label;
  }
  followStep(layer('hits'), layout, st);
  drawStep(layer('now'), layer('veil'), layer('cursor'), layout, p, step, ctx.label);
  drawTip(layer('tip'), layout, st);
}

/** Horizontal grid lines at the y ticks. */
function drawGrid(g: Layer, p: TtPanel): void {
  const { left, right } = p.plot;
  g.selectChildren<SVGLineElement, TtPanel['yTicks'][number]>('line')
    .data(p.yTicks, (d) => String(d.value))
    .join((enter) => enter.append('line').attr('class', 'ww-tt-grid'))
    .each(function (d) {
      setAttrs(this, { x1: left, x2: right, y1: r1(d.pos), y2: r1(d.pos) });
    });
}

/** One <path> per series. */
function drawSeries(g: Layer, p: TtPanel): void {
  g.selectChildren<SVGPathElement, TtPanel['paths'][number]>('path')
    .data(p.paths, (d) => d.id)
    .join((enter) => enter.append('path'))
    .each(function (d) {
      setAttrs(this, { class: d.cls, 'data-id': d.id, d: d.d });
    })
    .order();
}

/** Axis lines, tick labels, axis titles, and the note when the window line is clipped. */
function drawAxes(g: Layer, layout: TcptraceLayout, p: TtPanel, label: LabelFn): void {
  const { right, top } = p.plot;
  drawChartAxes(g, {
    prefix: 'ww-tt',
    plot: p.plot,
    height: p.height,
    xTicks: p.xTicks,
    yTicks: p.yTicks,
    xTitle: label(`tt.axis.time.${layout.timeUnit}`),
    yTitle: label(`tt.axis.${p.id}`, { unit: label(`tt.unit.${p.unit}`) }),
    extra:
      p.rwndAbove === null
        ? []
        : [
            {
              id: 'rwnd-above',
              tag: 'text',
              attrs: { class: 'ww-tt-above', x: right - 4, y: top + 11, 'text-anchor': 'end' },
              text: label(`tt.rwndAbove.${p.id}`, { value: formatInt(p.rwndAbove) }),
            },
          ],
  });
}

/** The step's mark (its segment, or its ACK), the veil over later times, and the time cursor. */
function drawStep(
  now: Layer,
  veil: Layer,
  cursor: Layer,
  layout: TcptraceLayout,
  p: TtPanel,
  step: number,
  label: LabelFn,
): void {
  const { top, bottom, left, right } = p.plot;
  const { trace } = layout;
  const t = stepTime(trace, step);
  const x = xOfTime(layout, t);
  const shown = step > 0 && x >= left - 0.5 && x <= right + 0.5;
  // The step's own segment: a data segment of the sender, or an ACK of the receiver.
  const marks: { id: string; cls: string; d: string }[] = [];
  if (step > 0) {
    const seg = atStep(trace.flight.segments, step);
    const ack = seg ? undefined : atStep(trace.flight.acks, step);
    const ySeq = (v: number) => bottom - ((v - p.yMin) / (p.yMax - p.yMin)) * (bottom - top);
    if (seg && p.id === 'seq') {
      const y1 = r1(ySeq(seg.seq));
      const y2 = r1(Math.min(ySeq(seg.end), y1 - 1.5));
      marks.push({ id: 'bar', cls: 'ww-tt-now-bar', d: `M${r1(x)},${y1}V${y2}` });
    } else if (seg)
      marks.push({
        id: 'ring',
        cls: 'ww-tt-now-ring',
        d: markPath('ring', x, ySeq(seg.flight), 5),
      });
    else if (ack && p.id === 'seq')
      marks.push({ id: 'ring', cls: 'ww-tt-now-ring', d: markPath('ring', x, ySeq(ack.ack), 5) });
  }
  now
    .selectChildren<SVGPathElement, (typeof marks)[number]>('path')
    .data(marks, (d) => d.id)
    .join((enter) => enter.append('path'))
    .each(function (d) {
      setAttrs(this, { class: d.cls, d: d.d });
    });
  // Nothing has happened at step 0: the veil covers the whole plot.
  const veilX = step === 0 ? left : Math.max(left, x);
  const veiled = step < trace.steps && veilX < right;
  veil
    .selectChildren<SVGRectElement, number>('rect')
    .data(veiled ? [veilX] : [])
    .join((enter) => enter.append('rect').attr('class', 'ww-tt-veil'))
    .each(function (vx) {
      setAttrs(this, {
        x: r1(vx),
        y: r1(top - 8),
        width: r1(right - vx),
        height: r1(bottom - top + 8),
      });
    });
  const text = label('tt.cursor', { ms: formatMs(t) });
  const half = textWidth(text, 11) / 2 + 4;
  const anchor = x + half > p.width ? 'end' : x - half < 0 ? 'start' : 'middle';
  cursor
    .selectChildren<SVGGElement, number>('g')
    .data(shown ? [step] : [])
    .join((enter) => {
      const g = enter.append('g').attr('class', 'ww-tt-cursor');
      g.append('line');
      g.append('text');
      return g;
    })
    .each(function (d) {
      setAttrs(this, { 'data-step': d, transform: `translate(${r1(x)},0)` });
      setAttrs(this.querySelector('line')!, { y1: top, y2: bottom });
      const el = this.querySelector('text')!;
      setAttrs(el, { y: bottom + 16, 'text-anchor': anchor });
      setText(el, text);
    });
}
