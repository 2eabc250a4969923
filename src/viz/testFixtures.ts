// Synthetic TcpTrace fixtures for view tests: a tiny builder plus canonical connections
// (handshake, data, close, loss + RTO, RST, bulk transfer) with hand-checkable numbers.
import type {
  Endpoint,
  Segment,
  SegmentReason,
  TcpFlag,
  TcpState,
  TcpTrace,
  TimerKind,
  TraceEvent,
} from '../engine/trace';
import { TRACE_VERSION, peerOf } from '../engine/trace';
import { tcpScenarioSchema } from '../scenarios/schema';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type Draft = DistributiveOmit<TraceEvent, 'id' | 'step'>;

/** Options of one `send`: numbers are absolute; travel defaults to rtt/2. */
export interface SendOptions {
  seq: number;
  ack?: number;
  len?: number;
  /** Lost on the way: dropped at `at + dropAfterMs` (default half the one-way delay). */
  lost?: boolean;
  dropAfterMs?: number;
  /** Extra delay on top of the one-way delay. */
  delayMs?: number;
  retransmission?: boolean;
  injected?: boolean;
  reason?: SegmentReason;
}

/**
 * Builds a TcpTrace from calls made in any order: events are sorted by time (stable, so calls at
 * one instant keep their order), ids are `ev-<n>`, and each distinct instant is one step.
 */
export class TraceBuilder {
  private drafts: { t: number; order: number; ev: Draft }[] = [];
  private segCount = 0;
  readonly oneWayMs: number;

  constructor(
    readonly iss: Record<Endpoint, number> = { client: 1000, server: 5000 },
    readonly rttMs = 100,
  ) {
    this.oneWayMs = rttMs / 2;
  }

  private push(ev: Draft): void {
    this.drafts.push({ t: ev.t, order: this.drafts.length, ev });
  }

  /** Sends a segment at `at`; adds its arrival (or loss) event. Returns the segment id. */
  send(from: Endpoint, flags: TcpFlag[], at: number, o: SendOptions): string {
    const id = `seg-${++this.segCount}`;
    const segment: Segment = {
      id,
      from,
      to: peerOf(from),
      flags: [...flags].sort(),
      seq: o.seq,
      ack: o.ack ?? 0,
      window: 65535,
      len: o.len ?? 0,
      retransmission: o.retransmission ?? false,
      reason: o.reason ?? (o.retransmission ? 'retransmit' : o.len ? 'data' : 'ack'),
      ...(o.injected ? { injected: true } : {}),
    };
    if (o.lost) {
      const dropAt = at + (o.dropAfterMs ?? this.oneWayMs / 2);
      this.push({
        kind: 'segment.sent',
        t: at,
        segment,
        arriveAt: null,
        drop: { reason: 'fault', at: dropAt },
      });
      this.push({ kind: 'segment.lost', t: dropAt, segId: id, reason: 'fault' });
    } else {
      const arriveAt = at + this.oneWayMs + (o.delayMs ?? 0);
      this.push({ kind: 'segment.sent', t: at, segment, arriveAt });
      this.push({
        kind: 'segment.arrived',
        t: arriveAt,
        segId: id,
        endpoint: peerOf(from),
        verdict: 'accepted',
      });
    }
    return id;
  }

  /** Records a state change. */
  state(
    endpoint: Endpoint,
    from: TcpState,
    to: TcpState,
    at: number,
    cause = 'segment.received',
  ): this {
    this.push({ kind: 'state.changed', t: at, endpoint, from, to, cause });
    return this;
  }

  /** Starts a timer. */
  timerSet(endpoint: Endpoint, timer: TimerKind, at: number, durationMs: number): this {
    this.push({
      kind: 'timer.set',
      t: at,
      endpoint,
      timer,
      expiresAt: at + durationMs,
      durationMs,
    });
    return this;
  }

