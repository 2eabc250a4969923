// The trace of a congestion-control run: one step per round, with every cwnd, ssthresh and phase
// change and its cause, plus a per-round summary the CLI prints and the table shows.
import type { CongestionPhase } from '../../machines/congestion.machine';
import type { CongestionScenario } from '../../scenarios/congestionSchema';
import type { AlgorithmId } from './algorithm';
import type { CcCause, Endpoint, TcpTrace, TraceEvent, TRACE_VERSION } from '../trace';
import type { Conversation } from '../../capture/types';
import type { Flight } from '../../capture/flight';

export type CongestionCause = 'newAck' | 'tripleDupAck' | 'timeout';

interface Base {
  id: string;
  /** Step = round number (step 0: before the first round). */
  step: number;
  /** Virtual time in ms (round × RTT). */
  t: number;
}

export type CongestionEventRecord =
  | (Base & {
      kind: 'round.sent';
      round: number;
      cwnd: number;
      ssthresh: number;
      phase: CongestionPhase;
      firstSegment: number;
      lastSegment: number;
      /** True when rwnd, not cwnd, limited what was sent. */
      rwndLimited: boolean;
    })
  | (Base & { kind: 'loss.detected'; round: number; type: 'tripleDupAck' | 'timeout' })
  | (Base & { kind: 'cwnd.changed'; from: number; to: number; cause: CongestionCause })
  | (Base & { kind: 'ssthresh.changed'; from: number; to: number; cause: CongestionCause })
  | (Base & {
      kind: 'phase.entered';
      from: CongestionPhase;
      to: CongestionPhase;
      cause: CongestionCause;
    });

/** One row of `summary.rounds` (values in force while the round's segments are sent). */
export interface RoundRow {
  round: number;
  cwnd: number;
  ssthresh: number;
  phase: CongestionPhase;
  firstSegment: number;
  lastSegment: number;
}

/** A run of one algorithm. */
export interface CongestionRun {
  algorithm: AlgorithmId;
  events: CongestionEventRecord[];
  rounds: RoundRow[];
}

/** The trace of a "congestion" scenario in the rounds model: the main algorithm, plus compared ones. */
export interface CongestionRoundsTrace {
  version: typeof TRACE_VERSION;
  kind: 'congestion';
  model: 'rounds';
  scenario: CongestionScenario;
  steps: number;
  events: CongestionEventRecord[];
  summary: { algorithm: AlgorithmId; rounds: RoundRow[] };
  compare: CongestionRun[];
}

/** cwnd and ssthresh (in segments, to 1/1000) from a moment of a segments run on. */
export interface CwndSample {
  /** Virtual time (ms) and the TCP trace's step of the change. */
  t: number;
  step: number;
  cwnd: number;
  ssthresh: number;
  phase: CongestionPhase;
  /** What changed it ('initial': the values the run starts with). */
  cause: CcCause | 'initial';
  /** CUBIC: W_max in segments, once there has been a reduction. */
  wMax?: number;
}

/**
 * One round of a segments run: the RTT-long interval [t0 + (r−1)·RTT, t0 + r·RTT), with the
 * window in force when it began and the new data segments (numbered from 1) sent in it.
 */
export interface SegmentsRoundRow {
  round: number;
  cwnd: number;
  ssthresh: number;
  phase: CongestionPhase;
  /** Null when the round sent no new data (e.g. waiting for a timeout). */
  firstSegment: number | null;
  lastSegment: number | null;
  retransmissions: number;
  /** Data segments sent in the round that were lost (queue overflow or a placed loss). */
  drops: number;
}

/** Totals of a segments run. */
export interface SegmentsStats {
  newSegments: number;
  retransmissions: number;
  /** Third duplicate ACKs that started a fast retransmit. */
  fastRetransmits: number;
  /** Retransmission-timer expirations. */
  timeouts: number;
  /** Dropped by the full bottleneck queue. */
  queueDrops: number;
  /** Dropped by a loss placed in the scenario. */
  scriptedDrops: number;
  deliveredBytes: number;
  /** Delivered bytes × 8 over the run's `rounds` RTTs. */
  goodputBps: number;
}

