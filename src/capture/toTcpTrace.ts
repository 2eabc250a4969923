// A captured conversation → a TcpTrace that the TCP view's sequence diagram, state diagrams,
// narration and event list draw as they draw a simulation: one player step per captured segment.
//
// Time: the capture point saw each segment once, at one instant. An arrow starts there (the
// segment's capture time) and arrives `drawDelayMs` later; that length is a drawing convention
// (the first quartile of the times between consecutive segments), shortened so that an arrow
// never lands after the receiver's next captured segment (which may answer it). It is not a
// measured one-way delay: where the capture point was (client, server, in between) is unknown.
// Arrival verdicts are not inferred: every arrival is "accepted", except an RST that closes its
// receiver. See docs/tcp-model.md, "A captured conversation in the TCP view".
import type {
  Endpoint,
  Outcome,
  Segment,
  SegmentReason,
  TcpFlag,
  TcpTrace,
  TraceCapture,
  TraceEvent,
} from '../engine/trace';
import { TCP_FLAGS, TRACE_VERSION, peerOf } from '../engine/trace';
import { summarize } from '../engine/tcp/summary';
import { parseScenario, type TcpScenario } from '../scenarios/schema';
import type {
  Conversation,
  ConversationSegment,
  ConversationStateChange,
  TcpOptions,
} from './types';

/** Options of {@link toTcpTrace}. */
export interface ToTcpTraceOptions {
  /** The capture file's name, for the views' header and the narration. */
  fileName?: string;
}

/** Bounds of the drawing delay (ms): the scenario schema wants rttMs in [0.01, 600000]. */
const MIN_DELAY_MS = 0.005;
const MAX_DELAY_MS = 1000;
/** Used when the conversation has no two segments at different instants. */
const DEFAULT_DELAY_MS = 1;

const u32 = (n: number): number => n >>> 0;

/**
 * The arrow length: the first quartile of the positive gaps between consecutive segments, clamped.
 * A prompt reply (the quickest quarter of gaps) then gets a full-length, readable arrow, and longer
 * idle times (three arrow lengths or more) become the diagram's "+0.6 ms" breaks.
 */
export function drawDelayOf(conv: Pick<Conversation, 'segments'>): number {
  const segs = conv.segments;
  const gaps: number[] = [];
  for (let i = 1; i < segs.length; i++) {
    const g = (segs[i]?.t ?? 0) - (segs[i - 1]?.t ?? 0);
    if (g > 0) gaps.push(g);
  }
  if (gaps.length === 0) return DEFAULT_DELAY_MS;
  const sorted = Float64Array.from(gaps).sort();
  const quartile = sorted[Math.floor((sorted.length - 1) / 4)] ?? DEFAULT_DELAY_MS;
  // Three significant digits: a drawing convention needs no more, and the narration says it.
  return Number(Math.min(MAX_DELAY_MS, Math.max(MIN_DELAY_MS, quartile)).toPrecision(3));
}

/** Why a captured segment was sent, as far as its flags and marks tell (the trace's `reason`). */
function reasonOf(s: ConversationSegment): SegmentReason {
  const has = (f: string) => (s.flags as string[]).includes(f);
  if (has('RST')) return 'rst';
  if (isRetransmission(s)) return 'retransmit';
  if (has('SYN')) return has('ACK') ? 'synAck' : 'syn';
  if (has('FIN')) return 'fin';
  return s.len > 0 ? 'data' : 'ack';
}

const isRetransmission = (s: ConversationSegment): boolean =>
  s.analysis.includes('retransmission') || s.analysis.includes('fast-retransmission');

/** Sequence space a segment occupies (SYN and FIN count one each). */
const spaceOf = (s: ConversationSegment): number =>
  s.len + (s.flags.includes('SYN') ? 1 : 0) + (s.flags.includes('FIN') ? 1 : 0);

/** How a state change to CLOSED ends that endpoint's connection, as its application hears it. */
function outcomeOf(
  change: ConversationStateChange,
  seg: ConversationSegment | undefined,
): Outcome | null {
  if (change.to !== 'CLOSED') return null;
  const rst = seg?.flags.includes('RST') ?? false;
  if (!rst) return change.from === 'LAST-ACK' || change.from === 'TIME-WAIT' ? 'closed' : null;
  if (seg?.from === change.endpoint) return 'aborted';
  return change.from === 'SYN-SENT' ? 'refused' : 'reset';
}

