// Renders a waterfall layout into an <svg> for one frame (the player's step and progress). The
// rows, bars, axis and phase patterns depend only on the layout and the language and are drawn
// once; a frame moves the cursor and the veil over the future, the highlight of the step's row,
// the page load events' lines (drawn by the layout's plug-in, waterfallMarksDraw.ts), and fades
// the rows that have not started, touching only the rows whose state changed since the last
// frame: O(1) per step plus the rows that start or "un-start". Idempotent: the same (layout, frame, ctx) gives the same DOM.
import { select, type Selection } from 'd3';
import type { LabelFn } from '../label';
import { setAttrs, setText } from '../dom';
import { formatMs, textWidth } from '../cwnd/format';
import {
  CONN_COLOURS,
  PHASE_IDS,
  WF_ROW_H,
  cursorTime,
  patternId,
  startedCount,
  xOfTime,
  type PhaseId,
  type WaterfallLayout,
  type WfRow,
} from './waterfallLayout';
import { connText, statusText } from './waterfallTip';
import { drawHits, drawTip, waterfallState } from './waterfallInteract';

export { patternId } from './waterfallLayout';

/** The player's cursor. */
export interface WaterfallFrame {
  step: number;
  /** 0..1 toward the next step while playing: the cursor glides to the next step's time. */
  progress: number;
}

/** Everything outside the layout that a render needs. */
export interface WaterfallRenderContext {
  label: LabelFn;
  /** Ignore `progress`: the cursor jumps from step to step. */
  reducedMotion?: boolean;
  /**
   * Prefix of the ids of the phase patterns (`<prefix>-<phase>`), so a legend elsewhere in the
   * page can fill its swatches with them. Default: one made up per <svg>.
   */
  patternPrefix?: string;
  /**
   * A click (or Enter, Space) on a row: its request id and the step it stands for
   * (`layout.rowStep`). Without it the rows are not buttons.
   */
  onRowClick?: (requestId: string, step: number) => void;
}

type Layer = Selection<SVGGElement, unknown, null, undefined>;
const LAYERS = [
  'stripes',
  'current',
  'grid',
  'rows',
  // Over the veil: the page events show before the player reaches them (faded), as DevTools'.
  'veil',
  'marks',
  'cursor',
  'head',
  'hits',
  'tip',
] as const;
const PHASES = Object.values(PHASE_IDS);
/** Lines drawn over each phase's colour (so phases differ without colour), in a 6 px tile. */
const PATTERN: Readonly<Record<PhaseId, string>> = {
  queueing: '',
  stalled: 'M1.5,0V6M4.5,0V6',
  dns: 'M-1,1L1,-1M0,6L6,0M5,7L7,5',
  connect: 'M-1,5L1,7M0,0L6,6M5,-1L7,1',
  ssl: 'M0,0L6,6M0,6L6,0',
  send: 'M0,1.5H6M0,4.5H6',
  wait: '',
  download: 'M1.5,1.5h.01M4.5,4.5h.01',
};
const r1 = (v: number): number => Math.round(v * 10) / 10;

