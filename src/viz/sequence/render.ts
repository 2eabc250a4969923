// Renders a sequence layout into an <svg> for one frame (cursor step + progress + viewport).
// Idempotent: the same (layout, frame, ctx) yields the same DOM. Only items intersecting the
// viewport are in the DOM, so a step or a scroll costs O(visible), whatever the trace length.
import { select, type Selection } from 'd3';
import type { Endpoint } from '../../engine/trace';
import type { SeqGap, SeqStateMark, SeqTimer, SequenceLayout } from './layout';
import { clampStep, cursorTime, visibleItems } from './query';
import { yAtTime } from './timeAxis';
import { arrowViews, renderArrows } from './renderArrows';
import { durationText, type LabelFn } from '../label';
import { drawState, setAttrs } from '../dom';

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
const LAYERS = ['lifelines', 'gaps', 'timers', 'states', 'arrows', 'cursor', 'header'] as const;
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
  root.attr('width', layout.width).attr('height', round(layout.height));
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
  );
  renderArrows(layer('arrows'), arrowViews(vis.arrows, step, now), ctx);
  drawCursor(layer('cursor'), layout, step > 0 ? yAtTime(layout.axis, now) : null);
  drawHeader(layer('header'), layout, top, ctx.label);
}

function drawLifelines(g: Layer, layout: SequenceLayout, top: number, bottom: number): void {
  const y1 = Math.max(layout.headerHeight, top);
  const y2 = Math.max(y1, Math.min(layout.height, bottom));
  g.selectChildren<SVGLineElement, Endpoint>('line')
    .data(ENDS, (d) => d)
    .join((enter) => enter.append('line'))
    .attr('class', (d) => `ww-seq-lifeline ww-end-${d}`)
    .attr('x1', (d) => layout.lifelineX[d])
    .attr('x2', (d) => layout.lifelineX[d])
    .attr('y1', round(y1))
    .attr('y2', round(y2));
}

function drawGaps(g: Layer, gaps: SeqGap[], layout: SequenceLayout, label: LabelFn): void {
  const { client, server } = layout.lifelineX;
  g.selectChildren<SVGGElement, SeqGap>()
    .data(gaps, (d) => d.id)
    .join((enter) => {
      const e = enter.append('g');
      e.append('rect').attr('class', 'ww-seq-gap-band');
      for (const end of ENDS) e.append('line').attr('class', `ww-seq-gap-line ww-end-${end}`);
      e.append('text').attr('class', 'ww-seq-gap-text');
      return e;
    })
    .each(function (d) {
      const text = `⋯ ${label('seq.gap', { duration: durationText(label, d.durationMs, true) })} ⋯`;
      if (drawState(this, d, text) === 'same') return;
      const [band, l1, l2, t] = Array.from(this.children);
      setAttrs(this, { class: `ww-seq-gap${d.inFlight ? ' is-inflight' : ''}`, 'data-id': d.id });
      const ys = { y1: round(d.y1 + 4), y2: round(d.y2 - 4) };
      if (band)
        setAttrs(band, {
          x: 0,
          y: ys.y1,
          width: layout.width,
          height: round(Math.max(0, ys.y2 - ys.y1)),
        });
      if (l1) setAttrs(l1, { x1: client, x2: client, ...ys });
      if (l2) setAttrs(l2, { x1: server, x2: server, ...ys });
      if (t) {
        setAttrs(t, {
          x: d.inFlight ? client - 30 : (client + server) / 2,
          y: round((d.y1 + d.y2) / 2 + 4),
          'text-anchor': d.inFlight ? 'end' : 'middle',
        });
        t.textContent = text;
      }
    });
}

