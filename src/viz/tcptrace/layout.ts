// Layout of a captured conversation's congestion charts: a time/sequence graph (Stevens /
// tcptrace style: each data segment a vertical bar seq..seq+len at its time, retransmissions in
// their own colour and shape, the receiver's ACK line, its window line ack + win, SACK blocks) and
// the bytes in flight over time (sampled when the sender sends data: an estimate of cwnd from the
// capture point), on one shared time axis. Pure, runs in Node; computed once per (trace, size,
// visible time window): binary searches find what the window shows, so the work is O(visible
// segments), and long series are decimated per pixel column (paths.ts).
import { ticks, tickStep } from 'd3';
import type { CongestionCaptureTrace } from '../../engine/congestion/trace';
import { lowerBound, type FlightSegment } from '../../capture/flight';
import { niceScale } from '../niceScale';
import { textWidth } from '../cwnd/format';
import { byteUnit, formatTick, type ByteUnit } from './format';
import {
  barsPath,
  columnBarsPath,
  marksPath,
  stepLinePath,
  type Bar,
  type PathScales,
} from './paths';

/** A time range in ms since the file's first frame. */
export interface TimeWindow {
  t0: number;
  t1: number;
}

/** Size and view of {@link layoutTcptrace}. */
export interface TcptraceLayoutOptions {
  width: number;
  /** Height of the time/sequence chart and of the bytes-in-flight chart. */
  seqHeight: number;
  flightHeight: number;
  /** The time range shown (zoom); default and at most: the whole conversation. */
  window?: TimeWindow;
}

/** An axis tick: value, pixel position along its axis, and its label. */
export interface TtTick {
  value: number;
  pos: number;
  text: string;
}

/** A drawn series: one <path>. */
export interface TtPath {
  id: string;
  /** CSS class (its colour, width and dash). */
  cls: string;
  d: string;
}

/** What a legend entry stands for (the host names it with the catalog). */
export type TtLegendKind =
  'data' | 'retransmission' | 'fast-retransmission' | 'ack' | 'rwnd' | 'sack' | 'flight' | 'win';

/** One of the two charts. */
export interface TtPanel {
  id: 'seq' | 'flight';
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  /** The y domain (bytes) and its unit on the axis. */
  yMin: number;
  yMax: number;
  unit: ByteUnit;
  xTicks: TtTick[];
  yTicks: TtTick[];
  /** Bottom to top. */
  paths: TtPath[];
  /** The receive window goes above the chart somewhere in view (clipped): its largest value. */
  rwndAbove: number | null;
  legend: TtLegendKind[];
}

/** Both charts of a capture at one size and zoom. */
export interface TcptraceLayout {
  trace: CongestionCaptureTrace;
  /** The whole conversation's time range, and the range in view. */
  full: TimeWindow;
  window: TimeWindow;
  /** The shared x axis: plot edges (px) and pixels per ms. */
  left: number;
  right: number;
  kx: number;
  /** Time tick labels are in ms or in s. */
  timeUnit: 'ms' | 's';
  /** True when each data segment in view is its own bar (else merged per pixel column). */
  exact: boolean;
  /** The data segments in view: indices [from, to) of `trace.flight.segments`. */
  visible: { from: number; to: number };
  seq: TtPanel;
  flight: TtPanel;
}

const MARGIN = { top: 12, right: 16, bottom: 40 };
const TICK_FONT = 11;
/** Bars are drawn one by one while segments in view average at least this many px apart. */
const EXACT_SPACING = 3;
/** Retransmission markers: radius, and at most one per this many px square. */
const MARK_R = 4.5;
const MARK_GAP = 5;
/** The window line stretches the y domain up to this multiple of the data's range; beyond, it is
 * clipped (like ssthresh in the lab's chart). */
const STRETCH = 1;

/** x of time `t` (ms). */
export function xOfTime(l: Pick<TcptraceLayout, 'left' | 'kx' | 'window'>, t: number): number {
  return l.left + (t - l.window.t0) * l.kx;
}

/** The time (ms) at pixel `x`. */
export function timeAtX(l: Pick<TcptraceLayout, 'left' | 'kx' | 'window'>, x: number): number {
  return l.window.t0 + (x - l.left) / l.kx;
}

/** The time of a player step: its segment's (step 0: the first segment's). */
export function stepTime(trace: CongestionCaptureTrace, step: number): number {
  const ev = trace.events;
  if (ev.length === 0) return 0;
  return ev[Math.min(ev.length, Math.max(1, step)) - 1]!.t;
}

