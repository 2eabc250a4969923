// Layout of the congestion-window chart: a pure function from a congestion trace and a size to
// scales, axis ticks, phase bands, one path per series, loss markers and legend entries; runs in
// Node. Round r occupies the column [r − ½, r + ½] on the x axis in both models: the rounds model
// has one value per round (O(rounds)); the segments model (segments.ts) draws time, round r being
// the RTT-long interval [t0 + (r − 1)·RTT, t0 + r·RTT) that spans column r.
import type { AlgorithmId } from '../../engine/congestion/algorithm';
import type {
  CongestionRoundsTrace,
  CongestionSegmentsTrace,
  CongestionSimTrace,
  CwndSample,
  RoundRow,
} from '../../engine/congestion/trace';
import type { TraceEvent } from '../../engine/trace';
import type { CongestionPhase } from '../../machines/congestion.machine';
import {
  chartFrame,
  HEADROOM,
  lossDensity,
  lossTable,
  PHASE_ORDER,
  STRETCH,
  xOfRound,
  xTicks,
} from './frame';
import { buildSeries, type CwndSeries } from './paths';
import { layoutSegments } from './segments';

export type { CwndSeries } from './paths';
export { roundAtX, xOfRound } from './frame';
export { roundOfTime, roundStartTime, stepTime, timeAtX, xOfTime } from './segments';

/** How cwnd is drawn: points joined by lines (textbook style) or a step line. */
export type CwndCurve = 'points' | 'step';
/** The kind of a loss: three duplicate ACKs or a retransmission timeout. */
export type CwndLossType = 'tripleDupAck' | 'timeout';

/** Size and drawing options of {@link layoutCwnd}. */
export interface CwndLayoutOptions {
  width: number;
  height: number;
  /** Rounds model only (segments are always a step line). Default 'points'. */
  curve?: CwndCurve;
}

/** One algorithm's rows (the main run first). */
export interface CwndRun {
  algorithm: AlgorithmId;
  main: boolean;
  rounds: readonly RoundRow[];
}

/** One algorithm's cwnd samples in the segments model (the main run first). */
export interface CwndSampleRun {
  algorithm: AlgorithmId;
  main: boolean;
  samples: readonly CwndSample[];
}

/**
 * A background band: a stretch of the main run in one phase. `from`/`to` are rounds (rounds
 * model, inclusive) or times in ms (segments model, [from, to)).
 */
export interface CwndBand {
  id: string;
  phase: CongestionPhase;
  from: number;
  to: number;
  x: number;
  width: number;
}

