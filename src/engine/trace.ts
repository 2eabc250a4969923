// The trace: the plain, versioned, JSON-serializable record of a run that every view draws from.
// Engine → trace → player cursor → views. Nothing here depends on the DOM.
import type {
  Address,
  ConversationCounts,
  ConversationSegment,
  TcpOptions,
} from '../capture/types';

/** Bumped whenever the shape of a trace changes incompatibly. */
export const TRACE_VERSION = 1;

export type Endpoint = 'client' | 'server';
export const ENDPOINTS: readonly Endpoint[] = ['client', 'server'];
export const peerOf = (e: Endpoint): Endpoint => (e === 'client' ? 'server' : 'client');

/** TCP header flags we model, in the canonical (sorted) order used in traces. */
export type TcpFlag = 'ACK' | 'FIN' | 'PSH' | 'RST' | 'SYN';
export const TCP_FLAGS: readonly TcpFlag[] = ['ACK', 'FIN', 'PSH', 'RST', 'SYN'];

/** The 11 connection states of RFC 9293 §3.3.2, spelled as in the RFC. */
export type TcpState =
  | 'CLOSED'
  | 'LISTEN'
  | 'SYN-SENT'
  | 'SYN-RECEIVED'
  | 'ESTABLISHED'
  | 'FIN-WAIT-1'
  | 'FIN-WAIT-2'
  | 'CLOSE-WAIT'
  | 'CLOSING'
  | 'LAST-ACK'
  | 'TIME-WAIT';
export const TCP_STATES: readonly TcpState[] = [
  'CLOSED',
  'LISTEN',
  'SYN-SENT',
  'SYN-RECEIVED',
  'ESTABLISHED',
  'FIN-WAIT-1',
  'FIN-WAIT-2',
  'CLOSE-WAIT',
  'CLOSING',
  'LAST-ACK',
  'TIME-WAIT',
];

/** One TCP segment as it left its sender. seq/ack are absolute (mod 2^32). */
export interface Segment {
  /** Stable id, `seg-<n>` in send order from 1. */
  id: string;
  from: Endpoint;
  to: Endpoint;
  /** Sorted, e.g. ['ACK', 'SYN']. */
  flags: TcpFlag[];
  seq: number;
  /** Meaningful only when flags include ACK; 0 otherwise. */
  ack: number;
  window: number;
  len: number;
  /** True when this segment re-sends sequence space already sent (RTO or a re-ACKed SYN). */
  retransmission: boolean;
  /** Why it was sent, for narration: e.g. 'open', 'synAck', 'data', 'ack', 'fin', 'rst', 'rto', 'dupAck'. */
  reason: SegmentReason;
  /** Set on a segment injected by the scenario (e.g. an old duplicate SYN), not by a TCP machine. */
  injected?: boolean;
  /** Set on the extra copy made by a `duplicate` fault: the id of the original. */
  duplicateOf?: string;
}

export type SegmentReason =
  | 'syn'
  | 'synAck'
  | 'ack'
  | 'data'
  | 'fin'
  | 'rst'
  | 'challengeAck'
  | 'retransmit'
  | 'injected'
  | 'duplicate';

/** 'queue': dropped by a full drop-tail bottleneck queue (scenario `queuePackets`). */
export type DropReason = 'fault' | 'random' | 'queue';
export type CongestionPhaseName = 'slowStart' | 'congestionAvoidance' | 'fastRecovery';
/** What made cwnd/ssthresh/phase change (RFC 5681 §3, RFC 6582 §3.2). */
export type CcCause = 'newAck' | 'dupAck' | 'tripleDupAck' | 'partialAck' | 'fullAck' | 'timeout';
export type TimerKind = 'rto' | 'timeWait';
export type AppAction = 'listen' | 'open' | 'send' | 'close' | 'abort';

/** Why the connection ended, as seen by one endpoint's user. */
export type Outcome =
  | 'closed' // orderly close finished
  | 'reset' // "connection reset" (RST in a synchronized state)
  | 'refused' // "connection refused" (RST answering our SYN)
  | 'failed' // retries exhausted
  | 'aborted'; // the user aborted (sent RST)

interface Base {
  /** Stable id: `ev-<n>` in order from 1. */
  id: string;
  /** The player step this event belongs to (1-based; step 0 is "nothing has happened yet"). */
  step: number;
  /** Virtual time in ms. */
  t: number;
}

