// Layout of the cwnd chart for the segments model (a per-ACK TCP run): x is continuous time in
// RTTs since the first data segment left (t0), so round r's interval [t0 + (r − 1)·RTT, t0 + r·RTT)
// spans column r as in the rounds model; y is in segments. cwnd and ssthresh are step lines over
// the samples (decimated per pixel column: O(samples) once, O(pixels) in the DOM); a step of the
// player is a TCP trace step, placed at the time of its first event.
import type { CongestionSegmentsTrace, CwndSample } from '../../engine/congestion/trace';
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
import type {
  CwndAbove,
  CwndBand,
  CwndLayoutOptions,
  CwndLegendItem,
  CwndLoss,
  CwndSampleRun,
  CwndSegmentsLayout,
  CwndSeries,
  CwndTimeAxis,
} from './layout';
import { sampleIndexAt, sampleStepPath, type TimeGeometry } from './samplePaths';

type TimeFrame = Pick<CwndSegmentsLayout, 'plot' | 'colWidth' | 'rounds' | 'time'>;

/** Room above a drawn rwnd line. */
const RWND_HEADROOM = 1.08;
/** Arrow labels of an off-chart ssthresh closer than this (px) are left out. */
const ABOVE_GAP = 110;

/** x of time `t` (ms), clamped to the run: times before t0 are drawn at t0. */
export function xOfTime(layout: TimeFrame, t: number): number {
  const { t0, rttMs, end } = layout.time;
  const c = Math.min(end, Math.max(t0, t));
  return layout.plot.left + ((c - t0) / rttMs) * layout.colWidth;
}

/** The time (ms) at x, clamped to the run. */
export function timeAtX(layout: TimeFrame, x: number): number {
  const { t0, rttMs, end } = layout.time;
  return Math.min(end, Math.max(t0, t0 + ((x - layout.plot.left) / layout.colWidth) * rttMs));
}

/** The round whose interval contains `t`: floor((t − t0) / RTT) + 1, clamped to 1..rounds. */
export function roundOfTime(layout: TimeFrame, t: number): number {
  const r = Math.floor((t - layout.time.t0) / layout.time.rttMs) + 1;
  return Math.min(layout.rounds, Math.max(1, r));
}

/** Where round `r` begins (ms). */
export function roundStartTime(layout: TimeFrame, r: number): number {
  return layout.time.t0 + (r - 1) * layout.time.rttMs;
}

/**
 * The time of the player's step (clamped to 0..steps): its first event's; a step without events
 * keeps the previous one's time, step 0 is at 0. A binary search in the (step-ordered) events: a
 * table built in advance would cost more than the whole rest of the layout for long runs (reading
 * `step` off 700,000 events of a dozen shapes), a search costs ~20 reads per step.
 */
export function stepTime(
  layout: Pick<CwndSegmentsLayout, 'events' | 'steps'>,
  step: number,
): number {
  const s = Math.min(layout.steps, Math.floor(step));
  const events = layout.events;
  if (!(s > 0) || events.length === 0) return 0;
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (events[mid]!.step < s) lo = mid + 1;
    else hi = mid;
  }
  const e = events[lo];
  if (e && e.step === s) return e.t;
  return lo > 0 ? events[lo - 1]!.t : 0;
}

