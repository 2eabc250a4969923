// Layout of the congestion-window chart: a pure function from a CongestionTrace and a size to
// scales, axis ticks, phase bands, one path per series, loss markers and legend entries. O(rounds);
// runs in Node. Round r occupies the column [r − ½, r + ½] on the x axis.
import { scaleLinear } from 'd3';
import type { AlgorithmId } from '../../engine/congestion/algorithm';
import type { CongestionTrace, RoundRow } from '../../engine/congestion/trace';
import type { CongestionPhase } from '../../machines/congestion.machine';
import { formatSegments, textWidth } from './format';
import { buildSeries, type CwndSeries } from './paths';

export type { CwndSeries } from './paths';

/** How cwnd is drawn: points joined by lines (textbook style) or a step line. */
export type CwndCurve = 'points' | 'step';
/** The kind of a loss: three duplicate ACKs or a retransmission timeout. */
export type CwndLossType = 'tripleDupAck' | 'timeout';

/** Size and drawing options of {@link layoutCwnd}. */
export interface CwndLayoutOptions {
  width: number;
  height: number;
  /** Default 'points'. */
  curve?: CwndCurve;
}

/** One algorithm's rows (the main run first). */
export interface CwndRun {
  algorithm: AlgorithmId;
  main: boolean;
  rounds: readonly RoundRow[];
}

/** A background band: consecutive rounds of the main run in one phase. */
export interface CwndBand {
  id: string;
  phase: CongestionPhase;
  from: number;
  to: number;
  x: number;
  width: number;
}

/** A detected loss, drawn on the main run's cwnd point of that round. */
export interface CwndLoss {
  id: string;
  round: number;
  type: CwndLossType;
  x: number;
  y: number;
  /** False when the previous labelled marker is too close for a text label. */
  labelled: boolean;
  /** True when the previous marker is too close for a ring: drawn as a small dot. */
  dense: boolean;
}

/** Where ssthresh leaves the y domain upward: an arrow label with its value. */
export interface CwndAbove {
  id: string;
  round: number;
  value: number;
  x: number;
}

/** An axis tick: value and pixel position along its axis. */
export interface CwndTick {
  value: number;
  pos: number;
}

/** A legend entry; the host names it with the catalog. */
export type CwndLegendItem =
  | { id: string; kind: 'phase'; phase: CongestionPhase }
  | { id: string; kind: 'cwnd'; algorithm: AlgorithmId; main: boolean }
  | { id: string; kind: 'ssthresh' | 'rwnd' };

/** Everything the renderer draws, in pixels. */
export interface CwndLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  rounds: number;
  /** Pixels per round. */
  colWidth: number;
  yMax: number;
  curve: CwndCurve;
  xTicks: CwndTick[];
  yTicks: CwndTick[];
  bands: CwndBand[];
  series: CwndSeries[];
  losses: CwndLoss[];
  above: CwndAbove[];
  legend: CwndLegendItem[];
  runs: CwndRun[];
  /** The loss the scenario places at each round (index = round), for "add/remove loss". */
  lossAt: readonly (CwndLossType | null)[];
  /** The receive window when it limits the sender (drawn), else null. */
  rwnd: number | null;
  /** rwnd in pixels (meaningful when `rwnd` is set). */
  rwndY: number;
}

/** Headroom above the largest cwnd. */
const HEADROOM = 1.15;
/** ssthresh values up to this multiple of the largest cwnd stretch the y domain; larger ones are clipped. */
const SSTHRESH_STRETCH = 2;
const MARGIN = { top: 14, right: 18, bottom: 44 };
const TICK_FONT = 11;
const LOSS_LABEL_GAP = 84;
const LOSS_RING_GAP = 12;

/** x of the centre of round `r`'s column. */
export function xOfRound(layout: Pick<CwndLayout, 'plot' | 'colWidth'>, r: number): number {
  return layout.plot.left + (r - 0.5) * layout.colWidth;
}

/** The round whose column contains x (clamped to 1..rounds). */
export function roundAtX(layout: CwndLayout, x: number): number {
  const r = Math.floor((x - layout.plot.left) / layout.colWidth) + 1;
  return Math.min(layout.rounds, Math.max(1, r));
}

