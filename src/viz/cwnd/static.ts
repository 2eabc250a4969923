// Parts of the cwnd chart that depend only on the layout and the language: phase patterns and
// bands, grid, series paths, loss markers and labels, axes. Keyed joins; unchanged attributes are
// not rewritten.
import { select, type Selection } from 'd3';
import type { CongestionPhase } from '../../machines/congestion.machine';
import type { LabelFn } from '../label';
import { setAttrs, setText } from '../dom';
import { drawChartAxes } from '../axes';
import { formatSegments, textWidth } from './format';
import type { CwndLayout } from './layout';

type Layer = Selection<SVGGElement, unknown, null, undefined>;
const r1 = (v: number): number => Math.round(v * 10) / 10;

/** Side of a phase pattern's tile, in px. */
export const HATCH_TILE = 8;
/**
 * The hatch drawn over each phase's tint (one tile), so phases differ without colour (WCAG
 * 1.4.1): slow start diagonal lines, fast recovery dots, congestion avoidance plain.
 */
export const PHASE_HATCH: Readonly<Record<CongestionPhase, string>> = {
  slowStart: 'M-2,2L2,-2M0,8L8,0M6,10L10,6',
  congestionAvoidance: '',
  fastRecovery: 'M2,2h.01M6,6h.01',
};
const PHASES = Object.keys(PHASE_HATCH) as CongestionPhase[];

/** The id of a phase's pattern (`<prefix>-<phase>`): legends elsewhere in the page fill with it. */
export const phasePatternId = (prefix: string, phase: CongestionPhase): string =>
  `${prefix}-${phase}`;

/** One <pattern> per phase in `defs`: the phase's tint (CSS) and its hatch. */
export function drawPatterns(defs: SVGDefsElement, prefix: string): void {
  select(defs)
    .selectChildren<SVGPatternElement, CongestionPhase>('.ww-cw-pattern')
    .data(PHASES, (d) => d)
    .join((enter) => {
      const p = enter
        .append('pattern')
        .attr('class', 'ww-cw-pattern')
        .attr('patternUnits', 'userSpaceOnUse')
        .attr('width', HATCH_TILE)
        .attr('height', HATCH_TILE);
      p.append('rect').attr('width', HATCH_TILE).attr('height', HATCH_TILE);
      p.append('path');
      return p;
    })
    .each(function (d) {
      setAttrs(this, { id: phasePatternId(prefix, d) });
      setAttrs(this.querySelector('rect')!, { class: `ww-cw-pattern-bg ww-cw-phase-${d}` });
      setAttrs(this.querySelector('path')!, {
        class: `ww-cw-hatch${d === 'fastRecovery' ? ' is-dots' : ''}`,
        d: PHASE_HATCH[d] || 'M0,0',
      });
    });
}

/** Background bands, one per run of rounds (or stretch of time) in one phase. */
export function drawBands(g: Layer, layout: CwndLayout, prefix: string): void {
  const { top, bottom } = layout.plot;
  g.selectChildren<SVGRectElement, CwndLayout['bands'][number]>('rect')
    .data(layout.bands, (d) => d.id)
    .join((enter) => enter.append('rect'))
    .each(function (d) {
      setAttrs(this, {
        class: `ww-cw-band ww-cw-phase-${d.phase}`,
        fill: `url(#${phasePatternId(prefix, d.phase)})`,
        'data-from': d.from,
        'data-to': d.to,
        x: r1(d.x),
        y: top,
        width: r1(d.width),
        height: bottom - top,
      });
    });
}

/** Horizontal grid lines at the y ticks. */
export function drawGrid(g: Layer, layout: CwndLayout): void {
  const { left, right } = layout.plot;
  g.selectChildren<SVGLineElement, CwndLayout['yTicks'][number]>('line')
    .data(layout.yTicks, (d) => String(d.value))
    .join((enter) => enter.append('line').attr('class', 'ww-cw-grid'))
    .each(function (d) {
      setAttrs(this, { x1: left, x2: right, y1: r1(d.pos), y2: r1(d.pos) });
    });
}

