// Sequence diagram layout: a pure function from a TCP trace to positioned items (arrows, timer
// bars, state marks, breaks), each keyed by a stable id and tagged with the step it appears at.
// Computed once per (trace, width, numbering), arrow labels placed so that none touch
// (labelLayout.ts); runs in Node.
import type { Endpoint, TcpState, TcpTrace, TimerKind } from '../../engine/trace';
import { segmentLabel, shortLabel } from './labels';
import { buildTimeAxis, lastAtOrBefore, yOfRow, type TimeAxis } from './timeAxis';
import { scanTrace, type SegRec, type TimerOutcome } from './scan';
import { buildYIndex, type YIndex } from '../yIndex';
import type { ArrowBadge } from './capture';
import type { CaptureArrowFn } from './captureLoader';
import { placeArrowLabels } from './labelLayout';

/**
 * How much of an arrow's label is drawn where it was placed: all of it; its short form with its
 * marks (the badge, or a capture's marks without the rest of its second line); its short form
 * alone; or nothing, when even that found no free spot (the full text stays in the arrow's
 * accessible name and tooltip, and in the inspector).
 */
export type LabelFit = 'full' | 'short' | 'bare' | 'none';

/** A segment drawn from sender to receiver (or to the middle, with a ✕, when lost). */
export interface SeqArrow {
  id: string;
  eventId: string;
  /** Step of `segment.sent`. */
  step: number;
  /** Step of its arrival or loss (steps + 1 when that never happens in the trace). */
  endStep: number;
  from: Endpoint;
  t1: number;
  t2: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  lost: boolean;
  retransmission: boolean;
  injected: boolean;
  duplicate: boolean;
  /** "SYN, ACK seq=0 ack=1" (protocol notation, not translated). */
  text: string;
  /** A captured segment's analysis marks (worded when drawn, in the view's language). */
  badges?: readonly ArrowBadge[];
  /** A captured segment's second line: SYN options, SACK, TLS, HTTP (protocol notation). */
  sub?: string;
  /** Extra classes of a captured segment's arrow (' is-marked is-bad'). */
  cls?: string;
  /** The label's short form, a prefix of `text`: flags and seq (and ack for a bare ACK). */
  shortText: string;
  /** What of the label is drawn (placed so that no two labels touch). */
  labelFit: LabelFit;
  /** The label's anchor, on the arrow: where the label starts, on the sender's side. */
  labelX: number;
  labelY: number;
  /** Degrees, within (−90°, 90°) so text never reads upside down. */
  labelAngle: number;
  labelAnchor: 'start' | 'end';
  top: number;
  bottom: number;
}

/** A running timer: a thin bar beside the lifeline from `timer.set` to its end. */
export interface SeqTimer {
  id: string;
  endpoint: Endpoint;
  timer: TimerKind;
  durationMs: number;
  step: number;
  /** Step at which the bar stops growing. */
  endStep: number;
  t1: number;
  t2: number;
  outcome: TimerOutcome;
  x: number;
  y1: number;
  y2: number;
  labelX: number;
  /** False when the bar is too short for its label. */
  showLabel: boolean;
  top: number;
  bottom: number;
}

/** A state name written beside a lifeline where the state changes. */
export interface SeqStateMark {
  id: string;
  endpoint: Endpoint;
  state: TcpState;
  /** A capture's starting state that was assumed, not seen (mid-connection). */
  assumed?: boolean;
  step: number;
  lifelineX: number;
  x: number;
  y: number;
  anchor: 'start' | 'end';
  top: number;
  bottom: number;
}

/** A compressed idle interval, drawn as a break with "+1.0 s". */
export interface SeqGap {
  id: string;
  /** Step after which the idle interval begins. */
  step: number;
  durationMs: number;
  y1: number;
  y2: number;
  inFlight: boolean;
  top: number;
  bottom: number;
}

/**
 * Sequence space a capture never saw (Wireshark's "previous segment not captured"): a dashed stub
 * from the sender's lifeline to the middle, ending in ✕, on the row just above the segment after
 * the gap.
 */
export interface SeqHole {
  id: string;
  /** The segment after the gap. */
  segId: string;
  step: number;
  from: Endpoint;
  /** Bytes missing, when known. */
  bytes: number | null;
  x1: number;
  x2: number;
  y: number;
  top: number;
  bottom: number;
}

/** Everything the renderer needs; items are in a stable order and indexed by y. */
export interface SequenceLayout {
  width: number;
  height: number;
  headerHeight: number;
  lifelineX: Record<Endpoint, number>;
  steps: number;
  /** Virtual time of each step, index 0..steps + 1 (the last repeats the end). */
  stepT: number[];
  axis: TimeAxis;
  arrows: SeqArrow[];
  timers: SeqTimer[];
  states: SeqStateMark[];
  gaps: SeqGap[];
  holes: SeqHole[];
  index: { arrows: YIndex; timers: YIndex; states: YIndex; gaps: YIndex; holes: YIndex };
}

