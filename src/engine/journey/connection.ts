// One TCP connection of the journey, run by the foundation's TCP engine (simulateTcp): the TLS
// flights and HTTP messages are application writes, the closes are CLOSE calls. A write's time
// depends on when the data it answers was delivered, so the connection is re-run each time a
// write is added; a later write never changes what happened before it (the run is causal), so
// the times read from earlier runs stay true. The final run is the connection's TcpTrace.
import type { TcpScenario } from '../../scenarios/schema';
import type { Endpoint, TcpState, TcpTrace } from '../trace';
import { simulateTcp } from '../tcp/simulate';

/** A message (or part of a write) whose segments we want to find later. */
export interface Part {
  tag: string;
  bytes: number;
}

/** An application write: `parts` are written back to back at `at`. */
export interface Write {
  side: Endpoint;
  at: number;
  parts: Part[];
}

/** Where a tagged part went: its segments and times. */
export interface Span {
  segIds: string[];
  /** First segment sent, last segment sent. */
  firstSentAt: number;
  lastSentAt: number;
  /** First segment arrived, last byte arrived (delivered in order). */
  firstArriveAt: number;
  lastArriveAt: number;
  /** Byte offsets in the side's stream. */
  start: number;
  end: number;
}

export interface ConnRun {
  seed: number;
  openAt: number;
  rttMs: number;
  bandwidthBps: number | undefined;
  writes: Write[];
  close: Partial<Record<Endpoint, number>>;
  trace: TcpTrace | null;
  /** The spans of `trace`, computed once per run. */
  spans: Map<string, Span> | null;
  runs: number;
}

/** A new connection: the client opens (SYN) at `openAt`, the server listens. */
export function newConnRun(
  seed: number,
  openAt: number,
  rttMs: number,
  bandwidthBps?: number,
): ConnRun {
  return {
    seed,
    openAt,
    rttMs,
    bandwidthBps,
    writes: [],
    close: {},
    trace: null,
    spans: null,
    runs: 0,
  };
}

/** Adds a write (invalidates the run). */
export function addWrite(c: ConnRun, w: Write): void {
  c.writes.push(w);
  c.trace = null;
  c.spans = null;
}

/** The application on `side` calls CLOSE at `at` (after its writes at the same time). */
export function addClose(c: ConnRun, side: Endpoint, at: number): void {
  c.close[side] = at;
  c.trace = null;
  c.spans = null;
}

/**
 * Adds a write that answers `tag`: it happens `delayMs` after `tag`'s last byte arrives (and the
 * side closes then too when `close` is set). The time is guessed first (`guess`), checked against
 * the run, and corrected until they agree: when the guess is right (the usual case: an idle
 * connection delivers a small request in half a round trip) one run is saved, and the result is
 * the same as computing the time first.
 */
export function addWriteAfter(
  c: ConnRun,
  tag: string,
  delayMs: number,
  w: Omit<Write, 'at'>,
  guess: number,
  close = false,
): number {
  const write: Write = { ...w, at: guess };
  addWrite(c, write);
  for (let i = 0; i < 5; i++) {
    if (close) c.close[w.side] = write.at;
    c.trace = null;
    c.spans = null;
    const at = spanOf(c, tag).lastArriveAt + delayMs;
    if (at === write.at) return at;
    write.at = at;
  }
  throw new Error(`journey: the write after "${tag}" did not settle`);
}

