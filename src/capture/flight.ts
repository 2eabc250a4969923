// One direction of a captured TCP conversation as a time/sequence (Stevens / tcptrace) graph
// needs it: the data segments the sender sent (a bar seq..seq+len at its time, retransmissions
// flagged from the analysis marks), the other side's ACK line and receive-window line (ack + win),
// its SACK blocks, and the bytes in flight — highest byte sent + 1 − highest ACK received — after
// every segment. Bytes in flight estimate cwnd as seen from the capture point: they are bounded by
// the receive window and by what the application writes, and equal cwnd only when the capture is
// made at the sender and the sender is cwnd-limited. Pure, O(segments), computed once per
// conversation and direction; everything is plain JSON data.
import type { CongestionCaptureTrace } from '../engine/congestion/trace';
import { TRACE_VERSION, type Endpoint } from '../engine/trace';
import type { Conversation, ConversationSegment } from './types';

/** What a data segment is: new bytes, or bytes sent before (after a timeout, or a fast
 * retransmission after three duplicate ACKs), as the conversation's analysis marks say. */
export type FlightDataKind = 'new' | 'retransmission' | 'fast-retransmission';

/** One data segment of the sender: the vertical bar seq..end at t. */
export interface FlightSegment {
  /** The player's step that shows it: its index in `conversation.segments` + 1. */
  step: number;
  frame: number;
  /** ms since the file's first frame. */
  t: number;
  /** Relative sequence number of its first byte (unwrapped: keeps growing past 2^32). */
  seq: number;
  /** seq + len: one past its last byte. */
  end: number;
  kind: FlightDataKind;
  /** For a retransmission: the frame that first carried these bytes, when the analysis knows. */
  retransmits?: number;
  /** Bytes in flight right after it was sent. */
  flight: number;
}

/** One ACK of the receiver: a vertex of the ACK line (ack) and of the window line (ack + win). */
export interface FlightAck {
  step: number;
  frame: number;
  t: number;
  /** Relative acknowledgment number (in the sender's sequence space), unwrapped. */
  ack: number;
  /** Advertised window in bytes (scaled as the conversation says). */
  win: number;
  /** Marked as a duplicate ACK: #n of the ACK in frame `of`. */
  dup?: { n: number; of: number };
}

/** A SACK block the receiver reported (RFC 2018): bytes [left, right) it holds above the ACK. */
export interface FlightSack {
  step: number;
  t: number;
  /** Relative, unwrapped; right is one past the last byte held. */
  left: number;
  right: number;
}

/** Totals of one direction. */
export interface FlightCounts {
  /** Data segments (keep-alives left out). */
  dataSegments: number;
  /** Payload bytes sent, retransmissions included. */
  dataBytes: number;
  /** Segments marked as retransmissions, fast retransmissions included. */
  retransmissions: number;
  fastRetransmissions: number;
  /** The receiver's ACKs marked as duplicates. */
  dupAcks: number;
  sackBlocks: number;
  /** The largest bytes in flight after a data segment, and when (ms); 0 and null without data. */
  maxFlight: number;
  maxFlightT: number | null;
}

/** The time/sequence series of one direction of a conversation. */
export interface Flight {
  /** The side whose data is drawn, and the side that acknowledges it. */
  sender: Endpoint;
  receiver: Endpoint;
  /** In capture order (= step order). */
  segments: FlightSegment[];
  acks: FlightAck[];
  sacks: FlightSack[];
  /** Bytes in flight after each step (index = step; 0 at step 0 and until data is sent). */
  inFlight: number[];
  counts: FlightCounts;
}

const SPACE = 2 ** 32;
const HALF = 2 ** 31;

/** The number ≡ `v` (mod 2^32) closest to `ref`: relative numbers keep growing past 2^32. */
export function unwrap(v: number, ref: number): number {
  const base = ref - (((ref % SPACE) + SPACE) % SPACE);
  let x = base + (((v % SPACE) + SPACE) % SPACE);
  if (x - ref > HALF) x -= SPACE;
  else if (ref - x > HALF) x += SPACE;
  return x;
}

/** The other endpoint. */
export const peerOf = (ep: Endpoint): Endpoint => (ep === 'client' ? 'server' : 'client');

/** The side that sent more payload (the bulk sender); the client on a tie. */
export function bulkSender(conv: Conversation): Endpoint {
  return conv.payloadBytes.server > conv.payloadBytes.client ? 'server' : 'client';
}

/** What a data segment is, from its analysis marks (a fast retransmission first). */
function kindOf(seg: ConversationSegment): FlightDataKind {
  if (seg.analysis.includes('fast-retransmission')) return 'fast-retransmission';
  if (seg.analysis.includes('retransmission')) return 'retransmission';
  return 'new';
}

/** Does the segment carry data to draw? (A keep-alive's one garbage byte is not data.) */
const isData = (seg: ConversationSegment): boolean =>
  seg.len > 0 && !seg.analysis.includes('keep-alive');

