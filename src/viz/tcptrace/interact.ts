// Pointer and keyboard interaction of a capture chart: one focusable overlay over the plot. The
// pointer shows the tooltip of the nearest data segment; a click moves the player to it; a drag
// across the plot brushes a time range to zoom to. With the keyboard the arrow keys walk the data
// segments in view (PageUp/PageDown by a tenth, Home/End), Enter or Space moves the player there,
// and the tooltip is the overlay's accessible description.
import type { Selection } from 'd3';
import { select } from 'd3';
import { lowerBound, type FlightSegment } from '../../capture/flight';
import type { LabelFn } from '../label';
import { setAttrs, setText } from '../dom';
import { textWidth } from '../cwnd/format';
import { timeAtX, xOfTime, type TcptraceLayout, type TtPanel } from './layout';
import { markPath, r1 } from './paths';
import type { TcptraceRenderContext } from './render';
import { segmentTipLines } from './text';

/** Per-<svg> state: ids, what was drawn, the inspected segment and a brush in progress. */
export interface ChartState {
  clipId: string;
  tipId: string;
  bound: boolean;
  layout: TcptraceLayout | null;
  panel: 'seq' | 'flight';
  ctx: TcptraceRenderContext | null;
  drawn: TcptraceLayout | null;
  drawnPanel: 'seq' | 'flight' | null;
  drawnLabel: LabelFn | null;
  step: number;
  /** Index in `flight.segments` of the segment whose tooltip shows, or null. */
  active: number | null;
  /** The segment the keyboard is on (index in `flight.segments`). */
  focus: number;
  /** Where a press started (layout px), while the button is down. */
  press: { x: number; dragging: boolean } | null;
}

type Layer = Selection<SVGGElement, unknown, null, undefined>;
const states = new WeakMap<SVGSVGElement, ChartState>();
let nextChart = 1;
const TIP_FONT = 12;
const TIP_LINE = 17;
/** A press that moves less than this (px) is a click, not a brush. */
const DRAG_MIN = 5;

/** The state of `svg`'s chart, created on first use. */
export function chartState(svg: SVGSVGElement): ChartState {
  let st = states.get(svg);
  if (!st) {
    const n = nextChart++;
    st = {
      clipId: `ww-tt-clip-${n}`,
      tipId: `ww-tt-tip-${n}`,
      bound: false,
      layout: null,
      panel: 'seq',
      ctx: null,
      drawn: null,
      drawnPanel: null,
      drawnLabel: null,
      step: 0,
      active: null,
      focus: -1,
      press: null,
    };
    states.set(svg, st);
  }
  return st;
}

const tOf = (s: { t: number }) => s.t;

/** The data segment in view nearest to time `t`, or null when none is in view. */
export function nearestSegment(layout: TcptraceLayout, t: number): number | null {
  const { from, to } = layout.visible;
  if (to <= from) return null;
  const segs = layout.trace.flight.segments;
  const i = Math.min(to - 1, Math.max(from, lowerBound(segs, t, tOf)));
  const prev = i - 1 >= from ? i - 1 : i;
  return Math.abs(segs[prev]!.t - t) <= Math.abs(segs[i]!.t - t) ? prev : i;
}

/** The segment the keyboard starts on: the player's latest data segment in view. */
function focusStart(layout: TcptraceLayout, step: number): number {
  const { from, to } = layout.visible;
  const segs = layout.trace.flight.segments;
  const i = lowerBound(segs, step + 1, (s) => s.step) - 1;
  return Math.min(to - 1, Math.max(from, i));
}

/** The overlay's accessible name: the segment the keyboard is on, or the chart's. */
function hitName(st: ChartState, seg: FlightSegment | undefined): string {
  const label = st.ctx!.label;
  const chart = label(`tt.aria.${st.panel}`);
  if (!seg) return chart;
  return label('tt.hit', { chart, frame: seg.frame, step: seg.step });
}