/** The TCP scenario of the connection (the journey's clock; ISNs from the seed). */
export function tcpScenarioOf(c: ConnRun): TcpScenario {
  const sends = (side: Endpoint) =>
    c.writes
      .filter((w) => w.side === side)
      .map((w) => ({ at: w.at, bytes: w.parts.reduce((s, p) => s + p.bytes, 0) }));
  const close = (side: Endpoint) =>
    c.close[side] === undefined ? {} : { close: { at: c.close[side]! } };
  return {
    kind: 'tcp',
    seed: c.seed,
    rttMs: c.rttMs,
    ...(c.bandwidthBps !== undefined ? { bandwidthBps: c.bandwidthBps } : {}),
    // Linux: CUBIC, an initial window of 10 segments (RFC 6928), ssthresh "infinite".
    congestion: { algorithm: 'cubic', initialCwnd: 10, initialSsthresh: 1_000_000 },
    mss: 1460,
    mslMs: 30_000,
    rtoInitialMs: 1000,
    rtoMinMs: 1000,
    rtoMaxMs: 60_000,
    synRetries: 6,
    synAckRetries: 5,
    dataRetries: 15,
    maxTimeMs: 24 * 3600 * 1000,
    client: { open: { at: c.openAt }, send: sends('client'), window: 65535, ...close('client') },
    server: { listen: true, send: sends('server'), window: 65535, ...close('server') },
    faults: [],
    inject: [],
  };
}

/** The connection's current TcpTrace (runs the engine if a write was added since). */
export function traceOf(c: ConnRun): TcpTrace {
  if (!c.trace) {
    c.trace = simulateTcp(tcpScenarioOf(c));
    c.runs++;
  }
  return c.trace;
}

/** When the client reached ESTABLISHED. */
export function establishedAt(tr: TcpTrace): number {
  for (const e of tr.events)
    if (e.kind === 'state.changed' && e.endpoint === 'client' && e.to === 'ESTABLISHED') return e.t;
  throw new Error('journey: the connection never reached ESTABLISHED');
}

/** When `side` received the peer's FIN (entered CLOSE-WAIT, CLOSING or TIME-WAIT), or null. */
export function finReceivedAt(tr: TcpTrace, side: Endpoint): number | null {
  for (const e of tr.events)
    if (
      e.kind === 'state.changed' &&
      e.endpoint === side &&
      (e.to === 'CLOSE-WAIT' || e.to === 'CLOSING' || e.to === 'TIME-WAIT')
    )
      return e.t;
  return null;
}

/** When the last segment of the run arrived (the end of a teardown). */
export function lastArrivalAt(tr: TcpTrace): number {
  let t = 0;
  for (const e of tr.events) if (e.kind === 'segment.arrived') t = e.t;
  return t;
}

/** The segments and times of every tagged part of every write. */
export function spansOf(c: ConnRun): Map<string, Span> {
  const tr = traceOf(c);
  if (c.spans) return c.spans;
  const spans = new Map<string, Span>();
  c.spans = spans;
  for (const side of ['client', 'server'] as const) {
    // Byte ranges of the parts, in write order (writes are sent in time order, stable).
    const ranges: { tag: string; start: number; end: number }[] = [];
    let off = 0;
    const ws = c.writes
      .map((w, i) => ({ w, i }))
      .filter((x) => x.w.side === side)
      .sort((a, b) => a.w.at - b.w.at || a.i - b.i);
    for (const { w } of ws)
      for (const p of w.parts) {
        ranges.push({ tag: p.tag, start: off, end: off + p.bytes });
        off += p.bytes;
      }
    const base = (tr.iss[side] + 1) >>> 0;
    const arrivals = new Map<string, number>();
    for (const e of tr.events) if (e.kind === 'segment.arrived') arrivals.set(e.segId, e.t);
    let r = 0;
    for (const e of tr.events) {
      if (e.kind !== 'segment.sent' || e.segment.from !== side || e.segment.len === 0) continue;
      const s = e.segment;
      const start = (s.seq - base) >>> 0;
      const end = start + s.len;
      const arrive = e.arriveAt ?? arrivals.get(s.id) ?? e.t;
      // Parts are in stream order and there are no retransmissions: advance a cursor.
      while (r < ranges.length && ranges[r]!.end <= start) r++;
      for (let k = r; k < ranges.length && ranges[k]!.start < end; k++) {
        const g = ranges[k]!;
        if (g.end <= start) continue;
        let sp = spans.get(g.tag);
        if (!sp) {
          sp = {
            segIds: [],
            firstSentAt: e.t,
            lastSentAt: e.t,
            firstArriveAt: arrive,
            lastArriveAt: arrive,
            start: g.start,
            end: g.end,
          };
          spans.set(g.tag, sp);
        }
        sp.segIds.push(s.id);
        sp.lastSentAt = e.t;
        sp.firstArriveAt = Math.min(sp.firstArriveAt, arrive);
        sp.lastArriveAt = Math.max(sp.lastArriveAt, arrive);
      }
    }
  }
  return spans;
}

