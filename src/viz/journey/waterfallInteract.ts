// Pointer and keyboard interaction of the waterfall: one hit rect per row (its accessible name
// says the request, status and times), a single tab stop moved with the arrow keys, the tooltip
// of the hovered or focused row (also the focused row's accessible description) with each
// phase's start and duration, and — when the host listens (`onRowClick`) — a click, Enter or
// Space on a row that takes the player to the row's step.
import { select, type Selection } from 'd3';
import { setAttrs, setText } from '../dom';
import { textWidth } from '../cwnd/format';
import { WF_ROW_H, patternId, type WaterfallLayout } from './waterfallLayout';
import type { WaterfallRenderContext } from './waterfallRender';
import { rowName, tipLines, type WfTipLine } from './waterfallTip';
import type { MarksDrawn } from './waterfallMarksDraw';

/** Per-<svg> state: ids, what was drawn, the rows started, the hovered/focused row. */
export interface WaterfallState {
  prefix: string;
  tipId: string;
  layout: WaterfallLayout | null;
  ctx: WaterfallRenderContext | null;
  drawn: WaterfallLayout | null;
  drawnLabel: unknown;
  drawnPrefix: string;
  /** The rows were drawn as buttons (the host listens to clicks). */
  drawnClickable: boolean;
  /** What the page load events' layer shows. */
  marks: MarksDrawn;
  /** How many rows (from the top) are drawn as started; −1: unknown (redraw all). */
  started: number;
  /** The row whose tooltip shows, or null. */
  active: number | null;
  /** The row of the single tab stop. */
  focusRow: number;
}

type Layer = Selection<SVGGElement, unknown, null, undefined>;
const states = new WeakMap<SVGSVGElement, WaterfallState>();
let next = 1;
const TIP_FONT = 12;
const TIP_LINE = 17;
const r1 = (v: number): number => Math.round(v * 10) / 10;

/** The state of `svg`'s waterfall, created (with its event listeners) on first use. */
export function waterfallState(svg: SVGSVGElement): WaterfallState {
  let st = states.get(svg);
  if (!st) {
    const n = next++;
    st = {
      prefix: `ww-wf-${n}-ph`,
      tipId: `ww-wf-${n}-tip`,
      layout: null,
      ctx: null,
      drawn: null,
      drawnLabel: null,
      drawnPrefix: '',
      drawnClickable: false,
      marks: { layout: null, label: null, page: 0 },
      started: -1,
      active: null,
      focusRow: 0,
    };
    states.set(svg, st);
    bindEvents(svg, st);
  }
  return st;
}

/** One focusable hit rect per row, over the whole row: a button when the host listens to
 * clicks, else an image with a name. */
export function drawHits(g: Layer, layout: WaterfallLayout, st: WaterfallState): void {
  const label = st.ctx!.label;
  const role = st.ctx!.onRowClick ? 'button' : 'img';
  st.focusRow = Math.min(Math.max(0, layout.rows.length - 1), Math.max(0, st.focusRow));
  g.selectChildren<SVGRectElement, WaterfallLayout['rows'][number]>('rect')
    .data(layout.rows, (d) => d.id)
    .join((enter) => enter.append('rect').attr('class', 'ww-wf-hit'))
    .each(function (d) {
      setAttrs(this, {
        'data-row': d.index,
        x: 0,
        y: d.y,
        width: layout.width,
        height: WF_ROW_H,
        role,
        tabindex: d.index === st.focusRow ? 0 : -1,
        'aria-label': rowName(d, label),
        'aria-describedby': st.tipId,
      });
    });
}