function drawTimers(
  g: Layer,
  timers: SeqTimer[],
  step: number,
  nowY: number,
  label: LabelFn,
): void {
  g.selectChildren<SVGGElement, SeqTimer>()
    .data(timers, (d) => d.id)
    .join((enter) => {
      const e = enter.append('g');
      e.append('rect').attr('class', 'ww-seq-timer-bar').attr('width', 4);
      e.filter((d) => d.showLabel)
        .append('text')
        .attr('class', 'ww-seq-timer-label');
      return e;
    })
    .each(function (d) {
      const running = step < d.endStep;
      let cls = `ww-seq-timer ww-seq-timer-${d.timer} ww-end-${d.endpoint} is-${d.outcome}`;
      if (running) cls += ' is-running';
      if (d.step === step || d.endStep === step) cls += ' is-current';
      const y2 = running ? Math.min(d.y2, Math.max(d.y1 + 2, nowY)) : d.y2;
      const text = d.showLabel
        ? label(`seq.timer.${d.timer}`, { duration: durationText(label, d.durationMs) })
        : '';
      if (drawState(this, d, `${cls}|${round(y2)}|${text}`) === 'same') return;
      const [bar, t] = Array.from(this.children);
      setAttrs(this, { class: cls, 'data-id': d.id });
      if (bar) setAttrs(bar, { x: d.x - 2, y: round(d.y1), height: round(y2 - d.y1) });
      if (t) {
        setAttrs(t, { transform: `translate(${d.labelX},${round(d.y1 + 4)}) rotate(90)` });
        t.textContent = text;
      }
    });
}

function drawStates(g: Layer, states: SeqStateMark[], step: number): void {
  g.selectChildren<SVGGElement, SeqStateMark>()
    .data(states, (d) => d.id)
    .join((enter) => {
      const e = enter.append('g');
      e.append('circle').attr('class', 'ww-seq-state-dot').attr('r', 3.5);
      e.append('text').attr('class', 'ww-seq-state-text');
      return e;
    })
    .each(function (d) {
      const cls = `ww-seq-state ww-end-${d.endpoint}${d.step === step ? ' is-current' : ''}`;
      if (drawState(this, d, cls) === 'same') return;
      const [dot, t] = Array.from(this.children);
      setAttrs(this, { class: cls, 'data-id': d.id });
      if (dot) setAttrs(dot, { cx: d.lifelineX, cy: round(d.y) });
      if (t) {
        setAttrs(t, { x: d.x, y: round(d.y + 4), 'text-anchor': d.anchor });
        t.textContent = d.state;
      }
    });
}

function drawCursor(g: Layer, layout: SequenceLayout, y: number | null): void {
  const { client, server } = layout.lifelineX;
  g.selectChildren<SVGLineElement, number>('line')
    .data(y === null ? [] : [y])
    .join((enter) => enter.append('line').attr('class', 'ww-seq-cursor'))
    .attr('x1', client - 12)
    .attr('x2', server + 12)
    .attr('y1', (d) => round(d))
    .attr('y2', (d) => round(d));
}

function drawHeader(g: Layer, layout: SequenceLayout, top: number, label: LabelFn): void {
  g.attr('transform', `translate(0,${round(top)})`);
  g.selectChildren<SVGRectElement, number>('rect.ww-seq-header-bg')
    .data([layout.width])
    .join((enter) => enter.append('rect').attr('class', 'ww-seq-header-bg'))
    .attr('width', (d) => d)
    .attr('height', layout.headerHeight);
  const heads = g
    .selectChildren<SVGGElement, Endpoint>('g')
    .data(ENDS, (d) => d)
    .join((enter) => {
      const e = enter.append('g');
      e.append('rect').attr('class', 'ww-seq-lane-box');
      e.append('text').attr('class', 'ww-seq-lane-text');
      return e;
    });
  heads.attr('class', (d) => `ww-seq-lane ww-end-${d}`);
  heads
    .select('rect')
    .attr('x', (d) => layout.lifelineX[d] - 52)
    .attr('y', 8)
    .attr('width', 104)
    .attr('height', 28)
    .attr('rx', 6);
  heads
    .select('text')
    .attr('x', (d) => layout.lifelineX[d])
    .attr('y', 27)
    .attr('text-anchor', 'middle')
    .text((d) => label(`seq.${d}`));
}