/** Layout options: pixel width and relative (Wireshark default) or absolute seq/ack. */
export interface SequenceOptions {
  width: number;
  relative: boolean;
  /** Vertical zoom (default 1): scales the time axis and the gap between rows. */
  zoom?: number;
  /** A captured conversation's arrow labels (captureLoader.ts): required for a trace with
   * `capture`, loaded on demand so that pages without one never download them. */
  captureArrow?: CaptureArrowFn;
}

/** Fixed metrics of the drawing, in pixels. */
export const SEQ_METRICS = {
  headerHeight: 44,
  arrowPx: 64,
  rowGap: 20,
  breakPx: 44,
  stateOffset: 30,
  timerOffset: 9,
  timerLabelOffset: 26,
} as const;

/** Lays out a trace as a two-lifeline sequence diagram. O(n log n) for sorting instants, else O(n). */
export function layoutSequence(trace: TcpTrace, opts: SequenceOptions): SequenceLayout {
  const M = SEQ_METRICS;
  const width = Math.max(320, opts.width);
  const outer = Math.min(140, Math.round(width * 0.22));
  const lifelineX = { client: outer, server: width - outer };
  const oneWayMs = Math.max(0.001, trace.scenario.rttMs / 2);
  const capture = trace.capture;
  const captureArrow = opts.captureArrow;
  if (capture && !captureArrow) {
    throw new Error('layoutSequence: a captured trace needs opts.captureArrow (captureLoader.ts)');
  }
  const holeIds = capture ? holeSegments(trace) : undefined;
  const {
    stepT,
    times,
    rows,
    segs,
    states: stateEvs,
    timers: timerEvs,
  } = scanTrace(trace, oneWayMs, holeIds);
  const steps = trace.steps;
  const spans = segs.map((r): [number, number] => [r.ev.t, r.endT]);
  const zoom = opts.zoom ?? 1;
  const pxPerMs = (M.arrowPx / oneWayMs) * zoom;
  const axis = buildTimeAxis(times, rows, spans, {
    top: M.headerHeight + 28,
    pxPerMs,
    rowGap: M.rowGap * Math.min(1, zoom),
    gapThresholdPx: M.arrowPx * 3,
    breakPx: M.breakPx,
    inFlightCapPx: M.arrowPx * 6,
    bottomPad: 40,
  });

  const numbering = { relative: opts.relative, iss: trace.iss };
  const arrows = segs.map((r) => {
    const info = capture?.segments[segIndex(r.ev.segment.id)];
    if (!info || !captureArrow)
      return arrowItem(r, axis, lifelineX, segmentLabel(r.ev.segment, numbering));
    const extra = captureArrow(trace, r.ev.segment, info, numbering);
    const a = arrowItem(r, axis, lifelineX, extra.text);
    if (extra.badges.length) a.badges = extra.badges;
    if (extra.sub) a.sub = extra.sub;
    if (extra.cls) a.cls = extra.cls;
    return a;
  });
  const holes: SeqHole[] = [];
  for (const r of segs) {
    if (r.holeRank === undefined) continue;
    const seg = r.ev.segment;
    const y = yOfRow(axis, r.ev.t, r.holeRank);
    holes.push({
      id: `hole-${seg.id}`,
      segId: seg.id,
      step: r.ev.step,
      from: seg.from,
      bytes: capture?.holes[seg.id] ?? null,
      x1: lifelineX[seg.from],
      x2: (lifelineX.client + lifelineX.server) / 2,
      y,
      top: y - 14,
      bottom: y + 8,
    });
  }
  const initial = capture ? initialStateMarks(trace, lifelineX, M.headerHeight + 14) : [];
  const states = initial.concat(
    stateEvs.map(({ ev, row }): SeqStateMark => {
      const y = yOfRow(axis, ev.t, row);
      const lx = lifelineX[ev.endpoint];
      const client = ev.endpoint === 'client';
      const x = client ? lx - M.stateOffset : lx + M.stateOffset;
      return {
        id: ev.id,
        endpoint: ev.endpoint,
        state: ev.to,
        step: ev.step,
        lifelineX: lx,
        x,
        y,
        anchor: client ? 'end' : 'start',
        top: y - 12,
        bottom: y + 8,
      };
    }),
  );
  const timers = timerEvs.map(({ ev, end }): SeqTimer => {
    const client = ev.endpoint === 'client';
    const lx = lifelineX[ev.endpoint];
    const t2 = end ? end.t : trace.endMs;
    const y1 = yOfRow(axis, ev.t, 0);
    const y2 = Math.max(y1 + 2, yOfRow(axis, t2, 0));
    return {
      id: ev.id,
      endpoint: ev.endpoint,
      timer: ev.timer,
      durationMs: ev.durationMs,
      step: ev.step,
      endStep: end ? end.step : steps + 1,
      t1: ev.t,
      t2,
      outcome: end ? end.how : 'running',
      x: client ? lx - M.timerOffset : lx + M.timerOffset,
      y1,
      y2,
      labelX: client ? lx - M.timerLabelOffset : lx + M.timerLabelOffset - 12,
      showLabel: y2 - y1 >= 48,
      top: y1,
      bottom: y2,
    };
  });
  const gaps = axis.breaks.map((b, i): SeqGap => ({
    id: `gap-${i + 1}`,
    step: Math.min(steps, Math.max(0, lastAtOrBefore(stepT, b.t1))),
    durationMs: b.t2 - b.t1,
    y1: b.y1,
    y2: b.y2,
    inFlight: b.inFlight,
    top: b.y1,
    bottom: b.y2,
  }));
  placeArrowLabels(arrows, holes, gaps, lifelineX, {
    headerHeight: M.headerHeight,
    height: axis.height,
  });
  const idx = <T extends { top: number; bottom: number }>(items: T[]) =>
    buildYIndex(
      items.map((d) => d.top),
      items.map((d) => d.bottom),
    );
  return {
    width,
    height: axis.height,
    headerHeight: M.headerHeight,
    lifelineX,
    steps,
    stepT,
    axis,
    arrows,
    timers,
    states,
    gaps,
    holes,
    index: {
      arrows: idx(arrows),
      timers: idx(timers),
      states: idx(states),
      gaps: idx(gaps),
      holes: idx(holes),
    },
  };
}