/** The chart of a segments-model trace (see the module comment). */
export function layoutSegments(
  trace: CongestionSegmentsTrace,
  opts: CwndLayoutOptions,
): CwndSegmentsLayout {
  const { rttMs } = trace.scenario;
  const rounds = Math.max(1, trace.scenario.rounds);
  const time: CwndTimeAxis = { t0: trace.t0, rttMs, end: trace.t0 + rounds * rttMs };
  const runs: CwndSampleRun[] = [
    { algorithm: trace.summary.algorithm, main: true, samples: trace.summary.samples },
    ...trace.compare.map((c) => ({ algorithm: c.algorithm, main: false, samples: c.samples })),
  ];
  const main = trace.summary.samples;
  const maxima = runs.map((run) => {
    let m = 0;
    for (const s of run.samples) if (s.cwnd > m) m = s.cwnd;
    return m;
  });
  const mainMax = maxima[0]!;
  const cwndMax = Math.max(1, ...maxima);
  let top = cwndMax * HEADROOM;
  for (const s of main) if (s.ssthresh <= cwndMax * STRETCH && s.ssthresh > top) top = s.ssthresh;
  // rwnd is at most 44.9 segments here (65,535 bytes): shown as a ceiling when close enough,
  // a little below the plot's top edge so that the line stays visible.
  if (trace.rwnd <= cwndMax * STRETCH) top = Math.max(top, trace.rwnd * RWND_HEADROOM);

  const frame = chartFrame(top, rounds, opts);
  const { plot, colWidth, yOf } = frame;
  const rwnd = trace.rwnd <= frame.yMax ? trace.rwnd : null;
  const capped = rwnd !== null && mainMax > rwnd;
  const tf: TimeFrame = { plot, colWidth, rounds, time };
  const geo: TimeGeometry = {
    from: time.t0,
    to: time.end,
    x0: plot.left,
    pxPerMs: colWidth / rttMs,
    yOf,
  };
  const bands = phaseBands(main, tf);
  return {
    model: 'segments',
    width: frame.width,
    height: frame.height,
    plot,
    rounds,
    colWidth,
    yMax: frame.yMax,
    time,
    xTicks: xTicks(rounds, colWidth).map((v) => ({ value: v, pos: xOfRound(tf, v) })),
    yTicks: frame.yTicks,
    bands,
    series: series(runs, geo, rwnd, capped),
    losses: lossMarkers(main, tf, yOf),
    above: aboveLabels(main, frame.yMax, tf),
    legend: legendItems(runs, bands, rwnd !== null, capped),
    runs,
    steps: trace.steps,
    events: trace.events,
    advertisedRwnd: trace.rwnd,
    capped,
    lossAt: lossTable(trace.scenario, rounds),
    rwnd,
    rwndY: rwnd === null ? plot.bottom : frame.y(rwnd),
  };
}

/**
 * Bottom to top: rwnd, ssthresh (main run), compared cwnds, main cwnd, and when cwnd exceeds rwnd
 * the main run's min(cwnd, rwnd) over its (then faded) cwnd.
 */
function series(
  runs: readonly CwndSampleRun[],
  geo: TimeGeometry,
  rwnd: number | null,
  capped: boolean,
): CwndSeries[] {
  const main = runs[0]!;
  const out: CwndSeries[] = [];
  const base = { algorithm: main.algorithm, main: true, dots: '' };
  if (rwnd !== null) {
    const y = Math.round(geo.yOf(rwnd) * 10) / 10;
    const x1 = Math.round((geo.x0 + (geo.to - geo.from) * geo.pxPerMs) * 10) / 10;
    out.push({
      id: 'rwnd',
      kind: 'rwnd',
      ...base,
      d: `M${Math.round(geo.x0 * 10) / 10},${y}H${x1}`,
    });
  }
  out.push({
    id: 'ssthresh',
    kind: 'ssthresh',
    ...base,
    d: sampleStepPath(main.samples, (s) => s.ssthresh, geo),
  });
  for (const run of [...runs.slice(1), main])
    out.push({
      id: `cwnd-${run.algorithm}`,
      kind: 'cwnd',
      algorithm: run.algorithm,
      main: run.main,
      ...(run.main && capped ? { capped: true } : {}),
      d: sampleStepPath(run.samples, (s) => s.cwnd, geo),
      dots: '',
    });
  if (capped && rwnd !== null)
    out.push({
      id: 'effective',
      kind: 'effective',
      ...base,
      d: sampleStepPath(main.samples, (s) => Math.min(s.cwnd, rwnd), geo),
    });
  return out;
}