/** The chart of `trace` at the given size: computed once per (trace, size, curve). */
export function layoutCwnd(trace: CongestionTrace, opts: CwndLayoutOptions): CwndLayout {
  const runs: CwndRun[] = [
    { algorithm: trace.summary.algorithm, main: true, rounds: trace.summary.rounds },
    ...trace.compare.map((c) => ({ algorithm: c.algorithm, main: false, rounds: c.rounds })),
  ];
  const main = trace.summary.rounds;
  const rounds = Math.max(1, trace.steps, main.length);
  let cwndMax = 1;
  for (const run of runs) for (const row of run.rounds) if (row.cwnd > cwndMax) cwndMax = row.cwnd;
  let top = cwndMax * HEADROOM;
  for (const row of main)
    if (row.ssthresh <= cwndMax * SSTHRESH_STRETCH && row.ssthresh > top) top = row.ssthresh;
  const rwnd = trace.scenario.rwnd < cwndMax ? trace.scenario.rwnd : null;

  const width = Math.max(120, opts.width);
  const height = Math.max(120, opts.height);
  const plotH = height - MARGIN.top - MARGIN.bottom;
  const yScale = scaleLinear()
    .domain([0, top])
    .nice(Math.max(2, Math.floor(plotH / 40)));
  const yMax = yScale.domain()[1] ?? top;
  const yTickValues = yScale.ticks(Math.max(2, Math.floor(plotH / 40)));
  const tickChars = Math.max(...yTickValues.map((v) => formatSegments(v).length));
  const left = 22 + Math.ceil(textWidth('0'.repeat(tickChars), TICK_FONT)) + 8;
  const plot = {
    left,
    top: MARGIN.top,
    right: width - MARGIN.right,
    bottom: height - MARGIN.bottom,
  };
  const colWidth = (plot.right - plot.left) / rounds;
  const y = scaleLinear().domain([0, yMax]).range([plot.bottom, plot.top]);
  const geo = { plot, colWidth };
  // Plain arithmetic, not the d3 scale: called for every point of every series.
  const k = (plot.bottom - plot.top) / yMax;
  const yOf = (v: number): number => Math.max(plot.top - 3, plot.bottom - v * k);

  const series = buildSeries(runs, { ...geo, yOf, curve: opts.curve ?? 'points', rwnd });
  const layout: CwndLayout = {
    width,
    height,
    plot,
    rounds,
    colWidth,
    yMax,
    curve: opts.curve ?? 'points',
    xTicks: xTicks(rounds, colWidth).map((v) => ({ value: v, pos: xOfRound(geo, v) })),
    yTicks: yTickValues.map((v) => ({ value: v, pos: y(v) })),
    bands: phaseBands(main, geo),
    series,
    losses: lossMarkers(trace, geo, yOf),
    above: aboveLabels(main, yMax, geo),
    legend: legendItems(runs, rwnd !== null),
    runs,
    lossAt: lossTable(trace, rounds),
    rwnd,
    rwndY: rwnd === null ? plot.bottom : y(rwnd),
  };
  return layout;
}

/** Tick rounds: every round when columns are wide, else multiples of 2, 5, 10, 20, 50 … */
function xTicks(rounds: number, colWidth: number): number[] {
  const gap = textWidth(String(rounds), TICK_FONT) + 14;
  let step = 1;
  for (let k = 1; step * colWidth < gap; k++) step = [1, 2, 5][k % 3]! * 10 ** Math.floor(k / 3);
  const ticks: number[] = [];
  for (let r = step === 1 ? 1 : step; r <= rounds; r += step) ticks.push(r);
  return ticks;
}

function phaseBands(rows: readonly RoundRow[], geo: Pick<CwndLayout, 'plot' | 'colWidth'>) {
  const bands: CwndBand[] = [];
  for (const row of rows) {
    const last = bands[bands.length - 1];
    if (last && last.phase === row.phase && last.to === row.round - 1) {
      last.to = row.round;
      last.width = (last.to - last.from + 1) * geo.colWidth;
    } else {
      bands.push({
        id: `band-${row.round}`,
        phase: row.phase,
        from: row.round,
        to: row.round,
        x: xOfRound(geo, row.round) - geo.colWidth / 2,
        width: geo.colWidth,
      });
    }
  }
  return bands;
}

function lossMarkers(
  trace: CongestionTrace,
  geo: Pick<CwndLayout, 'plot' | 'colWidth'>,
  yOf: (v: number) => number,
): CwndLoss[] {
  const rows = trace.summary.rounds;
  const out: CwndLoss[] = [];
  let lastLabelX = -Infinity;
  let lastX = -Infinity;
  for (const e of trace.events) {
    if (e.kind !== 'loss.detected') continue;
    const x = xOfRound(geo, e.round);
    const labelled = x - lastLabelX >= LOSS_LABEL_GAP;
    if (labelled) lastLabelX = x;
    const dense = x - lastX < LOSS_RING_GAP;
    lastX = x;
    const cwnd = rows[e.round - 1]?.cwnd ?? 0;
    out.push({
      id: `loss-${e.round}`,
      round: e.round,
      type: e.type,
      x,
      y: yOf(cwnd),
      labelled: labelled && !dense,
      dense,
    });
  }
  return out;
}

function aboveLabels(
  rows: readonly RoundRow[],
  yMax: number,
  geo: Pick<CwndLayout, 'plot' | 'colWidth'>,
): CwndAbove[] {
  const out: CwndAbove[] = [];
  let prevAbove = false;
  for (const row of rows) {
    const above = row.ssthresh > yMax;
    if (above && !prevAbove)
      out.push({
        id: `above-${row.round}`,
        round: row.round,
        value: row.ssthresh,
        x: xOfRound(geo, row.round) - geo.colWidth / 2,
      });
    prevAbove = above;
  }
  return out;
}

function legendItems(runs: readonly CwndRun[], rwnd: boolean): CwndLegendItem[] {
  const main = runs[0]?.rounds ?? [];
  const phases = new Set(main.map((r) => r.phase));
  const order: CongestionPhase[] = ['slowStart', 'congestionAvoidance', 'fastRecovery'];
  return [
    ...runs.map((r): CwndLegendItem => ({
      id: `cwnd-${r.algorithm}`,
      kind: 'cwnd',
      algorithm: r.algorithm,
      main: r.main,
    })),
    { id: 'ssthresh', kind: 'ssthresh' },
    ...(rwnd ? [{ id: 'rwnd', kind: 'rwnd' } as const] : []),
    ...order
      .filter((p) => phases.has(p))
      .map((phase): CwndLegendItem => ({ id: `phase-${phase}`, kind: 'phase', phase })),
  ];
}

function lossTable(trace: CongestionTrace, rounds: number): (CwndLossType | null)[] {
  const at: (CwndLossType | null)[] = new Array<CwndLossType | null>(rounds + 1).fill(null);
  for (const l of trace.scenario.losses) if (l.round <= rounds) at[l.round] = l.type;
  return at;
}