  /** Stops a timer, by firing or cancelling. */
  timerEnd(endpoint: Endpoint, timer: TimerKind, at: number, how: 'fired' | 'cancelled'): this {
    this.push({
      kind: how === 'fired' ? 'timer.fired' : 'timer.cancelled',
      t: at,
      endpoint,
      timer,
    });
    return this;
  }

  /** The finished trace. */
  build(): TcpTrace {
    const sorted = [...this.drafts].sort((a, b) => a.t - b.t || a.order - b.order);
    let step = 0;
    let lastT = Number.NaN;
    const events = sorted.map((d, i) => {
      if (d.t !== lastT) {
        step++;
        lastT = d.t;
      }
      return { ...d.ev, id: `ev-${i + 1}`, step } as TraceEvent;
    });
    const last = events[events.length - 1];
    return {
      version: TRACE_VERSION,
      kind: 'tcp',
      scenario: tcpScenarioSchema.parse({
        kind: 'tcp',
        rttMs: this.rttMs,
        client: { open: { at: 0 }, isn: this.iss.client },
        server: { listen: true, isn: this.iss.server },
      }),
      iss: { ...this.iss },
      steps: step,
      endMs: last ? last.t : 0,
      truncated: false,
      events,
      summary: {
        segments: [],
        stateChanges: [],
        finalStates: { client: 'CLOSED', server: 'CLOSED' },
        outcomes: {},
        bytesDelivered: { client: 0, server: 0 },
      },
    };
  }
}

/** Adds a three-way handshake (t = 0, 50, 100) to `b`; server listens from t = 0. */
export function addHandshake(b: TraceBuilder): void {
  const { client: c, server: s } = b.iss;
  b.state('server', 'CLOSED', 'LISTEN', 0, 'app.listen');
  b.state('client', 'CLOSED', 'SYN-SENT', 0, 'app.open');
  b.send('client', ['SYN'], 0, { seq: c, reason: 'syn' });
  b.timerSet('client', 'rto', 0, 1000);
  b.state('server', 'LISTEN', 'SYN-RECEIVED', 50);
  b.send('server', ['SYN', 'ACK'], 50, { seq: s, ack: c + 1, reason: 'synAck' });
  b.timerSet('server', 'rto', 50, 1000);
  b.timerEnd('client', 'rto', 100, 'cancelled');
  b.state('client', 'SYN-SENT', 'ESTABLISHED', 100);
  b.send('client', ['ACK'], 100, { seq: c + 1, ack: s + 1 });
  b.timerEnd('server', 'rto', 150, 'cancelled');
  b.state('server', 'SYN-RECEIVED', 'ESTABLISHED', 150);
}

/** Handshake only: 3 segments, 6 steps (t = 0, 50, 100, 150). */
export function handshakeTrace(iss?: Record<Endpoint, number>): TcpTrace {
  const b = new TraceBuilder(iss);
  addHandshake(b);
  return b.build();
}

/**
 * A whole connection: handshake; client sends 100 bytes, server answers 500; client closes
 * (FIN, ACK seq=101 ack=501); server closes; client waits 2MSL = 60 s in TIME-WAIT.
 * Segments: seg-1 SYN, seg-2 SYN-ACK, seg-3 ACK, seg-4 data 100, seg-5 data 500 (acks 101),
 * seg-6 ACK, seg-7 client FIN, seg-8 ACK of FIN, seg-9 server FIN, seg-10 last ACK.
 */