/** The hovered row's outline and the tooltip box (hidden when no row is active). */
export function drawTip(g: Layer, layout: WaterfallLayout, st: WaterfallState): void {
  const label = st.ctx!.label;
  const prefix = st.ctx!.patternPrefix ?? st.prefix;
  const row = st.active !== null ? layout.rows[st.active] : undefined;
  const tip = g
    .selectChildren<SVGGElement, string>('g.ww-wf-tip')
    .data(['tip'])
    .join((enter) => {
      const t = enter.append('g').attr('class', 'ww-wf-tip').attr('id', st.tipId);
      t.append('rect').attr('class', 'ww-wf-hover');
      t.append('rect').attr('class', 'ww-wf-tip-box');
      return t;
    });
  const el = tip.node()!;
  if (!row) {
    setAttrs(el, { display: 'none' });
    return;
  }
  el.removeAttribute('display');
  const lines = tipLines(row, label);
  const textW = Math.max(...lines.map((l) => textWidth(l.text, TIP_FONT) + (l.swatch ? 20 : 0)));
  const w = Math.ceil(Math.min(layout.width - 8, textW + 22));
  const h = lines.length * TIP_LINE + 10;
  // Right of the bar when it fits, else left of it, else against the right edge; below the row
  // when it fits, else above.
  let x = row.x1 + 12;
  if (x + w > layout.width - 4) x = row.x0 - 12 - w >= 4 ? row.x0 - 12 - w : layout.width - 4 - w;
  x = Math.max(4, x);
  let y = row.y + WF_ROW_H + 2;
  if (y + h > layout.height - 2) y = Math.max(2, row.y - 2 - h);
  const [hover, box] = el.querySelectorAll('rect');
  setAttrs(hover!, { x: 0, y: row.y, width: layout.width, height: WF_ROW_H });
  setAttrs(box!, { x: r1(x), y: r1(y), width: w, height: h, rx: 4 });
  tip
    .selectChildren<SVGGElement, WfTipLine>('g.ww-wf-tip-line')
    .data(lines, (d) => d.id)
    .join((enter) => {
      const l = enter.append('g');
      l.append('rect').attr('class', 'ww-wf-swatch');
      l.append('text');
      return l;
    })
    .each(function (d, i) {
      const ly = y + 5 + (i + 1) * TIP_LINE - 4;
      setAttrs(this, { class: `ww-wf-tip-line${i === 0 ? ' is-head' : ''}` });
      const sw = this.querySelector('rect')!;
      if (d.swatch) {
        setAttrs(sw, {
          class: `ww-wf-swatch ww-wf-seg ww-ph-${d.swatch}`,
          x: r1(x + 10),
          y: ly - 10,
          width: 14,
          height: 11,
          fill: `url(#${patternId(prefix, d.swatch)})`,
        });
        sw.removeAttribute('display');
      } else setAttrs(sw, { display: 'none' });
      const text = this.querySelector('text')!;
      setAttrs(text, { x: r1(x + (d.swatch ? 30 : 10)), y: ly });
      setText(text, d.text);
    })
    .order();
}

function bindEvents(svg: SVGSVGElement, st: WaterfallState): void {
  // Duck-typed, not `instanceof Element`: the svg may belong to another window (or a jsdom).
  const hitOf = (t: EventTarget | null): Element | null =>
    t && typeof (t as Element).closest === 'function' ? (t as Element).closest('.ww-wf-hit') : null;
  const rowOf = (hit: Element): number => Number(hit.getAttribute('data-row'));
  const tipLayer = (): Layer =>
    select(svg).selectChild<SVGGElement>('g.ww-wf-layer-tip') as unknown as Layer;
  const show = (row: number | null) => {
    if (st.active === row || !st.layout) return;
    st.active = row;
    drawTip(tipLayer(), st.layout, st);
  };
  const setTabStop = (row: number, focus: boolean) => {
    const hits = svg.querySelector('g.ww-wf-layer-hits');
    if (!hits) return;
    const prev = hits.querySelector(`[data-row="${st.focusRow}"]`);
    const nextEl = hits.querySelector<SVGRectElement>(`[data-row="${row}"]`);
    st.focusRow = row;
    if (nextEl) {
      if (prev && prev !== nextEl) setAttrs(prev, { tabindex: -1 });
      setAttrs(nextEl, { tabindex: 0 });
      if (focus) nextEl.focus();
    }
    show(row);
  };
  // The row's step, to the host (which moves the player there).
  const pick = (row: number): boolean => {
    const on = st.ctx?.onRowClick;
    const r = st.layout?.rows[row];
    if (!on || !r) return false;
    on(r.id, st.layout!.rowStep[row] ?? 0);
    return true;
  };
  svg.addEventListener('click', (e) => {
    const hit = hitOf(e.target);
    if (hit) pick(rowOf(hit));
  });
  svg.addEventListener('pointermove', (e) => {
    const hit = hitOf(e.target);
    show(hit ? rowOf(hit) : null);
  });
  svg.addEventListener('pointerleave', () => {
    if (!hitOf(svg.ownerDocument.activeElement)) show(null);
  });
  svg.addEventListener('focusin', (e) => {
    const hit = hitOf(e.target);
    if (hit) setTabStop(rowOf(hit), false);
  });
  svg.addEventListener('focusout', (e) => {
    if (!hitOf(e.relatedTarget)) show(null);
  });
  svg.addEventListener('keydown', (e) => {
    const hit = hitOf(e.target);
    const layout = st.layout;
    if (!hit || !layout || layout.rows.length === 0) return;
    const row = rowOf(hit);
    const last = layout.rows.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: row + 1,
      ArrowRight: row + 1,
      ArrowUp: row - 1,
      ArrowLeft: row - 1,
      PageDown: row + 10,
      PageUp: row - 10,
      Home: 0,
      End: last,
    };
    if (e.key in moves) {
      e.preventDefault();
      setTabStop(Math.min(last, Math.max(0, moves[e.key]!)), true);
    } else if (e.key === 'Enter' || e.key === ' ') {
      // Handled here: Space must not also reach the player's play/pause shortcut.
      if (pick(row)) e.preventDefault();
    } else if (e.key === 'Escape') show(null);
  });
}