/** Draws `layout` at `frame` into `svg` (D3 owns everything inside the element). */
export function renderWaterfall(
  svg: SVGSVGElement,
  layout: WaterfallLayout,
  frame: WaterfallFrame,
  ctx: WaterfallRenderContext,
): void {
  const st = waterfallState(svg);
  st.layout = layout;
  st.ctx = ctx;
  const prefix = ctx.patternPrefix ?? st.prefix;
  const root = select(svg);
  setAttrs(svg, {
    viewBox: `0 0 ${layout.width} ${layout.height}`,
    width: layout.width,
    height: layout.height,
  });
  drawPatterns(root, prefix);
  root
    .selectChildren<SVGGElement, string>('g.ww-layer')
    .data(LAYERS, (d) => d)
    .join((enter) => enter.append('g').attr('class', (d) => `ww-layer ww-wf-layer-${d}`));
  const layer = (name: (typeof LAYERS)[number]): Layer =>
    root.selectChildren<SVGGElement, unknown>(`g.ww-wf-layer-${name}`) as unknown as Layer;

  const clickable = ctx.onRowClick !== undefined;
  if (
    st.drawn !== layout ||
    st.drawnLabel !== ctx.label ||
    st.drawnPrefix !== prefix ||
    st.drawnClickable !== clickable
  ) {
    drawStripes(layer('stripes'), layout);
    drawGrid(layer('grid'), layout);
    drawHead(layer('head'), layout, ctx.label);
    drawRows(layer('rows'), layout, ctx.label, prefix);
    drawHits(layer('hits'), layout, st);
    st.drawn = layout;
    st.drawnLabel = ctx.label;
    st.drawnPrefix = prefix;
    st.drawnClickable = clickable;
    st.started = -1;
  }

  const step = Math.max(0, Math.min(layout.steps, Math.floor(frame.step)));
  const t = step === 0 ? -1 : cursorTime(layout, step, ctx.reducedMotion ? 0 : frame.progress);
  markStarted(layer('rows'), layout, st, t < 0 ? 0 : startedCount(layout, t));
  drawCurrent(layer('current'), layout, layout.stepRow[step] ?? -1);
  if (layout.drawMarks) layout.drawMarks(layer('marks'), layout, step, ctx.label, st.marks);
  else layer('marks').selectChildren().remove();
  drawCursor(layer('veil'), layer('cursor'), layout, t, ctx.label);
  drawTip(layer('tip'), layout, st);
}

function drawPatterns(root: Selection<SVGSVGElement, unknown, null, undefined>, prefix: string) {
  root
    .selectChildren<SVGDefsElement, string>('defs')
    .data(['defs'])
    .join((enter) => enter.append('defs'))
    .selectChildren<SVGPatternElement, PhaseId>('.ww-wf-pattern')
    .data(PHASES, (d) => d)
    .join((enter) => {
      const p = enter
        .append('pattern')
        .attr('class', 'ww-wf-pattern')
        .attr('patternUnits', 'userSpaceOnUse')
        .attr('width', 6)
        .attr('height', 6);
      p.append('rect').attr('width', 6).attr('height', 6);
      p.append('path').attr('class', 'ww-wf-pattern-line');
      return p;
    })
    .each(function (d) {
      setAttrs(this, { id: patternId(prefix, d) });
      setAttrs(this.querySelector('rect')!, { class: `ww-wf-pattern-bg ww-ph-${d}` });
      const path = this.querySelector('path')!;
      setAttrs(path, { class: `ww-wf-pattern-line${d === 'download' ? ' is-dots' : ''}` });
      if (PATTERN[d]) setAttrs(path, { d: PATTERN[d] });
      else path.removeAttribute('d');
    });
}

function drawStripes(g: Layer, layout: WaterfallLayout): void {
  const odd = layout.rows.filter((r) => r.index % 2 === 1);
  g.selectChildren<SVGRectElement, WfRow>('rect')
    .data(odd, (d) => d.id)
    .join((enter) => enter.append('rect').attr('class', 'ww-wf-stripe'))
    .each(function (d) {
      setAttrs(this, { x: 0, y: d.y, width: layout.width, height: WF_ROW_H });
    });
}

function drawGrid(g: Layer, layout: WaterfallLayout): void {
  const { top, bottom } = layout.plot;
  g.selectChildren<SVGLineElement, WaterfallLayout['ticks'][number]>('line')
    .data(layout.ticks, (d) => String(d.value))
    .join((enter) => enter.append('line').attr('class', 'ww-wf-grid'))
    .each(function (d) {
      setAttrs(this, { x1: d.x, x2: d.x, y1: top - 4, y2: bottom });
    });
}

