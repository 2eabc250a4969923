// TCP packets → conversations, in one pass over the capture (linear; no per-packet copying).
//
// Conversations are keyed by the 4-tuple in either direction and split like Wireshark's tcp.stream
// (dissect_tcp in epan/dissectors/packet-tcp.c): a SYN (without ACK) or a SYN,ACK whose sender has
// already been seen on the tuple starts a new conversation when its sequence number differs from
// that side's ISN, or when the previous conversation saw a RST or a FIN,ACK (port reuse); a SYN
// with the same ISN and no close is a retransmission.
//
// Relative numbers follow Wireshark's convention (packet-tcp.c, "tcp_relative_seq"): a side's ISN
// is its SYN's sequence number, so the SYN is 0 and the first data byte 1. Without a SYN, the ISN is
// the first sequence number seen − 1 (or the other side's first ack − 1, whichever comes first), so
// data still starts at 1 mid-connection. Relative values are taken mod 2^32 (RFC 9293 §3.4: they
// survive wrap-around). The ack is relative to the receiver's ISN, and 0 without the ACK flag.
//
// Roles: the client is the sender of the first SYN without ACK; without one, the receiver of the
// first SYN,ACK (its SYN was not captured); without either, the first sender, and the conversation
// is `midConnection`: a capture that starts mid-connection, where both endpoints are taken to be
// ESTABLISHED from the start (states.ts) since nothing says otherwise.
//
// Windows (RFC 7323 §2.2, §2.3): a segment's window field is shifted by its sender's scale only
// when both SYNs carried the window scale option (shift capped at 14); SYN segments are never
// scaled; without a seen handshake the window is shown unscaled.
import {
  flagBits,
  FLAG,
  analyzeSegment,
  newConn,
  newFlow,
  restoreForSynRetransmission,
  unwrap,
} from './marks';
import type { ConnAnalysis, FlowAnalysis } from './marks';
import { inferStates } from './states';
import { newTlsSession, TlsStream, type TlsSession } from './tls';
import { parseHttpLine } from './http';
import type {
  Address,
  Conversation,
  ConversationCounts,
  ConversationSegment,
  TcpOptions,
  TcpPacket,
} from './types';
import type { Endpoint } from '../engine/trace';

/** One conversation while it is being built; directions are 0 (its first sender) and 1. */
interface Builder {
  index: number;
  addr: [Address, Address];
  flows: [FlowAnalysis, FlowAnalysis];
  conn: ConnAnalysis;
  base: [number, number];
  baseSet: [boolean, boolean];
  /** The window scale option of each side's first SYN: undefined = no SYN, null = no option. */
  synWs: [number | null | undefined, number | null | undefined];
  firstSynDir: number;
  firstSynAckDir: number;
  /** Wireshark's conversation completeness bits that matter for splitting. */
  sawFin: boolean;
  sawRst: boolean;
  segs: ConversationSegment[];
  dirs: number[];
  /** Each segment's flags as bits (marks.ts FLAG). */
  bits: number[];
  payload: [number, number];
  bytes: number;
  ipVersion: 4 | 6;
  // Handshake RTT: the last SYN's time per side, the SYN,ACK's end (seq + 1) per side.
  synT: [number | null, number | null];
  synAckEnd: [number | null, number | null];
  rtt: number | null;
  // TLS / HTTP per direction.
  tlsSession: TlsSession;
  tls: [TlsStream | null, TlsStream | null];
  counts: ConversationCounts;
}

/** Endpoint → its key text; readers share endpoint objects between packets, so this rarely
 * builds a string. */
const keys = new WeakMap<Address, string>();
function sideKey(a: Address): string {
  let k = keys.get(a);
  if (k === undefined) keys.set(a, (k = a.ip + ']' + a.port));
  return k;
}

function hasOptions(o: TcpOptions): boolean {
  return (
    o.mss !== undefined ||
    o.wscale !== undefined ||
    o.sackPermitted !== undefined ||
    o.sack !== undefined ||
    o.timestamp !== undefined
  );
}

function newBuilder(index: number, p: TcpPacket): Builder {
  return {
    index,
    addr: [p.src, p.dst],
    flows: [newFlow(), newFlow()],
    conn: newConn(),
    base: [0, 0],
    baseSet: [false, false],
    synWs: [undefined, undefined],
    firstSynDir: -1,
    firstSynAckDir: -1,
    sawFin: false,
    sawRst: false,
    segs: [],
    dirs: [],
    bits: [],
    payload: [0, 0],
    bytes: 0,
    ipVersion: p.ipVersion,
    synT: [null, null],
    synAckEnd: [null, null],
    rtt: null,
    tlsSession: newTlsSession(),
    tls: [null, null],
    counts: emptyCounts(),
  };
}

