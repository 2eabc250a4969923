// Pointer and keyboard interaction of the cwnd chart: hit columns (one rect per round up to
// MAX_HIT_RECTS rounds, else one overlay with pointer → round math), a roving tab stop moved with
// the arrow keys, Enter/Space or a click to report a round, and the tooltip of the hovered or
// focused round (also the focused element's accessible description). In the segments model the
// tooltip follows the pointer's time within the round (the start of the round when focused).
import { select, type Selection } from 'd3';
import type { LabelFn } from '../label';
import { setAttrs, setText } from '../dom';
import { textWidth } from './format';
import { roundAtX, roundStartTime, timeAtX, xOfRound, xOfTime, type CwndLayout } from './layout';
import type { CwndRenderContext } from './render';
import { roundTipLines, timeTipLines, type TipLine } from './tip';

/** Up to this many rounds, each round gets its own focusable hit rect. */
export const MAX_HIT_RECTS = 300;

/** Per-<svg> state: ids, what was drawn, and the hovered/focused round. */
export interface ChartState {
  clipId: string;
  tipId: string;
  layout: CwndLayout | null;
  ctx: CwndRenderContext | null;
  drawn: CwndLayout | null;
  drawnLabel: LabelFn | null;
  drawnClickable: boolean;
  /** The prefix of the phase patterns the bands were drawn with. */
  drawnPrefix: string | null;
  step: number;
  /** The round whose tooltip shows (hovered or focused), or null. */
  active: number | null;
  /** Segments model: the hovered x (layout px), or null (focused: the round's start). */
  activeX: number | null;
  /** The round of the chart's single tab stop. */
  focusRound: number;
}

type Layer = Selection<SVGGElement, unknown, null, undefined>;
const states = new WeakMap<SVGSVGElement, ChartState>();
let nextChart = 1;
const TIP_FONT = 12;
const TIP_LINE = 17;
const r1 = (v: number): number => Math.round(v * 10) / 10;

/** The state of `svg`'s chart, created (with its event listeners) on first use. */
export function chartState(svg: SVGSVGElement): ChartState {
  let st = states.get(svg);
  if (!st) {
    const n = nextChart++;
    st = {
      clipId: `ww-cw-clip-${n}`,
      tipId: `ww-cw-tip-${n}`,
      layout: null,
      ctx: null,
      drawn: null,
      drawnLabel: null,
      drawnClickable: false,
      drawnPrefix: null,
      step: 0,
      active: null,
      activeX: null,
      focusRound: 1,
    };
    states.set(svg, st);
    bindEvents(svg, st);
  }
  return st;
}

/** Hit columns: one per round (small runs) or one overlay (long runs). */
export function drawHits(g: Layer, layout: CwndLayout, st: ChartState): void {
  const label = st.ctx!.label;
  const clickable = st.ctx!.onRoundClick !== undefined;
  st.focusRound = Math.min(layout.rounds, Math.max(1, st.focusRound));
  const perRound = layout.rounds <= MAX_HIT_RECTS;
  const items = perRound ? Array.from({ length: layout.rounds }, (_, i) => i + 1) : [0];
  const { left, right, top, bottom } = layout.plot;
  g.selectChildren<SVGRectElement, number>('rect')
    .data(items, (d) => String(d))
    .join((enter) => enter.append('rect'))
    .each(function (d) {
      const round = d || st.focusRound;
      const x = d ? xOfRound(layout, d) - layout.colWidth / 2 : left;
      setAttrs(this, {
        class: d ? 'ww-cw-hit' : 'ww-cw-hit ww-cw-overlay',
        ...(d ? { 'data-round': d } : {}),
        x: r1(x),
        y: top,
        width: r1(d ? layout.colWidth : right - left),
        height: bottom - top + 22,
        role: clickable ? 'button' : 'img',
        tabindex: round === st.focusRound ? 0 : -1,
        'aria-label': hitName(layout, round, label, clickable),
        'aria-describedby': st.tipId,
      });
    });
}

function hitName(layout: CwndLayout, round: number, label: LabelFn, clickable: boolean): string {
  if (!clickable) return label('cw.round', { round });
  return label(layout.lossAt[round] ? 'cw.hit.remove' : 'cw.hit.add', { round });
}

