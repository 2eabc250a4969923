// Plain-data state of a TCP simulation run: endpoints with their TCBs, the link, counters.
import type { DropReason, Endpoint, Outcome, Segment, TcpState, TraceEvent } from '../trace';
import type { TcpScenario } from '../../scenarios/schema';
import type { Rng } from '../rng';
import type { EventQueue } from '../queue';
import type { MachineDriver } from './machineDriver';
import type { CcState } from './congestion';

/** Transmission control block (RFC 9293 §3.3.1), plus our send/receive bookkeeping. */
export interface Tcb {
  iss: number;
  sndUna: number;
  sndNxt: number;
  /** Peer's advertised window. */
  sndWnd: number;
  irs: number;
  rcvNxt: number;
  rcvWnd: number;
  /** Bytes of new data sent so far (stream offset of SND.NXT's data part). */
  dataSent: number;
  finSent: boolean;
  finSeq: number;
  /** Out-of-order segments waiting for the gap before them (seq, data length, FIN). */
  ooo: { seq: number; len: number; fin: boolean }[];
  /** An ACK is owed to the peer. */
  ackPending: boolean;
  /** The owed ACK is a challenge ACK (RFC 5961), for the trace's `reason`. */
  challenge: boolean;
  // RFC 6298 retransmission timer.
  rtoMs: number;
  srttMs: number | null;
  rttvarMs: number;
  /** Consecutive RTO expirations for the oldest unacknowledged segment. */
  retries: number;
  rtoDeadline: number | null;
  /** Segment being timed for an RTT sample (Karn: cleared by any retransmission). */
  timing: { endSeq: number; sentAt: number } | null;
  /** The SYN (or SYN,ACK) was retransmitted: RFC 6298 §5.7 applies on establishment. */
  synRetransmitted: boolean;
  timeWaitDeadline: number | null;
  /** Congestion control state (null unless the scenario opts in with `congestion`). */
  cc: CcState | null;
}

/** One endpoint: control state from the machine, TCB, application-side queues. */
export interface EndpointState {
  name: Endpoint;
  state: TcpState;
  passive: boolean;
  tcb: Tcb | null;
  /** ISN this endpoint uses when it opens (from the scenario or the seed). */
  isn: number;
  /** Bytes written by the application (cumulative), and the write boundaries (for PSH). */
  written: number;
  writeEnds: number[];
  finQueued: boolean;
  delivered: number;
  outcome: Outcome | undefined;
  /** Earliest queued timer entries, to avoid queueing one per re-arm. */
  rtoQueuedAt: number | null;
  twQueuedAt: number | null;
}

/** A segment on the wire: the very object the trace records (never mutated after sending). */
export type WireSegment = Segment;

export type QueueItem =
  | {
      type: 'app';
      ep: Endpoint;
      action: 'listen' | 'open' | 'send' | 'close' | 'abort';
      bytes?: number;
    }
  | { type: 'arrive'; seg: WireSegment }
  | { type: 'lost'; seg: WireSegment; reason: DropReason }
  | { type: 'inject'; index: number }
  | { type: 'timer'; ep: Endpoint; kind: 'rto' | 'timeWait' };

/** Everything one run mutates. */
export interface Sim {
  sc: TcpScenario;
  now: number;
  step: number;
  events: TraceEvent[];
  queue: EventQueue<QueueItem>;
  rng: Rng;
  driver: MachineDriver;
  ep: Record<Endpoint, EndpointState>;
  segCount: number;
  /** Per side, per flag-set bitmask: how many such segments that side has sent. */
  flagCounts: Record<Endpoint, Map<number, number>>;
  linkBusyUntil: Record<Endpoint, number>;
  /** With `queuePackets`: serialization finish times of the segments queued per direction (FIFO). */
  linkQueue: Record<Endpoint, number[]>;
  /** Whether the current queue item has emitted anything (then it is a step). */
  stepOpen: boolean;
  /** Retries counted when the last RTO gave up (for the "failed after N retries" outcome). */
  lastRetries: number;
  /** A queued FIN became in-sequence while draining out-of-order data. */
  pendingFin: Record<Endpoint, boolean>;
  /** Set by the link for the segment being sent: lost (and why), duplicated (after how long). */
  fateLoss: DropReason | null;
  fateDupAfter: number | null;
  /** Whether any `drop` fault needs per-flag-set counts. */
  countFlags: boolean;
  /** When each side's retransmission timer last fired (an open-ended `dropData` ends there). */
  lastRtoAt: Record<Endpoint, number>;
  /** How many segments each `dropData` fault has taken. */
  dropDataTaken: Map<object, number>;
  /** Trace-size safety net. */
  maxEvents: number;
}