/** Groups packets (in capture order) into conversations with Wireshark-style numbers and marks,
 * inferred states, TLS records and HTTP lines. */
export function buildConversations(packets: readonly TcpPacket[]): Conversation[] {
  const byKey = new Map<string, Builder>();
  const all: Builder[] = [];
  let lastSrc: Address | null = null;
  let lastDst: Address | null = null;
  let lastKey = '';
  for (const p of packets) {
    // Consecutive packets of one conversation usually share their endpoint objects.
    let key = lastKey;
    if (!((p.src === lastSrc && p.dst === lastDst) || (p.src === lastDst && p.dst === lastSrc))) {
      const a = sideKey(p.src);
      const b = sideKey(p.dst);
      key = a < b ? a + '|' + b : b + '|' + a;
      lastSrc = p.src;
      lastDst = p.dst;
      lastKey = key;
    }
    const flags = flagBits(p.flags);
    let conv = byKey.get(key);
    if (conv !== undefined && flags & FLAG.SYN) {
      const dir = dirOf(conv, p);
      if (conv.baseSet[dir]) {
        if (p.seq >>> 0 !== conv.base[dir] || conv.sawFin || conv.sawRst) conv = undefined;
        else if (!(flags & FLAG.ACK)) restoreForSynRetransmission(conv.flows[dir]);
      }
    }
    if (conv === undefined) {
      conv = newBuilder(all.length, p);
      all.push(conv);
      byKey.set(key, conv);
    }
    add(conv, p, flags);
  }
  return all.map(finish);
}

function dirOf(b: Builder, p: TcpPacket): 0 | 1 {
  const s = b.addr[0];
  return p.src.port === s.port && p.src.ip === s.ip ? 0 : 1;
}

function add(b: Builder, p: TcpPacket, flags: number): void {
  const dir = dirOf(b, p);
  const other = dir === 0 ? 1 : 0;
  const syn = (flags & FLAG.SYN) !== 0;
  const hasAck = (flags & FLAG.ACK) !== 0;
  if (!b.baseSet[dir]) {
    b.base[dir] = syn ? p.seq >>> 0 : (p.seq - 1) >>> 0;
    b.baseSet[dir] = true;
  }
  if (!b.baseSet[other] && hasAck) {
    b.base[other] = (p.ack - 1) >>> 0;
    b.baseSet[other] = true;
  }

  const m = analyzeSegment(b.conn, b.flows[dir], b.flows[other], p, flags);
  if ((flags & (FLAG.FIN | FLAG.ACK)) === (FLAG.FIN | FLAG.ACK)) b.sawFin = true;
  if (flags & FLAG.RST) b.sawRst = true;

  if (syn) {
    if (b.synWs[dir] === undefined) b.synWs[dir] = p.options.wscale ?? null;
    if (!hasAck) {
      if (b.firstSynDir < 0) b.firstSynDir = dir;
      b.synT[dir] = p.t;
    } else {
      if (b.firstSynAckDir < 0) b.firstSynAckDir = dir;
      if (b.synAckEnd[dir] === null) b.synAckEnd[dir] = (p.seq + 1) >>> 0;
    }
  } else if (hasAck && !(flags & FLAG.RST) && b.rtt === null) {
    // RTT seen at the capture point: the SYN → the ACK of the peer's SYN,ACK.
    const synT = b.synT[dir];
    if (synT !== null && b.synAckEnd[other] === p.ack >>> 0) b.rtt = p.t - synT;
  }

  const seg: ConversationSegment = {
    frame: p.frame,
    t: p.t,
    from: 'client',
    flags: p.flags,
    seq: (p.seq - b.base[dir]) >>> 0,
    ack: hasAck ? (p.ack - b.base[other]) >>> 0 : 0,
    len: p.len,
    win: p.window,
    analysis: m.marks,
  };
  if (m.dupAck) seg.dupAck = m.dupAck;
  if (m.retransmits !== undefined) seg.retransmits = m.retransmits;
  if (hasOptions(p.options)) seg.options = p.options;
  b.segs.push(seg);
  b.dirs.push(dir);
  b.bits.push(flags);
  b.bytes += p.frameLen;
  b.payload[dir] += p.len;
  if (m.marks.length > 0) count(b.counts, m.marks);

  if (p.len > 0 && p.payload.length > 0) payloadOf(b, dir, seg, p, m.marks);
}