export type TraceEvent =
  | (Base & { kind: 'app'; endpoint: Endpoint; action: AppAction; bytes?: number })
  | (Base & {
      kind: 'segment.sent';
      segment: Segment;
      /** Virtual time the segment arrives, or null if it is lost. */
      arriveAt: number | null;
      /** Set when the segment is lost on the way. */
      drop?: { reason: DropReason; at: number };
    })
  | (Base & { kind: 'segment.lost'; segId: string; reason: DropReason })
  | (Base & {
      kind: 'segment.arrived';
      segId: string;
      endpoint: Endpoint;
      /** What the receiver made of it (RFC 9293 §3.10.7). */
      verdict: ArrivalVerdict;
    })
  | (Base & {
      kind: 'state.changed';
      endpoint: Endpoint;
      from: TcpState;
      to: TcpState;
      /** The machine event that caused it, e.g. 'segment.received', 'app.close', 'timer.rto'. */
      cause: string;
    })
  | (Base & {
      kind: 'timer.set';
      endpoint: Endpoint;
      timer: TimerKind;
      expiresAt: number;
      durationMs: number;
      /** For rto: how many times the guarded segment has been retransmitted so far. */
      retries?: number;
    })
  | (Base & { kind: 'timer.cancelled'; endpoint: Endpoint; timer: TimerKind })
  | (Base & { kind: 'timer.fired'; endpoint: Endpoint; timer: TimerKind; retries?: number })
  | (Base & {
      kind: 'data.delivered';
      endpoint: Endpoint;
      bytes: number;
      /** Total bytes delivered in order to this endpoint's application so far. */
      total: number;
    })
  | (Base & {
      kind: 'rtt.sample';
      endpoint: Endpoint;
      sampleMs: number;
      srttMs: number;
      rttvarMs: number;
      rtoMs: number;
    })
  | (Base & { kind: 'connection.ended'; endpoint: Endpoint; outcome: Outcome; retries?: number })
  | (Base & {
      /** Congestion state changed (only with the scenario's opt-in `congestion`). */
      kind: 'cc.changed';
      endpoint: Endpoint;
      cwndBytes: number;
      ssthreshBytes: number;
      phase: CongestionPhaseName;
      cause: CcCause;
      /** CUBIC: W_max (RFC 9438 §4.1), once there has been a reduction. */
      wMaxBytes?: number;
    });

export type ArrivalVerdict =
  | 'accepted' // processed normally
  | 'duplicate' // old/duplicate sequence space: re-ACKed (RFC 9293 §3.10.7.4 first check)
  | 'outOfOrder' // above RCV.NXT, queued
  | 'unacceptableAck' // ACK outside what we sent: RST or ACK in reply
  | 'reset' // an acceptable RST
  | 'ignored' // discarded silently (e.g. RST in LISTEN, anything after CLOSED with RST)
  | 'noListener'; // arrived where nobody listens: RST in reply

export type TraceEventKind = TraceEvent['kind'];
export type EventOf<K extends TraceEventKind> = Extract<TraceEvent, { kind: K }>;

/** Summary of a "tcp" run, as printed by the CLI (relative seq/ack, like Wireshark). */
export interface TcpSummary {
  segments: {
    t: number;
    from: Endpoint;
    flags: TcpFlag[];
    seq: number;
    ack: number;
    len: number;
    dropped: boolean;
  }[];
  stateChanges: { t: number; endpoint: Endpoint; from: TcpState; to: TcpState }[];
  finalStates: Record<Endpoint, TcpState>;
  outcomes: Partial<Record<Endpoint, Outcome>>;
  bytesDelivered: Record<Endpoint, number>;
}

/** A complete run. */
export interface TcpTrace {
  version: typeof TRACE_VERSION;
  kind: 'tcp';
  /** The normalized scenario (defaults filled in) that produced this trace. */
  scenario: import('../scenarios/schema').TcpScenario;
  /** Initial sequence numbers each side used (the base for relative numbers). */
  iss: Record<Endpoint, number>;
  /** Number of player steps (the last event's step). */
  steps: number;
  /** Virtual time of the last event. */
  endMs: number;
  /** True when the run stopped at the scenario's time limit with work still queued. */
  truncated: boolean;
  events: TraceEvent[];
  summary: TcpSummary;
  /**
   * Set when the trace was made from a captured conversation (src/capture/toTcpTrace.ts), not
   * simulated: what the capture says beyond the segments (addresses, marks, options, TLS, HTTP).
   * `scenario` is then only a placeholder that satisfies the views (its `rttMs` is twice the
   * drawing delay); the trace is the truth.
   */
  capture?: TraceCapture;
}

/** A segment as the capture analysis gave it (Wireshark's numbers): seg-n is segments[n − 1]. */
export type CapturedSegment = ConversationSegment;

/** What a trace made from a captured conversation carries besides its events. */
export interface TraceCapture {
  /** The conversation's id (`conv-<n>`). */
  conversation: string;
  /** The file it came from (never uploaded; only its name). */
  fileName?: string;
  ipVersion: 4 | 6;
  client: Address;
  server: Address;
  /** No SYN was captured: both ends start ESTABLISHED (assumed). */
  midConnection: boolean;
  packets: number;
  bytes: number;
  startMs: number;
  durationMs: number;
  /** The options each side's SYN carried (empty without a captured SYN). */
  synOptions: Record<Endpoint, TcpOptions>;
  wscale: Record<Endpoint, number | null>;
  handshakeRttMs: number | null;
  /** The arrow length the trace uses for drawing (ms): a convention, not a measured delay. */
  drawDelayMs: number;
  initialStates: Record<Endpoint, TcpState>;
  finalStates: Record<Endpoint, TcpState>;
  counts: ConversationCounts;
  /** The conversation's segments, shared with it (not copied). */
  segments: CapturedSegment[];
  /**
   * Bytes of the sender's stream missing before a segment Wireshark marks "previous segment not
   * captured", by segment id (only where the gap's size is known).
   */
  holes: Record<string, number>;
}

/** The captured details of segment `seg-n` of a trace made from a capture (undefined otherwise). */
export function capturedSegmentOf(trace: TcpTrace, segId: string): CapturedSegment | undefined {
  return trace.capture?.segments[Number(segId.slice(4)) - 1];
}

export type Trace = TcpTrace;