/** A segment that only acknowledges: no data, no SYN, FIN or RST (its seq says little). */
const pureAck = (seg: SegRec['ev']['segment']): boolean =>
  seg.len === 0 && !seg.flags.some((f) => f === 'SYN' || f === 'FIN' || f === 'RST');

/** `seg-n` → n − 1 (captured segments are stored in send order). */
const segIndex = (id: string): number => Number(id.slice(4)) - 1;

/** Captured segments with a gap in sequence space before them. */
function holeSegments(trace: TcpTrace): Set<string> {
  const ids = new Set<string>();
  trace.capture?.segments.forEach((s, i) => {
    if (s.analysis.includes('lost-segment')) ids.add(`seg-${i + 1}`);
  });
  return ids;
}

/**
 * A capture's starting states, written once above the first row (always shown): "LISTEN",
 * or "ESTABLISHED (assumed)" when the capture started mid-connection.
 */
function initialStateMarks(
  trace: TcpTrace,
  lifelineX: Record<Endpoint, number>,
  y: number,
): SeqStateMark[] {
  const capture = trace.capture;
  if (!capture) return [];
  return (['client', 'server'] as const).map((endpoint): SeqStateMark => {
    const lx = lifelineX[endpoint];
    const client = endpoint === 'client';
    const mark: SeqStateMark = {
      id: `initial-${endpoint}`,
      endpoint,
      state: capture.initialStates[endpoint],
      step: 0,
      lifelineX: lx,
      x: client ? lx - SEQ_METRICS.stateOffset : lx + SEQ_METRICS.stateOffset,
      y,
      anchor: client ? 'end' : 'start',
      top: y - 12,
      bottom: y + 8,
    };
    if (capture.midConnection) mark.assumed = true;
    return mark;
  });
}

function arrowItem(
  r: SegRec,
  axis: TimeAxis,
  lx: Record<Endpoint, number>,
  text: string,
): SeqArrow {
  const seg = r.ev.segment;
  const x1 = lx[seg.from];
  const x2 = r.lost ? (lx.client + lx.server) / 2 : lx[seg.to];
  const y1 = yOfRow(axis, r.ev.t, r.sendRank);
  const y2 = yOfRow(axis, r.endT, r.endRank);
  const dx = x2 - x1;
  const dy = y2 - y1;
  let angle = (Math.atan2(dy, dx) * 180) / Math.PI;
  if (angle > 90) angle -= 180;
  else if (angle < -90) angle += 180;
  return {
    id: seg.id,
    eventId: r.ev.id,
    step: r.ev.step,
    endStep: Math.max(r.ev.step, r.endStep),
    from: seg.from,
    t1: r.ev.t,
    t2: r.endT,
    x1,
    y1,
    x2,
    y2,
    lost: r.lost,
    retransmission: seg.retransmission,
    injected: seg.injected === true,
    duplicate: seg.duplicateOf !== undefined,
    text,
    shortText: shortLabel(text, pureAck(seg)),
    labelFit: 'full',
    // Placed with the other labels (placeArrowLabels) once every arrow exists.
    labelX: x1,
    labelY: y1,
    labelAngle: angle,
    labelAnchor: seg.from === 'client' ? 'start' : 'end',
    top: Math.min(y1, y2) - 20,
    bottom: Math.max(y1, y2) + 8,
  };
}