function count(c: ConversationCounts, marks: readonly string[]): void {
  for (const mark of marks) {
    if (mark === 'retransmission') c.retransmissions++;
    else if (mark === 'fast-retransmission') c.fastRetransmissions++;
    else if (mark === 'dup-ack') c.dupAcks++;
    else if (mark === 'zero-window') c.zeroWindows++;
    else if (mark === 'window-update') c.windowUpdates++;
    else if (mark === 'out-of-order') c.outOfOrder++;
    else if (mark === 'lost-segment') c.lostSegments++;
    else if (mark === 'keep-alive') c.keepAlives++;
  }
}

/** TLS records (the direction's reassembled stream) or an HTTP/1.x line (a segment that starts a
 * message; retransmitted bytes are not read twice). */
function payloadOf(
  b: Builder,
  dir: 0 | 1,
  seg: ConversationSegment,
  p: TcpPacket,
  marks: readonly string[],
): void {
  const flow = b.flows[dir];
  let tls = b.tls[dir];
  if (tls === null) {
    // The stream starts right after the SYN when this side's SYN was seen.
    const start = b.synWs[dir] !== undefined ? unwrap(flow, (b.base[dir] + 1) >>> 0) : undefined;
    tls = b.tls[dir] = new TlsStream(b.tlsSession, start);
  }
  if (tls.active) {
    const syn = p.flags.includes('SYN') ? 1 : 0;
    tls.push(seg, unwrap(flow, (p.seq + syn) >>> 0), p.payload, p.len);
    if (tls.active) return;
  }
  if (marks.includes('retransmission') || marks.includes('fast-retransmission')) return;
  const http = parseHttpLine(p.payload);
  if (http) seg.http = http;
}

function finish(b: Builder): Conversation {
  const clientDir =
    b.firstSynDir >= 0 ? b.firstSynDir : b.firstSynAckDir >= 0 ? 1 - b.firstSynAckDir : 0;
  const serverDir = 1 - clientDir;
  const midConnection = b.firstSynDir < 0 && b.firstSynAckDir < 0;
  const names: [Endpoint, Endpoint] = clientDir === 0 ? ['client', 'server'] : ['server', 'client'];
  const ws0 = b.synWs[0];
  const ws1 = b.synWs[1];
  const scaled = typeof ws0 === 'number' && typeof ws1 === 'number';
  const shift: [number, number] = scaled ? [Math.min(14, ws0), Math.min(14, ws1)] : [0, 0];
  const mult: [number, number] = [2 ** shift[0], 2 ** shift[1]];
  const segs = b.segs;
  let lastT = -Infinity;
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i]!;
    const d = b.dirs[i]!;
    s.from = names[d]!;
    if (scaled && !(b.bits[i]! & FLAG.SYN)) s.win *= mult[d]!;
    if (s.t > lastT) lastT = s.t;
  }
  const states = inferStates(segs, midConnection, b.bits);
  const first = segs[0]!;
  return {
    id: `conv-${b.index + 1}`,
    ipVersion: b.ipVersion,
    client: { ...b.addr[clientDir]! },
    server: { ...b.addr[serverDir]! },
    midConnection,
    packets: segs.length,
    bytes: b.bytes,
    payloadBytes: { client: b.payload[clientDir]!, server: b.payload[serverDir]! },
    startMs: first.t,
    durationMs: Math.max(0, lastT - first.t),
    firstFlags: first.flags,
    isn: { client: b.base[clientDir]!, server: b.base[serverDir]! },
    wscale: {
      client: scaled ? shift[clientDir]! : null,
      server: scaled ? shift[serverDir]! : null,
    },
    handshakeRttMs: b.rtt,
    segments: segs,
    stateChanges: states.stateChanges,
    initialStates: states.initialStates,
    finalStates: states.finalStates,
    counts: b.counts,
  };
}

/** Counts of a conversation with no analysis mark yet. */
export function emptyCounts(): ConversationCounts {
  return {
    retransmissions: 0,
    fastRetransmissions: 0,
    dupAcks: 0,
    zeroWindows: 0,
    windowUpdates: 0,
    outOfOrder: 0,
    lostSegments: 0,
    keepAlives: 0,
  };
}
