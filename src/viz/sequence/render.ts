// Renders a sequence layout into an <svg> for one frame (cursor step + progress + viewport).
// Idempotent: the same (layout, frame, ctx) yields the same DOM. Only items intersecting the
// viewport are in the DOM, so a step or a scroll costs O(visible), whatever the trace length; and
// only what changed is written, so a frame that changes nothing leaves the DOM untouched (Chromium
// then has no style or layout to redo).
import { select, type Selection } from 'd3';
import type { Endpoint } from '../../engine/trace';
import type { SequenceLayout } from './layout';
import { clampStep, cursorTime, visibleItems } from './query';
import { yAtTime } from './timeAxis';
import { arrowViews, renderArrows } from './renderArrows';
import { drawGaps, drawHoles, drawStates, drawTimers } from './renderMarks';
import type { LabelFn } from '../label';
import { cloneTemplate, setAttrs, setText, svgEl } from '../dom';

export { yForStep } from './query';

/** The cursor and the visible window (layout pixels) of one frame. */
export interface SequenceFrame {
  step: number;
  /** 0..1 of the way from `step` toward `step + 1` (animation). */
  progress: number;
  viewport: { top: number; height: number };
}

/** Everything outside the layout that a render needs. */
export interface SequenceRenderContext {
  label: LabelFn;
  onSegmentClick?: (segId: string) => void;
  /** Ignore `progress` (draw the frame exactly at `step`). */
  reducedMotion?: boolean;
}

type Layer = Selection<SVGGElement, unknown, null, undefined>;
const LAYERS = [
  'lifelines',
  'gaps',
  'timers',
  'states',
  'holes',
  'arrows',
  'cursor',
  'header',
] as const;
const ENDS: readonly Endpoint[] = ['client', 'server'];
/** Extra pixels drawn above and below the viewport so a small scroll shows no empty edge. */
export const SEQ_OVERSCAN = 160;
const round = (v: number): number => Math.round(v * 10) / 10;

/** Draws `layout` at `frame` into `svg` (D3 owns everything inside the element). */
export function renderSequence(
  svg: SVGSVGElement,
  layout: SequenceLayout,
  frame: SequenceFrame,
  ctx: SequenceRenderContext,
): void {
  const root = select(svg);
  sizeSequence(svg, layout);
  root
    .selectChildren<SVGGElement, string>('g.ww-layer')
    .data(LAYERS, (d) => d)
    .join((enter) => enter.append('g').attr('class', (d) => `ww-layer ww-seq-layer-${d}`));
  const layer = (name: (typeof LAYERS)[number]): Layer =>
    root.selectChildren<SVGGElement, unknown>(`g.ww-seq-layer-${name}`) as unknown as Layer;

  const step = clampStep(layout, frame.step);
  const now = cursorTime(layout, step, ctx.reducedMotion ? 0 : frame.progress);
  const top = Math.max(0, frame.viewport.top);
  const bottom = top + Math.max(0, frame.viewport.height);
  const vis = visibleItems(layout, top - SEQ_OVERSCAN, bottom + SEQ_OVERSCAN);

  drawLifelines(layer('lifelines'), layout, top, bottom);
  drawGaps(
    layer('gaps'),
    vis.gaps.filter((g) => g.step <= step),
    layout,
    ctx.label,
  );
  drawTimers(
    layer('timers'),
    vis.timers.filter((d) => d.step <= step),
    step,
    yAtTime(layout.axis, now),
    ctx.label,
  );
  drawStates(
    layer('states'),
    vis.states.filter((d) => d.step <= step),
    step,
    ctx.label,
  );
  drawHoles(
    layer('holes'),
    vis.holes.filter((d) => d.step <= step),
    step,
    ctx.label,
  );
  renderArrows(layer('arrows'), arrowViews(vis.arrows, step, now), ctx);
  drawCursor(layer('cursor'), layout, step > 0 ? yAtTime(layout.axis, now) : null);
  drawHeader(layer('header'), layout, top, ctx.label);
}

/** Sets the size of the `<svg>` to the layout's (what a host must do before scrolling into it). */
export function sizeSequence(svg: SVGSVGElement, layout: SequenceLayout): void {
  setAttrs(svg, { width: layout.width, height: round(layout.height) });
}

function drawLifelines(g: Layer, layout: SequenceLayout, top: number, bottom: number): void {
  const y1 = Math.max(layout.headerHeight, top);
  const y2 = Math.max(y1, Math.min(layout.height, bottom));
  g.selectChildren<SVGLineElement, Endpoint>('line')
    .data(ENDS, (d) => d)
    .join((enter) => enter.append('line'))
    .each(function (d) {
      const x = layout.lifelineX[d];
      setAttrs(this, {
        class: `ww-seq-lifeline ww-end-${d}`,
        x1: x,
        x2: x,
        y1: round(y1),
        y2: round(y2),
      });
    });
}

function drawCursor(g: Layer, layout: SequenceLayout, y: number | null): void {
  const { client, server } = layout.lifelineX;
  g.selectChildren<SVGLineElement, number>('line')
    .data(y === null ? [] : [y])
    .join((enter) => enter.append('line').attr('class', 'ww-seq-cursor'))
    .each(function (d) {
      setAttrs(this, { x1: client - 12, x2: server + 12, y1: round(d), y2: round(d) });
    });
}

function laneTemplate(doc: Document): Element {
  const g = svgEl(doc, 'g');
  g.append(
    svgEl(doc, 'rect', { class: 'ww-seq-lane-box' }),
    svgEl(doc, 'text', { class: 'ww-seq-lane-text' }),
  );
  return g;
}

function drawHeader(g: Layer, layout: SequenceLayout, top: number, label: LabelFn): void {
  const node = g.node();
  if (!node) return;
  const doc = node.ownerDocument;
  setAttrs(node, { transform: `translate(0,${round(top)})` });
  g.selectChildren<SVGRectElement, number>('rect.ww-seq-header-bg')
    .data([layout.width])
    .join((enter) => enter.append('rect').attr('class', 'ww-seq-header-bg'))
    .each(function (d) {
      setAttrs(this, { width: d, height: layout.headerHeight });
    });
  g.selectChildren<SVGGElement, Endpoint>('g')
    .data(ENDS, (d) => d)
    .join((enter) => enter.append(() => cloneTemplate(doc, 'seq-lane', laneTemplate)))
    .each(function (d) {
      const x = layout.lifelineX[d];
      const [box, text] = Array.from(this.children);
      setAttrs(this, { class: `ww-seq-lane ww-end-${d}` });
      if (box) setAttrs(box, { x: x - 52, y: 8, width: 104, height: 28, rx: 6 });
      if (text) {
        setAttrs(text, { x, y: 27, 'text-anchor': 'middle' });
        setText(text, label(`seq.${d}`));
      }
    });
}