function drawHead(g: Layer, layout: WaterfallLayout, label: LabelFn): void {
  const { name, status, conn } = layout.columns;
  const y = layout.plot.top - 10;
  const items: { id: string; x: number; text: string; anchor: string; cls: string }[] = [
    { id: 'name', x: name.x + 8, text: label('jv.wf.col.name'), anchor: 'start', cls: 'is-col' },
    {
      id: 'status',
      x: status.x + 4,
      text: label('jv.wf.col.status'),
      anchor: 'start',
      cls: 'is-col',
    },
    { id: 'conn', x: conn.x + 4, text: label('jv.wf.col.conn'), anchor: 'start', cls: 'is-col' },
  ];
  // Tick labels, every other one dropped until they do not touch.
  const texts = layout.ticks.map((t) => label('jv.wf.ms', { ms: formatMs(t.value) }));
  const widest = Math.max(0, ...texts.map((t) => textWidth(t, 11)));
  const gap = layout.ticks.length > 1 ? layout.ticks[1]!.x - layout.ticks[0]!.x : Infinity;
  const every = Math.max(1, Math.ceil((widest + 10) / gap));
  layout.ticks.forEach((t, i) => {
    if (i % every !== 0) return;
    const last = t.x + widest / 2 > layout.width - 2;
    items.push({
      id: `t-${t.value}`,
      x: t.x,
      text: texts[i]!,
      anchor: i === 0 ? 'start' : last ? 'end' : 'middle',
      cls: 'is-tick',
    });
  });
  g.selectChildren<SVGLineElement, string>('line')
    .data(['rule'])
    .join((enter) => enter.append('line').attr('class', 'ww-wf-rule'))
    .each(function () {
      setAttrs(this, { x1: 0, x2: layout.width, y1: layout.plot.top, y2: layout.plot.top });
    });
  g.selectChildren<SVGTextElement, (typeof items)[number]>('text')
    .data(items, (d) => d.id)
    .join((enter) => enter.append('text'))
    .each(function (d) {
      setAttrs(this, { class: `ww-wf-head ${d.cls}`, x: r1(d.x), y, 'text-anchor': d.anchor });
      setText(this, d.text);
    });
}

function drawRows(g: Layer, layout: WaterfallLayout, label: LabelFn, prefix: string): void {
  const { status, conn } = layout.columns;
  g.selectChildren<SVGGElement, WfRow>('g.ww-wf-row')
    .data(layout.rows, (d) => d.id)
    .join((enter) => {
      const row = enter.append('g').attr('class', 'ww-wf-row');
      row.append('text').attr('class', 'ww-wf-name');
      row.append('text').attr('class', 'ww-wf-status');
      row.append('circle').attr('class', 'ww-wf-conn-dot');
      row.append('text').attr('class', 'ww-wf-conn');
      row.append('g').attr('class', 'ww-wf-bar');
      return row;
    })
    .each(function (d) {
      const r = d.request;
      const ty = d.y + 15;
      const cy = d.y + 11;
      setAttrs(this, {
        class: `ww-wf-row${r.fromCache ? ' is-cache' : ''}${d.redirect ? ' is-redirect' : ''}${
          r.status >= 400 || r.status <= 0 ? ' is-error' : ''
        }`,
        'data-id': d.id,
      });
      const [nameEl, statusEl, connEl] = this.querySelectorAll('text');
      setAttrs(nameEl!, { x: 8, y: ty });
      setText(nameEl!, d.name);
      setAttrs(statusEl!, { x: status.x + 4, y: ty });
      setText(statusEl!, statusText(d, label));
      const dot = this.querySelector('circle')!;
      if (d.conn !== null && !r.fromCache) {
        setAttrs(dot, {
          class: `ww-wf-conn-dot ww-wf-conn-${(d.conn - 1 + CONN_COLOURS) % CONN_COLOURS}`,
          cx: conn.x + 9,
          cy,
          r: 4.5,
        });
        dot.removeAttribute('display');
      } else setAttrs(dot, { display: 'none' });
      setAttrs(connEl!, { x: conn.x + (d.conn !== null && !r.fromCache ? 18 : 4), y: ty });
      setText(connEl!, connText(d, label));
      drawBar(this.querySelector<SVGGElement>('g.ww-wf-bar')!, d, prefix);
    });
}