/** The series of the data `sender` sent in `conv`, and the other side's ACKs of it. */
export function computeFlight(conv: Conversation, sender: Endpoint): Flight {
  const receiver = peerOf(sender);
  const segments: FlightSegment[] = [];
  const acks: FlightAck[] = [];
  const sacks: FlightSack[] = [];
  const inFlight: number[] = new Array<number>(conv.segments.length + 1);
  inFlight[0] = 0;
  const counts: FlightCounts = {
    dataSegments: 0,
    dataBytes: 0,
    retransmissions: 0,
    fastRetransmissions: 0,
    dupAcks: 0,
    sackBlocks: 0,
    maxFlight: 0,
    maxFlightT: null,
  };
  /** Where unwrapping of the sender's numbers starts from: the last number seen in its space. */
  let ref = 0;
  /** One past the highest byte sent so far (null before any data). */
  let highEnd: number | null = null;
  /** The highest ACK received so far (null before any). */
  let highAck: number | null = null;
  /** The first data byte seen, for a capture whose data starts before any ACK. */
  let lowSeq = 0;
  /** Bytes in flight now: what the ACKs have not covered yet. */
  const flightNow = (): number =>
    highEnd === null ? 0 : Math.max(0, highEnd - (highAck ?? lowSeq));

  conv.segments.forEach((seg, i) => {
    const step = i + 1;
    if (seg.from === sender) {
      const seq = unwrap(seg.seq, ref);
      if (isData(seg)) {
        const end = seq + seg.len;
        ref = seq;
        if (highEnd === null) lowSeq = seq;
        if (highEnd === null || end > highEnd) highEnd = end;
        const kind = kindOf(seg);
        const flight = flightNow();
        const fs: FlightSegment = { step, frame: seg.frame, t: seg.t, seq, end, kind, flight };
        if (kind !== 'new' && seg.retransmits !== undefined) fs.retransmits = seg.retransmits;
        segments.push(fs);
        counts.dataSegments++;
        counts.dataBytes += seg.len;
        if (kind !== 'new') counts.retransmissions++;
        if (kind === 'fast-retransmission') counts.fastRetransmissions++;
        if (flight > counts.maxFlight) {
          counts.maxFlight = flight;
          counts.maxFlightT = seg.t;
        }
      }
    } else if (seg.flags.includes('ACK')) {
      const ack = unwrap(seg.ack, highAck ?? highEnd ?? ref);
      if (highAck === null || ack > highAck) highAck = ack;
      const a: FlightAck = { step, frame: seg.frame, t: seg.t, ack, win: seg.win };
      if (seg.analysis.includes('dup-ack')) {
        counts.dupAcks++;
        if (seg.dupAck) a.dup = { n: seg.dupAck.n, of: seg.dupAck.of };
      }
      acks.push(a);
      for (const [l, r] of seg.options?.sack ?? []) {
        // SACK blocks are absolute: relative to the sender's ISN, then unwrapped near the ACK.
        const left = unwrap(l - conv.isn[sender], ack);
        const right = unwrap(r - conv.isn[sender], left);
        sacks.push({ step, t: seg.t, left, right });
        counts.sackBlocks++;
      }
    }
    inFlight[step] = flightNow();
  });
  return { sender, receiver, segments, acks, sacks, inFlight, counts };
}

/** Index of the first item whose `key` is ≥ `v` in `items` sorted by key (items.length if none). */
export function lowerBound<T>(items: readonly T[], v: number, key: (x: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(items[mid]!) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last item whose step is ≤ `step` (items sorted by step), or undefined. */
export function atOrBeforeStep<T extends { step: number }>(
  items: readonly T[],
  step: number,
): T | undefined {
  return items[lowerBound(items, step + 1, (x) => x.step) - 1];
}

/** The item at exactly `step`, or undefined. */
export function atStep<T extends { step: number }>(
  items: readonly T[],
  step: number,
): T | undefined {
  const x = items[lowerBound(items, step, (y) => y.step)];
  return x && x.step === step ? x : undefined;
}

/** The congestion view's trace of `conv`: one step per segment, the series of `sender`'s data. */
export function captureFlightTrace(
  conv: Conversation,
  sender: Endpoint = bulkSender(conv),
): CongestionCaptureTrace {
  return {
    version: TRACE_VERSION,
    kind: 'congestion',
    model: 'capture',
    steps: conv.segments.length,
    events: conv.segments.map((seg, i) => ({
      id: `ev-${i + 1}`,
      step: i + 1,
      t: seg.t,
      frame: seg.frame,
    })),
    conversation: conv,
    sender,
    flight: computeFlight(conv, sender),
  };
}

/** The same conversation with the other direction's series (the steps and events are kept). */
export function withSender(
  trace: CongestionCaptureTrace,
  sender: Endpoint,
): CongestionCaptureTrace {
  if (trace.sender === sender) return trace;
  return { ...trace, sender, flight: computeFlight(trace.conversation, sender) };
}
