// Geometry both chart models share: the plot box and the y scale for a domain top, x ticks at
// round numbers, the density rules of loss markers and the scenario's loss table. Pure; runs in Node.
import { niceScale } from '../niceScale';
import type { CongestionScenario } from '../../scenarios/congestionSchema';
import type { CongestionPhase } from '../../machines/congestion.machine';
import { formatSegments, textWidth } from './format';
import type { CwndLayout, CwndLayoutOptions, CwndLossType, CwndTick } from './layout';

/** The plot box, the y axis, and pixels per round. */
export interface ChartFrame {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  colWidth: number;
  yMax: number;
  yTicks: CwndTick[];
  /** The d3 scale of the y axis (exact, unclamped). */
  y: (v: number) => number;
  /** y pixel of a value, clamped a little above the plot top (the plot is clipped there). */
  yOf: (v: number) => number;
}

/** Headroom above the largest cwnd. */
export const HEADROOM = 1.15;
/** Values up to this multiple of the largest cwnd stretch the y domain; larger ones are clipped. */
export const STRETCH = 2;
/** Phases in legend order. */
export const PHASE_ORDER: readonly CongestionPhase[] = [
  'slowStart',
  'congestionAvoidance',
  'fastRecovery',
];
const MARGIN = { top: 14, right: 18, bottom: 44 };
const TICK_FONT = 11;
const LOSS_LABEL_GAP = 84;
const LOSS_RING_GAP = 12;

/** x of the centre of round `r`'s column. */
export function xOfRound(layout: Pick<CwndLayout, 'plot' | 'colWidth'>, r: number): number {
  return layout.plot.left + (r - 0.5) * layout.colWidth;
}

/** The round whose column contains x (clamped to 1..rounds). */
export function roundAtX(
  layout: Pick<CwndLayout, 'plot' | 'colWidth' | 'rounds'>,
  x: number,
): number {
  const r = Math.floor((x - layout.plot.left) / layout.colWidth) + 1;
  return Math.min(layout.rounds, Math.max(1, r));
}

/** The frame of a chart of `rounds` columns whose y domain reaches at least `top`. */
export function chartFrame(top: number, rounds: number, opts: CwndLayoutOptions): ChartFrame {
  const width = Math.max(120, opts.width);
  const height = Math.max(120, opts.height);
  const plotH = height - MARGIN.top - MARGIN.bottom;
  const count = Math.max(2, Math.floor(plotH / 40));
  const yMax = niceScale(top, 0, 1, count).max;
  const yTickValues = niceScale(yMax, 0, 1, count).ticks;
  const tickChars = Math.max(...yTickValues.map((v) => formatSegments(v).length));
  const left = 22 + Math.ceil(textWidth('0'.repeat(tickChars), TICK_FONT)) + 8;
  const plot = {
    left,
    top: MARGIN.top,
    right: width - MARGIN.right,
    bottom: height - MARGIN.bottom,
  };
  const colWidth = (plot.right - plot.left) / rounds;
  const y = niceScale(yMax, plot.bottom, plot.top, count).at;
  // Plain arithmetic, not the d3 scale: called for every point of every series.
  const k = (plot.bottom - plot.top) / yMax;
  const yOf = (v: number): number => Math.max(plot.top - 3, plot.bottom - v * k);
  return {
    width,
    height,
    plot,
    colWidth,
    yMax,
    yTicks: yTickValues.map((v) => ({ value: v, pos: y(v) })),
    y: (v) => y(v),
    yOf,
  };
}

/** Tick rounds: every round when columns are wide, else multiples of 2, 5, 10, 20, 50 … */
export function xTicks(rounds: number, colWidth: number): number[] {
  const gap = textWidth(String(rounds), TICK_FONT) + 14;
  let step = 1;
  for (let k = 1; step * colWidth < gap; k++) step = [1, 2, 5][k % 3]! * 10 ** Math.floor(k / 3);
  const ticks: number[] = [];
  for (let r = step === 1 ? 1 : step; r <= rounds; r += step) ticks.push(r);
  return ticks;
}

/**
 * The density rule of loss markers, fed their x in order: a text label only when the previous
 * label is far enough, a ring only when the previous marker is (else a small dot).
 */
export function lossDensity(): (x: number) => { labelled: boolean; dense: boolean } {
  let lastLabelX = -Infinity;
  let lastX = -Infinity;
  return (x) => {
    const labelled = x - lastLabelX >= LOSS_LABEL_GAP;
    if (labelled) lastLabelX = x;
    const dense = x - lastX < LOSS_RING_GAP;
    lastX = x;
    return { labelled: labelled && !dense, dense };
  };
}

/** The loss the scenario places at each round (index = round, 0 unused). */
export function lossTable(scenario: CongestionScenario, rounds: number): (CwndLossType | null)[] {
  const at: (CwndLossType | null)[] = new Array<CwndLossType | null>(rounds + 1).fill(null);
  for (const l of scenario.losses) if (l.round <= rounds) at[l.round] = l.type;
  return at;
}