export function fullConnectionTrace(iss?: Record<Endpoint, number>): TcpTrace {
  const b = new TraceBuilder(iss);
  const { client: c, server: s } = b.iss;
  addHandshake(b);
  b.send('client', ['ACK', 'PSH'], 100, { seq: c + 1, ack: s + 1, len: 100 });
  b.send('server', ['ACK', 'PSH'], 150, { seq: s + 1, ack: c + 101, len: 500 });
  b.send('client', ['ACK'], 200, { seq: c + 101, ack: s + 501 });
  b.state('client', 'ESTABLISHED', 'FIN-WAIT-1', 300, 'app.close');
  b.send('client', ['FIN', 'ACK'], 300, { seq: c + 101, ack: s + 501, reason: 'fin' });
  b.state('server', 'ESTABLISHED', 'CLOSE-WAIT', 350);
  b.send('server', ['ACK'], 350, { seq: s + 501, ack: c + 102 });
  b.state('client', 'FIN-WAIT-1', 'FIN-WAIT-2', 400);
  b.state('server', 'CLOSE-WAIT', 'LAST-ACK', 360, 'app.close');
  b.send('server', ['FIN', 'ACK'], 360, { seq: s + 501, ack: c + 102, reason: 'fin' });
  b.state('client', 'FIN-WAIT-2', 'TIME-WAIT', 410);
  b.send('client', ['ACK'], 410, { seq: c + 102, ack: s + 502 });
  b.timerSet('client', 'timeWait', 410, 60_000);
  b.state('server', 'LAST-ACK', 'CLOSED', 460);
  b.timerEnd('client', 'timeWait', 60_410, 'fired');
  b.state('client', 'TIME-WAIT', 'CLOSED', 60_410, 'timer.timeWait');
  return b.build();
}

/** The first SYN is lost; the RTO (1 s) fires and the retransmitted SYN gets through. */
export function lostSynTrace(): TcpTrace {
  const b = new TraceBuilder();
  const { client: c, server: s } = b.iss;
  b.state('server', 'CLOSED', 'LISTEN', 0, 'app.listen');
  b.state('client', 'CLOSED', 'SYN-SENT', 0, 'app.open');
  b.send('client', ['SYN'], 0, { seq: c, lost: true, reason: 'syn' });
  b.timerSet('client', 'rto', 0, 1000);
  b.timerEnd('client', 'rto', 1000, 'fired');
  b.send('client', ['SYN'], 1000, { seq: c, retransmission: true });
  b.timerSet('client', 'rto', 1000, 2000);
  b.state('server', 'LISTEN', 'SYN-RECEIVED', 1050);
  b.send('server', ['SYN', 'ACK'], 1050, { seq: s, ack: c + 1, reason: 'synAck' });
  b.timerEnd('client', 'rto', 1100, 'cancelled');
  b.state('client', 'SYN-SENT', 'ESTABLISHED', 1100);
  b.send('client', ['ACK'], 1100, { seq: c + 1, ack: s + 1 });
  b.state('server', 'SYN-RECEIVED', 'ESTABLISHED', 1150);
  return b.build();
}

/** A SYN to a port nobody listens on: answered by "RST, ACK seq=0 ack=1". */
export function refusedTrace(): TcpTrace {
  const b = new TraceBuilder({ client: 1000, server: 0 });
  b.state('client', 'CLOSED', 'SYN-SENT', 0, 'app.open');
  b.send('client', ['SYN'], 0, { seq: 1000, reason: 'syn' });
  b.send('server', ['RST', 'ACK'], 50, { seq: 0, ack: 1001, reason: 'rst' });
  b.state('client', 'SYN-SENT', 'CLOSED', 100);
  return b.build();
}

/**
 * Handshake then `n` data segments of 100 bytes from the client, one every `gapMs`, each ACKed;
 * an RTO timer per segment. About 4·n events; used for size and speed checks.
 */
export function bulkTrace(n: number, gapMs = 10): TcpTrace {
  const b = new TraceBuilder();
  const { client: c, server: s } = b.iss;
  addHandshake(b);
  for (let i = 0; i < n; i++) {
    const at = 200 + i * gapMs;
    b.send('client', ['ACK', 'PSH'], at, { seq: c + 1 + i * 100, ack: s + 1, len: 100 });
    b.timerSet('client', 'rto', at, 1000);
    b.send('server', ['ACK'], at + b.oneWayMs, { seq: s + 1, ack: c + 101 + i * 100 });
  }
  return b.build();
}
