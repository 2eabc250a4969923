// Renders a cwnd layout into an <svg> for one frame (the player's step = round). Idempotent: the
// same (layout, frame, ctx) gives the same DOM (keyed joins). What depends only on the layout and
// the language is redrawn only when they change; a step moves the cursor, the current column and
// the veil over future rounds: O(1) per step, whatever the number of rounds.
import { select, type Selection } from 'd3';
import type { LabelFn } from '../label';
import { setAttrs, setText } from '../dom';
import { xOfRound, type CwndLayout } from './layout';
import { chartState, drawHits, drawTip } from './interact';
import { drawAxes, drawBands, drawGrid, drawMarks, drawSeries } from './static';

/** The player's cursor: step = round (0: nothing sent yet). */
export interface CwndFrame {
  step: number;
}

/** Everything outside the layout that a render needs. */
export interface CwndRenderContext {
  label: LabelFn;
  /** Called with the round whose column was clicked (or activated with Enter/Space). */
  onRoundClick?: (round: number) => void;
}

type Layer = Selection<SVGGElement, unknown, null, undefined>;
const LAYERS = [
  'bands',
  'grid',
  'column',
  'series',
  'marks',
  'veil',
  'axes',
  'cursor',
  'hits',
  'tip',
] as const;
/** Layers that show data: hidden at step 0 (nothing sent yet). */
const DATA_LAYERS = new Set<string>(['bands', 'series', 'marks']);
const r1 = (v: number): number => Math.round(v * 10) / 10;

/** Draws `layout` at `frame` into `svg` (D3 owns everything inside the element). */
export function renderCwnd(
  svg: SVGSVGElement,
  layout: CwndLayout,
  frame: CwndFrame,
  ctx: CwndRenderContext,
): void {
  const st = chartState(svg);
  st.layout = layout;
  st.ctx = ctx;
  const root = select(svg);
  setAttrs(svg, {
    width: layout.width,
    height: layout.height,
    viewBox: `0 0 ${layout.width} ${layout.height}`,
  });
  root
    .selectChildren<SVGDefsElement, string>('defs')
    .data(['defs'])
    .join((enter) => enter.append('defs'))
    // By class: type selectors do not match camel-case SVG tags everywhere (jsdom).
    .selectChildren<SVGClipPathElement, string>('.ww-cw-clip')
    .data([st.clipId])
    .join((enter) =>
      enter
        .append('clipPath')
        .attr('class', 'ww-cw-clip')
        .attr('id', (d) => d),
    )
    .selectChildren<SVGRectElement, string>('rect')
    .data(['clip'])
    .join((enter) => enter.append('rect'))
    .each(function () {
      const { left, top, right, bottom } = layout.plot;
      setAttrs(this, { x: left, y: r1(top - 1.5), width: r1(right - left), height: bottom - top });
    });
  root
    .selectChildren<SVGGElement, string>('g.ww-layer')
    .data(LAYERS, (d) => d)
    .join((enter) => enter.append('g').attr('class', (d) => `ww-layer ww-cw-layer-${d}`));
  const layer = (name: (typeof LAYERS)[number]): Layer =>
    root.selectChildren<SVGGElement, unknown>(`g.ww-cw-layer-${name}`) as unknown as Layer;

  const clickable = ctx.onRoundClick !== undefined;
  if (st.drawn !== layout || st.drawnLabel !== ctx.label || st.drawnClickable !== clickable) {
    drawBands(layer('bands'), layout);
    drawGrid(layer('grid'), layout);
    setAttrs(layer('series').node()!, { 'clip-path': `url(#${st.clipId})` });
    drawSeries(layer('series'), layout);
    drawMarks(layer('marks'), layout, ctx.label);
    drawAxes(layer('axes'), layout, ctx.label);
    drawHits(layer('hits'), layout, st);
    st.drawn = layout;
    st.drawnLabel = ctx.label;
    st.drawnClickable = clickable;
  }
  const step = Math.min(layout.rounds, Math.max(0, Math.floor(frame.step)));
  st.step = step;
  for (const name of DATA_LAYERS) {
    const g = layer(name as (typeof LAYERS)[number]).node()!;
    if (step === 0) setAttrs(g, { display: 'none' });
    else g.removeAttribute('display');
  }
  drawStep(layer('column'), layer('veil'), layer('cursor'), layout, step);
  drawTip(layer('tip'), layout, st);
}

function drawStep(
  column: Layer,
  veil: Layer,
  cursor: Layer,
  layout: CwndLayout,
  step: number,
): void {
  const { top, bottom, right } = layout.plot;
  const x = xOfRound(layout, step);
  const half = layout.colWidth / 2;
  const on = step > 0 ? [step] : [];
  column
    .selectChildren<SVGRectElement, number>('rect')
    .data(on)
    .join((enter) => enter.append('rect').attr('class', 'ww-cw-column'))
    .each(function () {
      const w = Math.max(2, layout.colWidth);
      setAttrs(this, { x: r1(x - w / 2), y: top, width: r1(w), height: bottom - top });
    });
  veil
    .selectChildren<SVGRectElement, number>('rect')
    .data(step > 0 && step < layout.rounds ? [step] : [])
    .join((enter) => enter.append('rect').attr('class', 'ww-cw-veil'))
    .each(function () {
      setAttrs(this, {
        x: r1(x + half),
        y: r1(top - 2),
        width: r1(right - x - half),
        height: r1(bottom - top + 2),
      });
    });
  const c = cursor
    .selectChildren<SVGGElement, number>('g')
    .data(on)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'ww-cw-cursor');
      g.append('line');
      g.append('text').attr('text-anchor', 'middle');
      return g;
    });
  c.each(function (d) {
    setAttrs(this, { 'data-round': d, transform: `translate(${r1(x)},0)` });
    setAttrs(this.querySelector('line')!, { y1: top, y2: bottom });
    const text = this.querySelector('text')!;
    setAttrs(text, { y: bottom + 16 });
    setText(text, String(d));
  });
}