function drawBar(bar: SVGGElement, row: WfRow, prefix: string): void {
  // A request with no time at all (a cache read counted as 0 ms) still shows as a thin tick.
  const segs = row.segments.length
    ? row.segments
    : [{ id: 'download' as PhaseId, x: row.x0, w: 0, start: row.request.start, duration: 0 }];
  select(bar)
    .selectChildren<SVGRectElement, (typeof segs)[number]>('rect')
    .data(segs, (s) => s.id)
    .join((enter) => enter.append('rect'))
    .each(function (s) {
      setAttrs(this, {
        class: `ww-wf-seg ww-ph-${s.id}`,
        'data-phase': s.id,
        x: s.x,
        y: row.y + 5,
        width: Math.max(1.5, s.w),
        height: 12,
        fill: `url(#${patternId(prefix, s.id)})`,
      });
    });
}

/** Fades the rows that have not started at the cursor: only rows whose state flips are touched. */
function markStarted(
  g: Layer,
  layout: WaterfallLayout,
  st: { started: number },
  started: number,
): void {
  const rowsEl = g.node()!.children;
  const from = st.started < 0 ? 0 : Math.min(st.started, started);
  const to = st.started < 0 ? layout.rows.length : Math.max(st.started, started);
  for (let i = from; i < to; i++) {
    const el = rowsEl[i];
    if (!el) continue;
    if (i < started) el.classList.remove('is-future');
    else el.classList.add('is-future');
  }
  st.started = started;
}

/** The background of the row the step is about (its request sent, its last byte…), if any. */
function drawCurrent(g: Layer, layout: WaterfallLayout, row: number): void {
  const r = row >= 0 ? layout.rows[row] : undefined;
  g.selectChildren<SVGRectElement, WfRow>('rect')
    .data(r ? [r] : [])
    .join((enter) => enter.append('rect').attr('class', 'ww-wf-current'))
    .each(function (d) {
      setAttrs(this, { x: 0, y: d.y, width: layout.width, height: WF_ROW_H, 'data-id': d.id });
    });
}

function drawCursor(
  veil: Layer,
  cursor: Layer,
  layout: WaterfallLayout,
  t: number,
  label: LabelFn,
) {
  const { left, right, top, bottom } = layout.plot;
  const on = t >= 0 ? [t] : [];
  const x = t >= 0 ? xOfTime(layout, t) : left;
  veil
    .selectChildren<SVGRectElement, number>('rect')
    .data(t >= 0 && x < right ? [x] : t < 0 ? [left] : [])
    .join((enter) => enter.append('rect').attr('class', 'ww-wf-veil'))
    .each(function (vx) {
      setAttrs(this, { x: vx, y: top, width: r1(right + 14 - vx), height: bottom - top });
    });
  cursor
    .selectChildren<SVGGElement, number>('g')
    .data(on)
    .join((enter) => {
      const c = enter.append('g').attr('class', 'ww-wf-cursor');
      c.append('line');
      c.append('text');
      return c;
    })
    .each(function (d) {
      setAttrs(this, { transform: `translate(${x},0)`, 'data-t': r1(d) });
      setAttrs(this.querySelector('line')!, { y1: top - 6, y2: bottom + 2 });
      const text = this.querySelector('text')!;
      const anchor = x > right - 40 ? 'end' : x < left + 40 ? 'start' : 'middle';
      setAttrs(text, { y: bottom + 15, 'text-anchor': anchor });
      setText(text, label('jv.wf.ms', { ms: formatMs(d) }));
    });
}