/** The focusable overlay over the plot. */
export function drawHits(g: Layer, layout: TcptraceLayout, st: ChartState): void {
  const p: TtPanel = layout[st.panel];
  const { from, to } = layout.visible;
  if (st.focus < from || st.focus >= to) st.focus = focusStart(layout, st.step);
  if (st.active !== null && (st.active < from || st.active >= to)) st.active = null;
  const seg = layout.trace.flight.segments[st.focus];
  g.selectChildren<SVGRectElement, number>('rect')
    .data([0])
    .join((enter) => enter.append('rect').attr('class', 'ww-tt-hit'))
    .each(function () {
      setAttrs(this, {
        x: p.plot.left,
        y: p.plot.top,
        width: r1(p.plot.right - p.plot.left),
        height: p.plot.bottom - p.plot.top,
        role: 'button',
        tabindex: 0,
        'aria-label': hitName(st, seg),
        'aria-describedby': st.tipId,
      });
    });
}

/**
 * Unless the keyboard is on the chart, its tab stop follows the player: the latest data segment
 * at the step (O(log segments); the overlay's name is rewritten only when that segment changes).
 */
export function followStep(g: Layer, layout: TcptraceLayout, st: ChartState): void {
  const hit = g.node()!.firstElementChild;
  if (!hit || hit === hit.ownerDocument.activeElement) return;
  const { from, to } = layout.visible;
  if (to <= from) return;
  const focus = focusStart(layout, st.step);
  if (focus === st.focus) return;
  st.focus = focus;
  setAttrs(hit, { 'aria-label': hitName(st, layout.trace.flight.segments[focus]) });
}

/** The inspected segment's guide line and ring, and the tooltip box (hidden when none). */
export function drawTip(g: Layer, layout: TcptraceLayout, st: ChartState): void {
  const label = st.ctx!.label;
  const p = layout[st.panel];
  const seg = st.active === null ? undefined : layout.trace.flight.segments[st.active];
  const tip = g
    .selectChildren<SVGGElement, string>('g.ww-tt-tip')
    .data(['tip'])
    .join((enter) => {
      const t = enter.append('g').attr('class', 'ww-tt-tip').attr('id', st.tipId);
      t.append('line').attr('class', 'ww-tt-hover-time');
      t.append('path').attr('class', 'ww-tt-hover-ring');
      t.append('rect').attr('class', 'ww-tt-tip-box');
      return t;
    });
  const el = tip.node()!;
  if (!seg) {
    setAttrs(el, { display: 'none' });
    return;
  }
  el.removeAttribute('display');
  const lines = segmentTipLines(layout.trace, seg, label);
  const x = xOfTime(layout, seg.t);
  const { top, bottom, left, right } = p.plot;
  const y = (v: number) => bottom - ((v - p.yMin) / (p.yMax - p.yMin)) * (bottom - top);
  const ringY = st.panel === 'seq' ? (y(seg.seq) + y(seg.end)) / 2 : y(seg.flight);
  const w = Math.ceil(Math.max(...lines.map((l) => textWidth(l, TIP_FONT))) + 20);
  const h = lines.length * TIP_LINE + 10;
  let bx = x + 12;
  if (bx + w > right) {
    const alt = x - 12 - w;
    bx = alt >= left ? alt : Math.max(2, Math.min(bx, p.width - 2 - w));
  }
  // Above the data when the segment sits low in the plot, below it otherwise.
  const by = ringY > (top + bottom) / 2 ? top + 4 : Math.max(top + 4, bottom - h - 4);
  const [line, ring, box] = [...el.children] as [Element, Element, Element];
  setAttrs(line, { x1: r1(x), x2: r1(x), y1: top, y2: bottom });
  setAttrs(ring, { d: markPath('ring', x, ringY, 6) });
  setAttrs(box, { x: r1(bx), y: r1(by), width: w, height: h, rx: 4 });
  tip
    .selectChildren<SVGTextElement, string>('text')
    .data(lines)
    .join((enter) => enter.append('text'))
    .each(function (d, i) {
      setAttrs(this, {
        class: i === 0 ? 'ww-tt-tip-text is-head' : 'ww-tt-tip-text',
        x: r1(bx + 10),
        y: r1(by + 5 + (i + 1) * TIP_LINE - 4),
      });
      setText(this, d);
    });
}

