// Renders a cwnd layout into an <svg> for one frame (the player's step: a round in the rounds
// model, a TCP trace step placed at its time in the segments model). Idempotent: the same
// (layout, frame, ctx) gives the same DOM (keyed joins). What depends only on the layout and the
// language is redrawn only when they change; a step moves the cursor, the current column and the
// veil over the future: O(1) per step, whatever the number of rounds or samples.
import { select, type Selection } from 'd3';
import type { LabelFn } from '../label';
import { setAttrs, setText } from '../dom';
import { formatMs, textWidth } from './format';
import { roundOfTime, stepTime, xOfRound, xOfTime, type CwndLayout } from './layout';
import { chartState, drawHits, drawTip } from './interact';
import { drawAxes, drawBands, drawGrid, drawMarks, drawPatterns, drawSeries } from './static';

/** The player's cursor: the round (rounds model) or the TCP trace step (segments); 0: nothing yet. */
export interface CwndFrame {
  step: number;
}

/** Everything outside the layout that a render needs. */
export interface CwndRenderContext {
  label: LabelFn;
  /** Called with the round whose column was clicked (or activated with Enter/Space). */
  onRoundClick?: (round: number) => void;
  /**
   * Prefix of the ids of the phase patterns (`<prefix>-<phase>`), so a legend elsewhere in the
   * page can fill its swatches with them. Default: one made up per <svg>.
   */
  patternPrefix?: string;
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
  const prefix = ctx.patternPrefix ?? st.clipId.replace('-clip-', '-phase-');
  const defs = root
    .selectChildren<SVGDefsElement, string>('defs')
    .data(['defs'])
    .join((enter) => enter.append('defs'));
  defs
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
  if (
    st.drawn !== layout ||
    st.drawnLabel !== ctx.label ||
    st.drawnClickable !== clickable ||
    st.drawnPrefix !== prefix
  ) {
    drawPatterns(defs.node()!, prefix);
    drawBands(layer('bands'), layout, prefix);
    drawGrid(layer('grid'), layout);
    setAttrs(layer('series').node()!, { 'clip-path': `url(#${st.clipId})` });
    drawSeries(layer('series'), layout);
    drawMarks(layer('marks'), layout, ctx.label);
    drawAxes(layer('axes'), layout, ctx.label);
    drawHits(layer('hits'), layout, st);
    st.drawn = layout;
    st.drawnLabel = ctx.label;
    st.drawnClickable = clickable;
    st.drawnPrefix = prefix;
  }
  const last = layout.model === 'rounds' ? layout.rounds : layout.steps;
  const step = Math.min(last, Math.max(0, Math.floor(frame.step)));
  st.step = step;
  for (const name of DATA_LAYERS) {
    const g = layer(name as (typeof LAYERS)[number]).node()!;
    if (step === 0) setAttrs(g, { display: 'none' });
    else g.removeAttribute('display');
  }
  drawStep(layer('column'), layer('veil'), layer('cursor'), cursorOf(layout, step, ctx.label));
  drawTip(layer('tip'), layout, st);
}

/** Where the cursor stands: its x, its round's column, and whether a veil follows it. */
interface Cursor {
  layout: CwndLayout;
  step: number;
  x: number;
  round: number;
  /** The veil's left edge (none when the whole run is shown). */
  veilX: number | null;
  text: string;
  /** Where the label hangs: centred, or inward at the svg's edges (a time is wider than a round). */
  anchor: 'start' | 'middle' | 'end';
}

function cursorOf(layout: CwndLayout, step: number, label: LabelFn): Cursor {
  if (layout.model === 'rounds') {
    const x = xOfRound(layout, step);
    const veilX = step > 0 && step < layout.rounds ? x + layout.colWidth / 2 : null;
    return { layout, step, x, round: step, veilX, text: String(step), anchor: 'middle' };
  }
  const t = stepTime(layout, step);
  const x = xOfTime(layout, t);
  const veilX = step > 0 && step < layout.steps && x < layout.plot.right ? x : null;
  const text = label('cw.cursor.time', { ms: formatMs(t) });
  const half = textWidth(text, 11) / 2 + 4;
  const anchor = x + half > layout.width ? 'end' : x - half < 0 ? 'start' : 'middle';
  return { layout, step, x, round: roundOfTime(layout, t), veilX, text, anchor };
}

function drawStep(column: Layer, veil: Layer, cursor: Layer, c: Cursor): void {
  const { layout, step, x, round } = c;
  const { top, bottom, right } = layout.plot;
  const colX = xOfRound(layout, round);
  const on = step > 0 ? [round] : [];
  column
    .selectChildren<SVGRectElement, number>('rect')
    .data(on)
    .join((enter) => enter.append('rect').attr('class', 'ww-cw-column'))
    .each(function () {
      const w = Math.max(2, layout.colWidth);
      setAttrs(this, { x: r1(colX - w / 2), y: top, width: r1(w), height: bottom - top });
    });
  veil
    .selectChildren<SVGRectElement, number>('rect')
    .data(c.veilX === null ? [] : [c.veilX])
    .join((enter) => enter.append('rect').attr('class', 'ww-cw-veil'))
    .each(function (vx) {
      setAttrs(this, {
        x: r1(vx),
        y: r1(top - 2),
        width: r1(right - vx),
        height: r1(bottom - top + 2),
      });
    });
  cursor
    .selectChildren<SVGGElement, number>('g')
    .data(on)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'ww-cw-cursor');
      g.append('line');
      g.append('text').attr('text-anchor', 'middle');
      return g;
    })
    .each(function (d) {
      setAttrs(this, {
        'data-round': d,
        ...(layout.model === 'segments' ? { 'data-step': step } : {}),
        transform: `translate(${r1(x)},0)`,
      });
      if (layout.model === 'rounds') this.removeAttribute('data-step');
      setAttrs(this.querySelector('line')!, { y1: top, y2: bottom });
      const text = this.querySelector('text')!;
      setAttrs(text, { y: bottom + 16, 'text-anchor': c.anchor });
      setText(text, c.text);
    });
}