/** A valid, normalized placeholder scenario: the views read its `rttMs` (2 × the draw delay). */
function placeholderScenario(conv: Conversation, drawDelayMs: number): TcpScenario {
  const mss = conv.segments.find((s) => s.from === 'client' && s.options?.mss)?.options?.mss;
  const parsed = parseScenario({
    kind: 'tcp',
    id: `capture-${conv.id}`
      .toLowerCase()
      .replace(/[^a-z0-9-]/g, '-')
      .slice(0, 64),
    numbers: 'relative',
    rttMs: drawDelayMs * 2,
    ...(mss && mss <= 65495 ? { mss } : {}),
    client: { isn: u32(conv.isn.client), open: { at: 0 } },
    server: { isn: u32(conv.isn.server), listen: true },
  });
  if (!parsed.ok) throw new Error(`capture placeholder scenario: ${parsed.errors.join('; ')}`);
  return parsed.value;
}

/** The index of the segment each state change belongs to (by frame; else the last one before). */
function segmentIndexOfChange(
  conv: Conversation,
  byFrame: Map<number, number>,
  c: ConversationStateChange,
): number {
  const hit = byFrame.get(c.frame);
  if (hit !== undefined) return hit;
  let i = conv.segments.length - 1;
  while (i > 0 && (conv.segments[i]?.t ?? 0) > c.t) i--;
  return Math.max(0, i);
}