/** The tooltip's lines and the x it points at. */
function tipOf(
  layout: CwndLayout,
  round: number,
  activeX: number | null,
  label: LabelFn,
): { lines: TipLine[]; x: number; timeX: number | null } {
  if (layout.model === 'rounds')
    return { lines: roundTipLines(layout, round, label), x: xOfRound(layout, round), timeX: null };
  const start = roundStartTime(layout, round);
  // Within the round even where float rounding puts the pointer a hair outside its column.
  const t =
    activeX === null
      ? start
      : Math.min(start + layout.time.rttMs, Math.max(start, timeAtX(layout, activeX)));
  const x = xOfTime(layout, t);
  return { lines: timeTipLines(layout, round, t, label), x, timeX: x };
}

/** The hovered column's outline and the tooltip box (hidden when no round is active). */
export function drawTip(g: Layer, layout: CwndLayout, st: ChartState): void {
  const label = st.ctx!.label;
  const round = st.active !== null && st.active <= layout.rounds ? st.active : null;
  const tip = g
    .selectChildren<SVGGElement, string>('g.ww-cw-tip')
    .data(['tip'])
    .join((enter) => {
      const t = enter.append('g').attr('class', 'ww-cw-tip').attr('id', st.tipId);
      t.append('rect').attr('class', 'ww-cw-hover');
      t.append('rect').attr('class', 'ww-cw-tip-box');
      return t;
    });
  const el = tip.node()!;
  if (round === null) {
    setAttrs(el, { display: 'none' });
    return;
  }
  el.removeAttribute('display');
  const { lines, x: cx, timeX } = tipOf(layout, round, st.activeX, label);
  const textW = Math.max(...lines.map((l) => textWidth(l.text, TIP_FONT) + (l.swatch ? 18 : 0)));
  const w = Math.ceil(textW + 20);
  const h = lines.length * TIP_LINE + 10;
  // Beside the round's column (rounds model) or the hovered time (segments model).
  const half = timeX === null ? layout.colWidth / 2 : 0;
  let x = cx + half + 10;
  if (x + w > layout.plot.right) {
    // Left of the column when it fits beside the y axis, else as far right as the svg allows.
    const alt = cx - half - 10 - w;
    x = alt >= layout.plot.left ? alt : Math.max(2, Math.min(x, layout.width - 2 - w));
  }
  const y = layout.plot.top + 6;
  const [hover, box] = el.querySelectorAll('rect');
  const colX = xOfRound(layout, round);
  setAttrs(hover!, {
    x: r1(colX - Math.max(1, layout.colWidth / 2)),
    y: layout.plot.top,
    width: r1(Math.max(2, layout.colWidth)),
    height: layout.plot.bottom - layout.plot.top,
  });
  tip
    .selectChildren<SVGLineElement, number>('line.ww-cw-hover-time')
    .data(timeX === null ? [] : [timeX])
    .join((enter) => enter.insert('line', '.ww-cw-tip-box').attr('class', 'ww-cw-hover-time'))
    .each(function (d) {
      setAttrs(this, { x1: r1(d), x2: r1(d), y1: layout.plot.top, y2: layout.plot.bottom });
    });
  setAttrs(box!, { x: r1(x), y, width: w, height: h, rx: 4 });
  tip
    .selectChildren<SVGGElement, TipLine>('g.ww-cw-tip-line')
    .data(lines, (d) => d.id)
    .join((enter) => {
      const l = enter.append('g');
      l.append('line').attr('class', 'ww-cw-swatch');
      l.append('text');
      return l;
    })
    .each(function (d, i) {
      const ly = y + 5 + (i + 1) * TIP_LINE - 4;
      setAttrs(this, { class: `ww-cw-tip-line${i === 0 ? ' is-head' : ''}` });
      const sw = this.querySelector('line')!;
      if (d.swatch) {
        setAttrs(sw, {
          class: `ww-cw-swatch ww-cw-alg-${d.swatch}`,
          x1: r1(x + 10),
          x2: r1(x + 24),
          y1: ly - 4,
          y2: ly - 4,
        });
        sw.removeAttribute('display');
      } else setAttrs(sw, { display: 'none' });
      const text = this.querySelector('text')!;
      setAttrs(text, { x: r1(x + (d.swatch ? 28 : 10)), y: ly });
      setText(text, d.text);
    })
    .order();
}