/** The conversation's time range, padded so the first and last bars clear the axes. */
export function fullWindow(trace: CongestionCaptureTrace): TimeWindow {
  const ev = trace.events;
  const a = ev[0]?.t ?? 0;
  const b = ev[ev.length - 1]?.t ?? 0;
  const span = Math.max(b - a, 1);
  return { t0: a - span * 0.01, t1: b + span * 0.01 };
}

/** `w` clamped into `full`, at least `minSpan` ms wide (keeping its span when it can). */
export function clampWindow(w: TimeWindow, full: TimeWindow, minSpan = 0.05): TimeWindow {
  const fullSpan = full.t1 - full.t0;
  const span = Math.min(fullSpan, Math.max(minSpan, w.t1 - w.t0));
  let t0 = Math.max(full.t0, Math.min(w.t0, full.t1 - span));
  if (!Number.isFinite(t0)) t0 = full.t0;
  return { t0, t1: t0 + span };
}

/** The window of `span` ms centred on `t`, clamped into `full`. */
export function windowAround(t: number, span: number, full: TimeWindow): TimeWindow {
  return clampWindow({ t0: t - span / 2, t1: t + span / 2 }, full);
}

const tOf = (x: { t: number }) => x.t;

/** The charts of `trace` at the given size and zoom. */
export function layoutTcptrace(
  trace: CongestionCaptureTrace,
  opts: TcptraceLayoutOptions,
): TcptraceLayout {
  const width = Math.max(200, opts.width);
  const full = fullWindow(trace);
  const window = opts.window ? clampWindow(opts.window, full) : full;
  const { segments, acks, sacks } = trace.flight;
  // What the window shows (and the ACK in force when it starts).
  const s0 = lowerBound(segments, window.t0, tOf);
  const s1 = lowerBound(segments, nextUp(window.t1), tOf);
  const a0 = lowerBound(acks, window.t0, tOf);
  const a1 = lowerBound(acks, nextUp(window.t1), tOf);
  const k0 = lowerBound(sacks, window.t0, tOf);
  const k1 = lowerBound(sacks, nextUp(window.t1), tOf);
  const ackIn = acks[a0 - 1];
  const segIn = segments[s0 - 1];

  // y domains: the sequence range in view, and the bytes in flight in view.
  let lo = Infinity;
  let hi = -Infinity;
  let winHi = -Infinity;
  let flightHi = 0;
  let rwndHi = 0;
  const seeAck = (a: { ack: number; win: number }) => {
    lo = Math.min(lo, a.ack);
    hi = Math.max(hi, a.ack);
    winHi = Math.max(winHi, a.ack + a.win);
    rwndHi = Math.max(rwndHi, a.win);
  };
  if (ackIn) seeAck(ackIn);
  for (let i = a0; i < a1; i++) seeAck(acks[i]!);
  if (segIn) flightHi = segIn.flight;
  for (let i = s0; i < s1; i++) {
    const s = segments[i]!;
    lo = Math.min(lo, s.seq);
    hi = Math.max(hi, s.end);
    flightHi = Math.max(flightHi, s.flight);
  }
  for (let i = k0; i < k1; i++) hi = Math.max(hi, sacks[i]!.right);
  if (!Number.isFinite(lo)) {
    lo = 0;
    hi = Math.max(1, winHi);
  }
  if (hi <= lo) hi = lo + 1;
  const reach = winHi <= hi + (hi - lo) * STRETCH ? Math.max(hi, winHi) : hi;
  const pad = (reach - lo) * 0.04;
  // Near the data (not from 0 when zoomed in), never below 0 for non-negative numbers.
  const seqDomain = { min: lo >= 0 ? Math.max(0, lo - pad) : lo - pad, max: reach + pad };
  const flightTop = Math.max(
    1,
    flightHi * 1.12,
    rwndHi <= flightHi * (1 + STRETCH) ? rwndHi * 1.04 : 0,
  );

  // Tick labels decide the left margin; both charts share it, so their x axes line up.
  const seqH = Math.max(140, opts.seqHeight);
  const flightH = Math.max(100, opts.flightHeight);
  const seqTicks = yTickValues(seqDomain.min, seqDomain.max, seqH);
  const flightScale = niceScale(flightTop, 0, 1, tickCount(flightH));
  const seqUnit = byteUnit(seqDomain.max);
  const flightUnit = byteUnit(flightScale.max);
  const seqStep = seqTicks.length > 1 ? seqTicks[1]! - seqTicks[0]! : seqDomain.max;
  const flightStep = flightScale.ticks.length > 1 ? flightScale.ticks[1]! : flightScale.max;
  const seqLabels = seqTicks.map((v) => formatTick(v, seqUnit, seqStep));
  const flightLabels = flightScale.ticks.map((v) => formatTick(v, flightUnit, flightStep));
  const labelW = Math.max(...[...seqLabels, ...flightLabels].map((s) => textWidth(s, TICK_FONT)));
  const left = Math.ceil(22 + labelW + 8);
  const right = width - MARGIN.right;
  const kx = (right - left) / Math.max(window.t1 - window.t0, 1e-9);
  const base = { left, kx, window };
  const x = (t: number) => xOfTime(base, t);
  const timeUnit: 'ms' | 's' = window.t1 - window.t0 >= 5000 ? 's' : 'ms';
  const xTicks = timeTicks(window, timeUnit, right - left).map((v) => ({
    value: v.value,
    pos: x(v.value),
    text: v.text,
  }));
  const exact = s1 - s0 <= (right - left) / EXACT_SPACING;
  const lastT = trace.events[trace.events.length - 1]?.t ?? window.t1;
  const until = x(lastT);

  /** A step line over the other side's ACKs in view (`value` of each), from the one before. */
  const ackLine = (value: (a: (typeof acks)[number]) => number, scales: PathScales) =>
    stepLinePath(acks, a0, a1, tOf, value, carry(ackIn, value), scales, until);

  // The time/sequence chart.
  const seqPlot = { left, top: MARGIN.top, right, bottom: seqH - MARGIN.bottom };
  const ky = (seqPlot.bottom - seqPlot.top) / (seqDomain.max - seqDomain.min);
  const ySeq = (v: number) => Math.max(seqPlot.top - 4, seqPlot.bottom - (v - seqDomain.min) * ky);
  const seqScales: PathScales = { x, y: ySeq, left, right };
  const seqPaths: TtPath[] = [];
  const legend: TtLegendKind[] = ['data'];
  if (acks.length > 0) {
    seqPaths.push({
      id: 'rwnd',
      cls: 'ww-tt-line ww-tt-rwnd',
      d: ackLine((a) => a.ack + a.win, seqScales),
    });
    seqPaths.push({
      id: 'ack',
      cls: 'ww-tt-line ww-tt-ack',
      d: ackLine((a) => a.ack, seqScales),
    });
    legend.push('ack', 'rwnd');
  }
  if (sacks.length > 0) {
    const view = sacks.slice(k0, k1);
    const bar = (k: (typeof sacks)[number]): Bar => ({ t: k.t, lo: k.left, hi: k.right });
    seqPaths.push({
      id: 'sack',
      cls: 'ww-tt-bar ww-tt-sack',
      d:
        view.length <= (right - left) / EXACT_SPACING
          ? barsPath(view, bar, seqScales)
          : columnBarsPath(view, bar, seqScales),
    });
    legend.push('sack');
  }
  const inView = segments.slice(s0, s1);
  const segBar = (s: FlightSegment): Bar => ({ t: s.t, lo: s.seq, hi: s.end });
  const bars = exact ? barsPath : columnBarsPath;
  seqPaths.push({
    id: 'data',
    cls: 'ww-tt-bar ww-tt-data',
    d: bars(
      inView.filter((s) => s.kind === 'new'),
      segBar,
      seqScales,
    ),
  });
  const flightPlot = { left, top: MARGIN.top, right, bottom: flightH - MARGIN.bottom };
  const kf = (flightPlot.bottom - flightPlot.top) / flightScale.max;
  const yFlight = (v: number) => Math.max(flightPlot.top - 4, flightPlot.bottom - v * kf);
  const flightScales: PathScales = { x, y: yFlight, left, right };
  const flightPaths: TtPath[] = [];
  const flightLegend: TtLegendKind[] = ['flight'];
  if (acks.length > 0) {
    flightPaths.push({
      id: 'rwnd',
      cls: 'ww-tt-line ww-tt-rwnd',
      d: ackLine((a) => a.win, flightScales),
    });
    flightLegend.push('win');
  }
  flightPaths.push({
    id: 'flight',
    cls: 'ww-tt-line ww-tt-flight',
    d: stepLinePath(
      segments,
      s0,
      s1,
      tOf,
      (s) => s.flight,
      carry(segIn, (s) => s.flight),
      flightScales,
      until,
    ),
  });
  for (const kind of ['retransmission', 'fast-retransmission'] as const) {
    const retx = inView.filter((s) => s.kind === kind);
    if (retx.length === 0) continue;
    const shape = kind === 'retransmission' ? 'diamond' : 'triangle';
    const cls = kind === 'retransmission' ? 'ww-tt-retx' : 'ww-tt-fast';
    seqPaths.push({
      id: `${kind}-bars`,
      cls: `ww-tt-bar ${cls}`,
      d: bars(retx, segBar, seqScales),
    });
    seqPaths.push({
      id: `${kind}-marks`,
      cls: `ww-tt-mark ${cls}`,
      // The marker sits just above the bar's top: the bar stays readable under it.
      d: marksPath(
        retx.map((s) => ({ x: x(s.t), y: ySeq(s.end) - MARK_R - 1.5 })),
        shape,
        MARK_R,
        MARK_GAP,
      ),
    });
    flightPaths.push({
      id: `${kind}-marks`,
      cls: `ww-tt-mark ${cls}`,
      d: marksPath(
        retx.map((s) => ({ x: x(s.t), y: yFlight(s.flight) })),
        shape,
        MARK_R,
        MARK_GAP,
      ),
    });
  }
  // In the legend whenever the conversation has them, so the key does not change with the zoom.
  const counts = trace.flight.counts;
  const retxKinds: TtLegendKind[] = [];
  if (counts.retransmissions > counts.fastRetransmissions) retxKinds.push('retransmission');
  if (counts.fastRetransmissions > 0) retxKinds.push('fast-retransmission');
  legend.splice(1, 0, ...retxKinds);
  flightLegend.push(...retxKinds);

  const seqPanel: TtPanel = {
    id: 'seq',
    width,
    height: seqH,
    plot: seqPlot,
    yMin: seqDomain.min,
    yMax: seqDomain.max,
    unit: seqUnit,
    xTicks,
    yTicks: seqTicks.map((v, i) => ({ value: v, pos: ySeq(v), text: seqLabels[i]! })),
    paths: seqPaths,
    rwndAbove: winHi > seqDomain.max ? winHi : null,
    legend,
  };
  const flightPanel: TtPanel = {
    id: 'flight',
    width,
    height: flightH,
    plot: flightPlot,
    yMin: 0,
    yMax: flightScale.max,
    unit: flightUnit,
    xTicks,
    yTicks: flightScale.ticks.map((v, i) => ({
      value: v,
      pos: yFlight(v),
      text: flightLabels[i]!,
    })),
    paths: flightPaths,
    rwndAbove: rwndHi > flightScale.max ? rwndHi : null,
    legend: flightLegend,
  };
  return {
    trace,
    full,
    window,
    left,
    right,
    kx,
    timeUnit,
    exact,
    visible: { from: s0, to: s1 },
    seq: seqPanel,
    flight: flightPanel,
  };
}

/** The smallest double above `v`: [t0, t1] includes items at exactly t1. */
const nextUp = (v: number): number => v + Math.max(Math.abs(v) * Number.EPSILON, Number.MIN_VALUE);

const carry = <T>(item: T | undefined, value: (x: T) => number): number | null =>
  item === undefined ? null : value(item);

const tickCount = (h: number): number => Math.max(2, Math.floor((h - 52) / 40));

/** About one tick per 40 px between min and max (bytes). */
function yTickValues(min: number, max: number, h: number): number[] {
  return ticks(min, max, tickCount(h)).filter((v) => v >= min && v <= max);
}

/** Round times in view, about one per 90 px, labelled in the unit. */
function timeTicks(w: TimeWindow, unit: 'ms' | 's', px: number): { value: number; text: string }[] {
  const count = Math.max(2, Math.floor(px / 90));
  const step = tickStep(w.t0, w.t1, count);
  const factor = unit === 's' ? 1000 : 1;
  // Times count from the file's first frame: the padding before it gets no negative tick.
  return ticks(w.t0, w.t1, count)
    .filter((v) => v >= 0)
    .map((v) => ({ value: v, text: formatTick(v, factor, step) }));
}