/** A detected loss, drawn on the main run's cwnd (in the segments model: the value it drops from). */
export interface CwndLoss {
  id: string;
  /** The round it belongs to (segments model: the round containing `t`). */
  round: number;
  /** Segments model: when it was detected (ms). */
  t?: number;
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
  /** `capped`: drawn faded and dashed, as its part above rwnd cannot be used. */
  | { id: string; kind: 'cwnd'; algorithm: AlgorithmId; main: boolean; capped?: boolean }
  /** Segments model: min(cwnd, rwnd) of the main run, when cwnd exceeds rwnd. */
  | { id: string; kind: 'effective'; algorithm: AlgorithmId }
  | { id: string; kind: 'ssthresh' | 'rwnd' };

/** What both models' layouts have, in pixels. */
interface CwndLayoutBase {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  rounds: number;
  /** Pixels per round. */
  colWidth: number;
  yMax: number;
  xTicks: CwndTick[];
  yTicks: CwndTick[];
  bands: CwndBand[];
  series: CwndSeries[];
  losses: CwndLoss[];
  above: CwndAbove[];
  legend: CwndLegendItem[];
  /** The loss the scenario places at each round (index = round), for "add/remove loss". */
  lossAt: readonly (CwndLossType | null)[];
  /** The receive window when drawn (rounds: when it limits; segments: when in range), else null. */
  rwnd: number | null;
  /** rwnd in pixels (meaningful when `rwnd` is set). */
  rwndY: number;
}

/** The chart of a rounds-model trace: one column and one value per round; step = round. */
export interface CwndRoundsLayout extends CwndLayoutBase {
  model: 'rounds';
  curve: CwndCurve;
  runs: CwndRun[];
}

/** Where the segments model's time axis starts and ends (ms). */
export interface CwndTimeAxis {
  /** When the first data segment left: the left edge of round 1's column. */
  t0: number;
  rttMs: number;
  /** t0 + rounds · RTT: the right edge of the plot. */
  end: number;
}

/** The chart of a segments-model trace: continuous time in RTTs; step = a TCP trace step. */
export interface CwndSegmentsLayout extends CwndLayoutBase {
  model: 'segments';
  time: CwndTimeAxis;
  runs: CwndSampleRun[];
  /** The TCP trace's last step. */
  steps: number;
  /** The TCP trace's events (ordered by step), where {@link stepTime} finds a step's time. */
  events: readonly TraceEvent[];
  /** The advertised receive window (segments), drawn or not: the effective window is min(cwnd, it). */
  advertisedRwnd: number;
  /** True when the main cwnd exceeds rwnd somewhere: min(cwnd, rwnd) is drawn as its own line. */
  capped: boolean;
}

/** Everything the renderer draws, in pixels. */
export type CwndLayout = CwndRoundsLayout | CwndSegmentsLayout;

/** The chart of `trace` at the given size: computed once per (trace, size, curve). */
export function layoutCwnd(trace: CongestionRoundsTrace, opts: CwndLayoutOptions): CwndRoundsLayout;
export function layoutCwnd(
  trace: CongestionSegmentsTrace,
  opts: CwndLayoutOptions,
): CwndSegmentsLayout;
export function layoutCwnd(trace: CongestionSimTrace, opts: CwndLayoutOptions): CwndLayout;
export function layoutCwnd(trace: CongestionSimTrace, opts: CwndLayoutOptions): CwndLayout {
  return trace.model === 'segments' ? layoutSegments(trace, opts) : layoutRounds(trace, opts);
}

function layoutRounds(trace: CongestionRoundsTrace, opts: CwndLayoutOptions): CwndRoundsLayout {
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
    if (row.ssthresh <= cwndMax * STRETCH && row.ssthresh > top) top = row.ssthresh;
  const rwnd = trace.scenario.rwnd < cwndMax ? trace.scenario.rwnd : null;

  const frame = chartFrame(top, rounds, opts);
  const { plot, colWidth, yOf } = frame;
  const geo = { plot, colWidth };
  const curve = opts.curve ?? 'points';
  return {
    model: 'rounds',
    width: frame.width,
    height: frame.height,
    plot,
    rounds,
    colWidth,
    yMax: frame.yMax,
    curve,
    xTicks: xTicks(rounds, colWidth).map((v) => ({ value: v, pos: xOfRound(geo, v) })),
    yTicks: frame.yTicks,
    bands: phaseBands(main, geo),
    series: buildSeries(runs, { ...geo, yOf, curve, rwnd }),
    losses: lossMarkers(trace, geo, yOf),
    above: aboveLabels(main, frame.yMax, geo),
    legend: legendItems(runs, rwnd !== null),
    runs,
    lossAt: lossTable(trace.scenario, rounds),
    rwnd,
    rwndY: rwnd === null ? plot.bottom : frame.y(rwnd),
  };
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
  trace: CongestionRoundsTrace,
  geo: Pick<CwndLayout, 'plot' | 'colWidth'>,
  yOf: (v: number) => number,
): CwndLoss[] {
  const rows = trace.summary.rounds;
  const out: CwndLoss[] = [];
  const density = lossDensity();
  for (const e of trace.events) {
    if (e.kind !== 'loss.detected') continue;
    const x = xOfRound(geo, e.round);
    const cwnd = rows[e.round - 1]?.cwnd ?? 0;
    out.push({
      id: `loss-${e.round}`,
      round: e.round,
      type: e.type,
      x,
      y: yOf(cwnd),
      ...density(x),
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
  return [
    ...runs.map((r): CwndLegendItem => ({
      id: `cwnd-${r.algorithm}`,
      kind: 'cwnd',
      algorithm: r.algorithm,
      main: r.main,
    })),
    { id: 'ssthresh', kind: 'ssthresh' },
    ...(rwnd ? [{ id: 'rwnd', kind: 'rwnd' } as const] : []),
    ...PHASE_ORDER.filter((p) => phases.has(p)).map((phase): CwndLegendItem => ({
      id: `phase-${phase}`,
      kind: 'phase',
      phase,
    })),
  ];
}