/** One path per series (plus one for its points). */
export function drawSeries(g: Layer, layout: CwndLayout): void {
  const paths = layout.series.flatMap((s) => {
    const cls = `ww-cw-${s.kind} ww-cw-alg-${s.algorithm}${s.main ? ' is-main' : ''}${s.capped ? ' is-capped' : ''}`;
    const line = { id: s.id, cls: `ww-cw-line ${cls}`, d: s.d };
    return s.dots ? [line, { id: `${s.id}-dots`, cls: `ww-cw-dots ${cls}`, d: s.dots }] : [line];
  });
  g.selectChildren<SVGPathElement, (typeof paths)[number]>('path')
    .data(paths, (d) => d.id)
    .join((enter) => enter.append('path'))
    .each(function (d) {
      setAttrs(this, { class: d.cls, 'data-id': d.id, d: d.d });
    });
}

interface Mark {
  id: string;
  cls: string;
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
  /** Radius of the loss ring (0: a label without a ring). */
  ring: number;
}

/** Loss markers, the rwnd label and the "ssthresh above the chart" arrows. */
export function drawMarks(g: Layer, layout: CwndLayout, label: LabelFn): void {
  const { left, right, top } = layout.plot;
  const marks: Mark[] = layout.losses.map((l) => {
    const text = l.labelled ? label(`cw.loss.${l.type}`) : '';
    const half = textWidth(text, 11) / 2;
    const anchor = l.x - half < left ? 'start' : l.x + half > right ? 'end' : 'middle';
    return {
      id: l.id,
      cls: `ww-cw-loss ww-cw-loss-${l.type}`,
      x: l.x,
      y: l.y,
      text,
      anchor,
      ring: l.dense ? 2.5 : 5,
    };
  });
  for (const a of layout.above)
    marks.push({
      id: a.id,
      cls: 'ww-cw-above',
      x: a.x + 3,
      y: top + 11,
      text: label('cw.above', { value: formatSegments(a.value) }),
      anchor: 'start',
      ring: 0,
    });
  if (layout.rwnd !== null)
    marks.push({
      id: 'rwnd-label',
      cls: 'ww-cw-rwnd-label',
      // At the left end: the veil fades what lies right of the cursor.
      x: left + 6,
      y: layout.rwndY - 5,
      text: label('cw.rwndLabel', { value: formatSegments(layout.rwnd) }),
      anchor: 'start',
      ring: 0,
    });
  g.selectChildren<SVGGElement, Mark>('g')
    .data(marks, (d) => d.id)
    .join((enter) => {
      const m = enter.append('g');
      m.filter((d) => d.ring > 0).append('circle');
      m.append('text');
      return m;
    })
    .each(function (d) {
      setAttrs(this, {
        class: d.cls,
        'data-id': d.id,
        transform: `translate(${r1(d.x)},${r1(d.y)})`,
      });
      const ring = this.querySelector('circle');
      if (ring) setAttrs(ring, { r: d.ring });
      const text = this.querySelector('text')!;
      const dx = d.anchor === 'start' && d.ring ? -4 : d.anchor === 'end' && d.ring ? 4 : 0;
      setAttrs(text, { x: dx, y: d.ring ? -10 : 0, 'text-anchor': d.anchor });
      setText(text, d.text);
    });
}

/** Axis lines, tick labels and axis titles. */
export function drawAxes(g: Layer, layout: CwndLayout, label: LabelFn): void {
  drawChartAxes(g, {
    prefix: 'ww-cw',
    plot: layout.plot,
    height: layout.height,
    xTicks: layout.xTicks.map((t) => ({ ...t, text: String(t.value) })),
    yTicks: layout.yTicks.map((t) => ({ ...t, text: formatSegments(t.value) })),
    xTitle: label(layout.model === 'segments' ? 'cw.axis.time' : 'cw.axis.round'),
    yTitle: label('cw.axis.segments'),
  });
}