function bindEvents(svg: SVGSVGElement, st: ChartState): void {
  const hitOf = (t: EventTarget | null): Element | null =>
    t instanceof Element ? t.closest('.ww-cw-hit') : null;
  const hitsLayer = (): SVGGElement | null => svg.querySelector('g.ww-cw-layer-hits');
  const tipLayer = (): Layer =>
    select(svg).selectChild<SVGGElement>('g.ww-cw-layer-tip') as unknown as Layer;
  const show = (round: number | null, x: number | null = null) => {
    if ((st.active === round && st.activeX === x) || !st.layout) return;
    st.active = round;
    st.activeX = x;
    drawTip(tipLayer(), st.layout, st);
  };
  /** The pointer's x in layout pixels (the svg may be scaled to its container). */
  const pointerX = (e: MouseEvent, layout: CwndLayout): number => {
    const box = svg.getBoundingClientRect();
    const scale = box.width > 0 ? layout.width / box.width : 1;
    return (e.clientX - box.left) * scale;
  };
  /** Round of a hit element: its own, or for the overlay the pointer's (else the tab stop's). */
  const roundOf = (hit: Element, e?: MouseEvent): number => {
    const own = hit.getAttribute('data-round');
    if (own) return Number(own);
    if (!e || !st.layout) return st.focusRound;
    return roundAtX(st.layout, pointerX(e, st.layout));
  };
  const setTabStop = (round: number, focus: boolean) => {
    const layout = st.layout;
    const hits = hitsLayer();
    if (!layout || !hits) return;
    const prev = hits.querySelector(`[data-round="${st.focusRound}"]`);
    st.focusRound = round;
    const next = hits.querySelector<SVGRectElement>(`[data-round="${round}"]`);
    if (next) {
      if (prev && prev !== next) setAttrs(prev, { tabindex: -1 });
      setAttrs(next, { tabindex: 0 });
      if (focus) next.focus();
    } else {
      const overlay = hits.querySelector('.ww-cw-overlay');
      if (overlay)
        setAttrs(overlay, {
          'aria-label': hitName(layout, round, st.ctx!.label, !!st.ctx!.onRoundClick),
        });
    }
    show(round);
  };

  svg.addEventListener('pointermove', (e) => {
    const hit = hitOf(e.target);
    const layout = st.layout;
    if (!hit || !layout) return show(null);
    show(roundOf(hit, e), layout.model === 'segments' ? pointerX(e, layout) : null);
  });
  svg.addEventListener('pointerleave', () => {
    if (!hitOf(svg.ownerDocument.activeElement)) show(null);
  });
  svg.addEventListener('click', (e) => {
    const hit = hitOf(e.target);
    if (hit) st.ctx?.onRoundClick?.(roundOf(hit, e));
  });
  svg.addEventListener('focusin', (e) => {
    const hit = hitOf(e.target);
    if (hit) setTabStop(roundOf(hit), false);
  });
  svg.addEventListener('focusout', (e) => {
    if (!hitOf(e.relatedTarget)) show(null);
  });
  svg.addEventListener('keydown', (e) => {
    const hit = hitOf(e.target);
    const layout = st.layout;
    if (!hit || !layout) return;
    const round = roundOf(hit);
    const page = Math.max(1, Math.round(layout.rounds / 10));
    const moves: Record<string, number> = {
      ArrowRight: round + 1,
      ArrowUp: round + 1,
      ArrowLeft: round - 1,
      ArrowDown: round - 1,
      PageUp: round + page,
      PageDown: round - page,
      Home: 1,
      End: layout.rounds,
    };
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      st.ctx?.onRoundClick?.(round);
    } else if (e.key in moves) {
      e.preventDefault();
      setTabStop(Math.min(layout.rounds, Math.max(1, moves[e.key]!)), true);
    }
  });
}