/** The span of one tag (throws if its bytes were never sent: a programming error). */
export function spanOf(c: ConnRun, tag: string): Span {
  const sp = spansOf(c).get(tag);
  if (!sp) throw new Error(`journey: no segments carry "${tag}"`);
  return sp;
}

/** A control segment of the run (SYN, SYN-ACK, handshake ACK, FIN, ACK of a FIN, RST). */
export interface ControlSegment {
  segId: string;
  role: 'syn' | 'synAck' | 'handshakeAck' | 'fin' | 'finAck' | 'rst';
  from: Endpoint;
  t: number;
  arriveAt: number;
  flags: string[];
  seq: number;
  ack: number;
  relSeq: number;
  relAck: number;
  window: number;
  len: number;
  senderState: TcpState;
  receiverState: TcpState;
}

/** The control segments of a run, with each end's state after sending / after processing. */
export function controlSegments(tr: TcpTrace): ControlSegment[] {
  const out: ControlSegment[] = [];
  const state: Record<Endpoint, TcpState> = { client: 'CLOSED', server: 'CLOSED' };
  const bySeg = new Map<string, ControlSegment>();
  const finEnd: Partial<Record<Endpoint, number>> = {};
  const finAcked: Record<Endpoint, boolean> = { client: false, server: false };
  let synAckSeen = false;
  let handshakeAckDone = false;
  let pending: { seg: ControlSegment; endpoint: Endpoint } | null = null;
  let step = -1;
  const flush = () => {
    if (pending) pending.seg.receiverState = state[pending.endpoint];
    pending = null;
  };
  for (const e of tr.events) {
    if (e.step !== step) {
      flush();
      step = e.step;
    }
    if (e.kind === 'state.changed') state[e.endpoint] = e.to;
    else if (e.kind === 'segment.sent') {
      const s = e.segment;
      const peer: Endpoint = s.from === 'client' ? 'server' : 'client';
      let role: ControlSegment['role'] | null = null;
      if (s.flags.includes('RST')) role = 'rst';
      else if (s.flags.includes('SYN')) {
        role = s.flags.includes('ACK') ? 'synAck' : 'syn';
        if (role === 'synAck') synAckSeen = true;
      } else if (s.flags.includes('FIN')) {
        role = 'fin';
        finEnd[s.from] = (s.seq + s.len + 1) >>> 0;
        // A FIN that also acknowledges the peer's FIN (FIN+ACK) answers it.
        if (finEnd[peer] !== undefined && s.ack === finEnd[peer]) finAcked[peer] = true;
      } else if (s.len === 0 && synAckSeen && !handshakeAckDone && s.from === 'client') {
        role = 'handshakeAck';
        handshakeAckDone = true;
      } else if (
        s.len === 0 &&
        finEnd[peer] !== undefined &&
        !finAcked[peer] &&
        s.ack === finEnd[peer]
      ) {
        role = 'finAck';
        finAcked[peer] = true;
      }
      if (role) {
        const c: ControlSegment = {
          segId: s.id,
          role,
          from: s.from,
          t: e.t,
          arriveAt: e.arriveAt ?? e.t,
          flags: s.flags,
          seq: s.seq,
          ack: s.ack,
          relSeq: (s.seq - tr.iss[s.from]) >>> 0,
          relAck: s.flags.includes('ACK') ? (s.ack - tr.iss[peer]) >>> 0 : 0,
          window: s.window,
          len: s.len,
          senderState: state[s.from],
          receiverState: state[peer],
        };
        out.push(c);
        bySeg.set(s.id, c);
      }
    } else if (e.kind === 'segment.arrived') {
      const c = bySeg.get(e.segId);
      if (c) {
        flush();
        pending = { seg: c, endpoint: e.endpoint };
      }
    }
  }
  flush();
  return out;
}