/** Listens to the pointer and the keyboard on `svg` (once). */
export function bindChart(svg: SVGSVGElement, st: ChartState): void {
  st.bound = true;
  const isHit = (t: EventTarget | null): boolean =>
    t instanceof Element && t.classList.contains('ww-tt-hit');
  const tipLayer = (): Layer =>
    select(svg).selectChild<SVGGElement>('g.ww-tt-layer-tip') as unknown as Layer;
  const brushLayer = (): Layer =>
    select(svg).selectChild<SVGGElement>('g.ww-tt-layer-brush') as unknown as Layer;
  const show = (i: number | null) => {
    if (st.active === i || !st.layout) return;
    st.active = i;
    drawTip(tipLayer(), st.layout, st);
  };
  /** The pointer's x in layout pixels (the svg may be scaled to its container). */
  const pointerX = (e: MouseEvent, layout: TcptraceLayout): number => {
    const box = svg.getBoundingClientRect();
    const scale = box.width > 0 ? layout[st.panel].width / box.width : 1;
    return (e.clientX - box.left) * scale;
  };
  const clampX = (x: number, layout: TcptraceLayout) =>
    Math.min(layout.right, Math.max(layout.left, x));
  const drawBrush = (range: [number, number] | null) => {
    const layout = st.layout;
    if (!layout) return;
    const p = layout[st.panel];
    brushLayer()
      .selectChildren<SVGRectElement, [number, number]>('rect')
      .data(range ? [range] : [])
      .join((enter) => enter.append('rect').attr('class', 'ww-tt-brush'))
      .each(function ([a, b]) {
        setAttrs(this, {
          x: r1(Math.min(a, b)),
          y: p.plot.top,
          width: r1(Math.abs(b - a)),
          height: p.plot.bottom - p.plot.top,
        });
      });
  };
  const seekTo = (i: number | null) => {
    const seg = i === null ? undefined : st.layout?.trace.flight.segments[i];
    if (seg) st.ctx?.onSeek?.(seg.step);
  };

  svg.addEventListener('pointerdown', (e) => {
    const layout = st.layout;
    if (!isHit(e.target) || !layout || e.button !== 0) return;
    st.press = { x: clampX(pointerX(e, layout), layout), dragging: false };
    (e.target as Element).setPointerCapture?.(e.pointerId);
  });
  svg.addEventListener('pointermove', (e) => {
    const layout = st.layout;
    if (!layout) return;
    const x = pointerX(e, layout);
    if (st.press) {
      if (Math.abs(x - st.press.x) >= DRAG_MIN) st.press.dragging = true;
      if (st.press.dragging) {
        show(null);
        drawBrush([st.press.x, clampX(x, layout)]);
        return;
      }
    }
    if (!isHit(e.target) && !st.press) return show(null);
    show(nearestSegment(layout, timeAtX(layout, x)));
  });
  svg.addEventListener('pointerup', (e) => {
    const layout = st.layout;
    const press = st.press;
    st.press = null;
    if (!layout || !press) return;
    const x = clampX(pointerX(e, layout), layout);
    drawBrush(null);
    if (press.dragging && Math.abs(x - press.x) >= DRAG_MIN) {
      const [a, b] = [timeAtX(layout, press.x), timeAtX(layout, x)].sort((m, n) => m - n);
      st.ctx?.onZoom?.({ t0: a!, t1: b! });
    } else seekTo(nearestSegment(layout, timeAtX(layout, x)));
  });
  svg.addEventListener('pointercancel', () => {
    st.press = null;
    drawBrush(null);
  });
  svg.addEventListener('pointerleave', () => {
    if (!st.press && !isHit(svg.ownerDocument.activeElement)) show(null);
  });
  svg.addEventListener('focusin', (e) => {
    if (isHit(e.target) && st.layout && st.layout.visible.to > st.layout.visible.from)
      show(st.focus);
  });
  svg.addEventListener('focusout', () => show(null));
  svg.addEventListener('keydown', (e) => {
    const layout = st.layout;
    if (!isHit(e.target) || !layout) return;
    const { from, to } = layout.visible;
    if (to <= from) return;
    const page = Math.max(1, Math.round((to - from) / 10));
    const moves: Record<string, number> = {
      ArrowRight: st.focus + 1,
      ArrowUp: st.focus + 1,
      ArrowLeft: st.focus - 1,
      ArrowDown: st.focus - 1,
      PageUp: st.focus + page,
      PageDown: st.focus - page,
      Home: from,
      End: to - 1,
    };
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      seekTo(st.focus);
    } else if (e.key in moves) {
      e.preventDefault();
      st.focus = Math.min(to - 1, Math.max(from, moves[e.key]!));
      setAttrs(e.target as Element, {
        'aria-label': hitName(st, layout.trace.flight.segments[st.focus]),
      });
      st.active = null;
      show(st.focus);
    }
  });
}