/** Converts a captured conversation into a trace of the TCP view (one step per segment). */
export function toTcpTrace(conv: Conversation, options: ToTcpTraceOptions = {}): TcpTrace {
  const segs = conv.segments;
  const n = segs.length;
  const drawDelayMs = drawDelayOf(conv);

  // Arrival of segment i: t + drawDelay, but never after the receiver's next captured segment.
  const arrive = new Float64Array(n);
  const next: Record<Endpoint, number> = { client: Infinity, server: Infinity };
  for (let i = n - 1; i >= 0; i--) {
    const s = segs[i]!;
    const limit = next[peerOf(s.from)];
    arrive[i] = s.t + Math.min(drawDelayMs, Math.max(0, limit - s.t));
    next[s.from] = s.t;
  }

  // State changes per segment (few: a Map), told at the send (the sender's) or the arrival.
  const byFrame = new Map<number, number>();
  for (let i = 0; i < n; i++) byFrame.set(segs[i]!.frame, i);
  const changes = new Map<number, ConversationStateChange[]>();
  for (const c of conv.stateChanges) {
    const i = segmentIndexOfChange(conv, byFrame, c);
    const list = changes.get(i);
    if (list) list.push(c);
    else changes.set(i, [c]);
  }

  const events: TraceEvent[] = [];
  const nextId = (): string => `ev-${events.length + 1}`;
  const emitChanges = (
    mine: readonly ConversationStateChange[],
    s: ConversationSegment,
    step: number,
    sender: boolean,
    t: number,
  ): void => {
    for (const c of mine) {
      if ((c.endpoint === s.from) !== sender) continue;
      const cause = sender ? 'segment.sent' : 'segment.received';
      const { endpoint, from, to } = c;
      events.push({ id: nextId(), kind: 'state.changed', step, t, endpoint, from, to, cause });
      const outcome = outcomeOf(c, s);
      if (outcome)
        events.push({ id: nextId(), kind: 'connection.ended', step, t, endpoint, outcome });
    }
  };
  const holes: Record<string, number> = {};
  const seqEnd: Record<Endpoint, number | null> = { client: null, server: null };
  const synOptions: Record<Endpoint, TcpOptions> = { client: {}, server: {} };
  for (let i = 0; i < n; i++) {
    const s = segs[i]!;
    const step = i + 1;
    const from = s.from;
    const to = peerOf(from);
    const hasAck = s.flags.includes('ACK');
    const segment: Segment = {
      id: `seg-${step}`,
      from,
      to,
      flags: TCP_FLAGS.filter((f: TcpFlag) => (s.flags as string[]).includes(f)),
      seq: u32(conv.isn[from] + s.seq),
      ack: hasAck ? u32(conv.isn[to] + s.ack) : 0,
      window: s.win,
      len: s.len,
      retransmission: isRetransmission(s),
      reason: reasonOf(s),
    };
    const at = arrive[i] ?? s.t;
    events.push({ id: nextId(), kind: 'segment.sent', step, t: s.t, segment, arriveAt: at });
    const mine = changes.get(i);
    if (mine) emitChanges(mine, s, step, true, s.t);
    const resets =
      mine !== undefined &&
      s.flags.includes('RST') &&
      mine.some((c) => c.endpoint === to && c.to !== 'LISTEN');
    events.push({
      id: nextId(),
      kind: 'segment.arrived',
      step,
      t: at,
      segId: segment.id,
      endpoint: to,
      verdict: resets ? 'reset' : 'accepted',
    });
    if (mine) emitChanges(mine, s, step, false, at);

    // Bytes missing before a segment Wireshark marks "previous segment not captured".
    const expected = seqEnd[from];
    const hole =
      s.analysis.includes('lost-segment') && expected !== null && s.seq > expected
        ? s.seq - expected
        : undefined;
    seqEnd[from] = Math.max(expected ?? 0, s.seq + spaceOf(s));
    if (s.flags.includes('SYN') && s.options) synOptions[from] = s.options;
    if (hole !== undefined) holes[segment.id] = hole;
  }

  let endMs = 0;
  for (const e of events) endMs = Math.max(endMs, e.t);
  const capture: TraceCapture = {
    conversation: conv.id,
    ...(options.fileName !== undefined ? { fileName: options.fileName } : {}),
    ipVersion: conv.ipVersion,
    client: conv.client,
    server: conv.server,
    midConnection: conv.midConnection,
    packets: conv.packets,
    bytes: conv.bytes,
    startMs: conv.startMs,
    durationMs: conv.durationMs,
    synOptions,
    wscale: conv.wscale,
    handshakeRttMs: conv.handshakeRttMs,
    drawDelayMs,
    initialStates: conv.initialStates,
    finalStates: conv.finalStates,
    counts: conv.counts,
    segments: segs,
    holes,
  };
  const trace: TcpTrace = {
    version: TRACE_VERSION,
    kind: 'tcp',
    scenario: placeholderScenario(conv, drawDelayMs),
    iss: { client: u32(conv.isn.client), server: u32(conv.isn.server) },
    steps: n,
    endMs,
    truncated: false,
    events,
    summary: {
      segments: [],
      stateChanges: [],
      finalStates: conv.finalStates,
      outcomes: {},
      bytesDelivered: { client: 0, server: 0 },
    },
    capture,
  };
  trace.summary = summarize(trace, conv.finalStates);
  trace.summary.bytesDelivered = deliveredEstimate(conv);
  return trace;
}

/**
 * Bytes each side's application got in order, as its ACKs tell: the highest relative ack it sent,
 * less the peer's SYN and FIN when they were acknowledged. An estimate: nothing is delivered in
 * the trace (no `data.delivered` events), since the capture cannot see the applications.
 */
function deliveredEstimate(conv: Conversation): Record<Endpoint, number> {
  const out: Record<Endpoint, number> = { client: 0, server: 0 };
  const synSeen: Record<Endpoint, boolean> = { client: false, server: false };
  const finAt: Record<Endpoint, number | null> = { client: null, server: null };
  const maxAck: Record<Endpoint, number> = { client: 0, server: 0 };
  for (const s of conv.segments) {
    if (s.flags.includes('SYN')) synSeen[s.from] = true;
    if (s.flags.includes('FIN')) finAt[s.from] = s.seq + s.len;
    if (s.flags.includes('ACK')) maxAck[s.from] = Math.max(maxAck[s.from], s.ack);
  }
  for (const e of ['client', 'server'] as const) {
    const peer = peerOf(e);
    const fin = finAt[peer];
    const finAcked = fin !== null && maxAck[e] > fin ? 1 : 0;
    out[e] = Math.max(0, maxAck[e] - (synSeen[peer] ? 1 : 0) - finAcked);
  }
  return out;
}