/** One band per stretch of time the main run spends in one phase (a phase lasting no time: none). */
function phaseBands(samples: readonly CwndSample[], tf: TimeFrame): CwndBand[] {
  const { t0, end } = tf.time;
  const cuts: { phase: CwndSample['phase']; from: number; i: number }[] = [];
  for (let i = sampleIndexAt(samples, t0); i < samples.length; i++) {
    const s = samples[i]!;
    const from = Math.max(t0, s.t);
    if (from >= end) break;
    let last = cuts[cuts.length - 1];
    if (last && last.from === from) {
      cuts.pop();
      last = cuts[cuts.length - 1];
    }
    if (!last || last.phase !== s.phase) cuts.push({ phase: s.phase, from, i });
  }
  return cuts.map((c, k) => {
    const to = cuts[k + 1]?.from ?? end;
    const x = xOfTime(tf, c.from);
    return { id: `band-${c.i}`, phase: c.phase, from: c.from, to, x, width: xOfTime(tf, to) - x };
  });
}

/** A marker per sample caused by three duplicate ACKs or a timeout, at the value cwnd drops from. */
function lossMarkers(
  samples: readonly CwndSample[],
  tf: TimeFrame,
  yOf: (v: number) => number,
): CwndLoss[] {
  const out: CwndLoss[] = [];
  const density = lossDensity();
  const { t0, end } = tf.time;
  for (let i = 1; i < samples.length; i++) {
    const s = samples[i]!;
    if (s.cause !== 'tripleDupAck' && s.cause !== 'timeout') continue;
    if (s.t < t0 || s.t >= end) continue;
    const x = xOfTime(tf, s.t);
    out.push({
      id: `loss-${i}`,
      round: roundOfTime(tf, s.t),
      t: s.t,
      type: s.cause,
      x,
      y: yOf(samples[i - 1]!.cwnd),
      ...density(x),
    });
  }
  return out;
}

/** Where ssthresh rises above the y domain (labels closer than ABOVE_GAP px left out). */
function aboveLabels(samples: readonly CwndSample[], yMax: number, tf: TimeFrame): CwndAbove[] {
  const out: CwndAbove[] = [];
  let prevAbove = false;
  let lastX = -Infinity;
  for (let i = sampleIndexAt(samples, tf.time.t0); i < samples.length; i++) {
    const s = samples[i]!;
    if (s.t >= tf.time.end) break;
    const above = s.ssthresh > yMax;
    const x = xOfTime(tf, s.t);
    if (above && !prevAbove && x - lastX >= ABOVE_GAP) {
      out.push({ id: `above-${i}`, round: roundOfTime(tf, s.t), value: s.ssthresh, x });
      lastX = x;
    }
    prevAbove = above;
  }
  return out;
}

function legendItems(
  runs: readonly CwndSampleRun[],
  bands: readonly CwndBand[],
  rwnd: boolean,
  capped: boolean,
): CwndLegendItem[] {
  const phases = new Set(bands.map((b) => b.phase));
  const alg = runs[0]!.algorithm;
  return [
    ...runs.map((r): CwndLegendItem => ({
      id: `cwnd-${r.algorithm}`,
      kind: 'cwnd',
      algorithm: r.algorithm,
      main: r.main,
      ...(r.main && capped ? { capped: true } : {}),
    })),
    ...(capped ? [{ id: 'effective', kind: 'effective', algorithm: alg } as const] : []),
    { id: 'ssthresh', kind: 'ssthresh' },
    ...(rwnd ? [{ id: 'rwnd', kind: 'rwnd' } as const] : []),
    ...PHASE_ORDER.filter((p) => phases.has(p)).map((phase): CwndLegendItem => ({
      id: `phase-${phase}`,
      kind: 'phase',
      phase,
    })),
  ];
}