/** One algorithm's segments run, read from its TCP trace. */
export interface SegmentsRun {
  algorithm: AlgorithmId;
  samples: CwndSample[];
  rounds: SegmentsRoundRow[];
  stats: SegmentsStats;
}

/** The trace of a "congestion" scenario in the segments model. Steps are the TCP trace's steps. */
export interface CongestionSegmentsTrace {
  version: typeof TRACE_VERSION;
  kind: 'congestion';
  model: 'segments';
  scenario: CongestionScenario;
  steps: number;
  /** When the first data segment left (ms): round r is [t0 + (r−1)·RTT, t0 + r·RTT). */
  t0: number;
  mss: number;
  /** The advertised receive window: min(rwnd · MSS, 65,535) bytes, and in segments. */
  rwndBytes: number;
  rwnd: number;
  summary: {
    algorithm: AlgorithmId;
    rounds: SegmentsRoundRow[];
    samples: CwndSample[];
    stats: SegmentsStats;
  };
  /** Compared algorithms on the same scenario (their TCP traces are not kept). */
  compare: SegmentsRun[];
  /** The main algorithm's per-segment run without its events (they are `events`): see {@link tcpTraceOf}. */
  tcp: Omit<TcpTrace, 'events'>;
  /** The TCP run's events: segments, arrivals, timers, state and cc changes. */
  events: TraceEvent[];
}

const tcpTraces = new WeakMap<CongestionSegmentsTrace, TcpTrace>();

/** The main algorithm's TCP trace of a segments run (the same object for the same run). */
export function tcpTraceOf(trace: CongestionSegmentsTrace): TcpTrace {
  let tcp = tcpTraces.get(trace);
  if (!tcp) {
    tcp = { ...trace.tcp, events: trace.events };
    tcpTraces.set(trace, tcp);
  }
  return tcp;
}

/** One step of a captured conversation: its segment `index` (= step − 1) went by at `t`. */
export interface CaptureStepEvent {
  id: string;
  step: number;
  /** ms since the capture file's first frame. */
  t: number;
  frame: number;
}

/**
 * A captured TCP conversation in the congestion view (not a simulation): one step per segment, in
 * capture order, and the time/sequence series of the direction shown (`sender`'s data and the
 * other side's ACKs; see src/capture/flight.ts).
 */
export interface CongestionCaptureTrace {
  version: typeof TRACE_VERSION;
  kind: 'congestion';
  model: 'capture';
  steps: number;
  /** One per segment: step k is `conversation.segments[k − 1]`. */
  events: CaptureStepEvent[];
  conversation: Conversation;
  /** The side whose data the charts show (the bulk sender unless the user switched). */
  sender: Endpoint;
  flight: Flight;
}

/** The trace of a "congestion" scenario, in either model, or a captured conversation. */
export type CongestionTrace =
  CongestionRoundsTrace | CongestionSegmentsTrace | CongestionCaptureTrace;

/** A simulated trace of the lab (either model): what the round-based views read. */
export type CongestionSimTrace = CongestionRoundsTrace | CongestionSegmentsTrace;

/** The virtual time of a step of a segments run: that of its first event (0 for step 0). */
export function timeAtStep(trace: CongestionSegmentsTrace, step: number): number {
  const ev = trace.events;
  if (step <= 0 || ev.length === 0) return 0;
  // Events are in step order: the first event whose step is ≥ `step`.
  let lo = 0;
  let hi = ev.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ev[mid]!.step < step) lo = mid + 1;
    else hi = mid;
  }
  return (ev[lo] ?? ev[ev.length - 1]!).t;
}

/** The round (from 1) time `t` falls in, or 0 before the first data segment (the handshake). */
export function roundAtTime(trace: CongestionSegmentsTrace, t: number): number {
  if (t < trace.t0) return 0;
  return Math.min(trace.scenario.rounds, Math.floor((t - trace.t0) / trace.scenario.rttMs) + 1);
}

/** The round the player is in at `step`: the step itself in the rounds model; 0 for a capture
 * (real traffic has no rounds). */
export function roundAtStep(trace: CongestionTrace, step: number): number {
  if (trace.model === 'capture') return 0;
  return trace.model === 'rounds' ? step : roundAtTime(trace, timeAtStep(trace, step));
}
