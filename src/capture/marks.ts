// Wireshark-style TCP analysis marks (tcp.analysis.*), one segment at a time, in capture order.
//
// This follows Wireshark's `tcp_analyze_sequence_number()` (epan/dissectors/packet-tcp.c) and the
// User's Guide, §7.5 "TCP Analysis" (https://www.wireshark.org/docs/wsug_html_chunked/
// ChAdvTCPAnalysis.html): the same per-direction state (next expected sequence number, last-seen
// ack, window, duplicate-ACK count, the list of unacknowledged segments), the same checks in the
// same order, on the raw (absolute, unscaled) header fields, with sequence comparisons modulo 2^32
// (RFC 9293 §3.4). As in Wireshark, 0 stands for "not set yet" in `nextseq`, `lastack` and
// `maxseqtobeacked`.
//
// Order of the checks (each may set a flag; later ones read the earlier ones):
//   zero-window probe → zero window → lost segment ("previous segment not captured") → keep-alive
//   → window update → keep-alive ACK → zero-window-probe ACK → duplicate ACK
//   → (data or SYN/FIN only) spurious retransmission → fast retransmission → out-of-order
//   → retransmission.
// Wireshark's spurious retransmissions (bytes already acknowledged) are also flagged
// tcp.analysis.retransmission by Wireshark; here they are marked 'retransmission'. A fast
// retransmission carries only 'fast-retransmission' (Wireshark adds both expert items).
import type { AnalysisMark, CaptureTcpFlag, TcpPacket } from './types';

/** Analysis flags (Wireshark's TCP_A_* bits, only those used here). */
export const A = {
  RETRANSMISSION: 0x0001,
  LOST_PACKET: 0x0002,
  KEEP_ALIVE: 0x0008,
  DUPLICATE_ACK: 0x0010,
  ZERO_WINDOW: 0x0020,
  ZERO_WINDOW_PROBE: 0x0040,
  ZERO_WINDOW_PROBE_ACK: 0x0080,
  KEEP_ALIVE_ACK: 0x0100,
  OUT_OF_ORDER: 0x0200,
  FAST_RETRANSMISSION: 0x0400,
  WINDOW_UPDATE: 0x0800,
  SPURIOUS_RETRANSMISSION: 0x4000,
} as const;

/** Wireshark: "Fast retransmission ... within 20 ms of the last duplicate ack" (in ms). */
const FAST_RETRANSMISSION_MS = 20;
/** Wireshark: out-of-order only when the segment comes within the handshake RTT, 3 ms when
 * unknown (in ms). */
const DEFAULT_OOO_THRESHOLD_MS = 3;
/** Wireshark's TCP_MAX_UNACKED_SEGMENTS: stop remembering unacked segments past this many. */
const MAX_UNACKED_SEGMENTS = 10000;
/** How far back the "already seen and waiting for an ACK" search looks among unacked segments
 * that start at or before the segment (overlapping repackaged segments are rare). */
const SEEN_LOOKBACK = 64;
const NO_SACK: [number, number][] = [];
/** The flags that become public marks. */
const MARKED =
  A.ZERO_WINDOW |
  A.LOST_PACKET |
  A.KEEP_ALIVE |
  A.WINDOW_UPDATE |
  A.DUPLICATE_ACK |
  A.FAST_RETRANSMISSION |
  A.RETRANSMISSION |
  A.SPURIOUS_RETRANSMISSION |
  A.OUT_OF_ORDER;

const TH_FIN = 0x01;
const TH_SYN = 0x02;
const TH_RST = 0x04;
const TH_PSH = 0x08;
const TH_ACK = 0x10;
const TH_URG = 0x20;
const TH_ECE = 0x40;
const TH_CWR = 0x80;

const FLAG_BITS: Record<CaptureTcpFlag, number> = {
  FIN: TH_FIN,
  SYN: TH_SYN,
  RST: TH_RST,
  PSH: TH_PSH,
  ACK: TH_ACK,
  URG: TH_URG,
  ECE: TH_ECE,
  CWR: TH_CWR,
};

/** The header flags as Wireshark's th_flags bits. */
export function flagBits(flags: readonly CaptureTcpFlag[]): number {
  let bits = 0;
  for (const f of flags) bits |= FLAG_BITS[f];
  return bits;
}
/** The header flag bits the analysis tests (as in `flagBits`). */
export const FLAG = { FIN: TH_FIN, SYN: TH_SYN, RST: TH_RST, ACK: TH_ACK } as const;

// Sequence space (RFC 9293 §3.4): a < b when the signed 32-bit difference b − a is positive.
const gt = (a: number, b: number): boolean => ((a - b) | 0) > 0;
const lt = (a: number, b: number): boolean => ((a - b) | 0) < 0;
const le = (a: number, b: number): boolean => ((a - b) | 0) <= 0;
const u32 = (x: number): number => x >>> 0;

/** A segment not yet acknowledged, in unwrapped sequence numbers (see `unwrap`). */
interface Unacked {
  s: number;
  e: number;
  frame: number;
}

/** Per-direction analysis state (Wireshark's tcp_flow_t + tcp_analyze_seq_flow_info_t). */
export interface FlowAnalysis {
  /** Highest sequence number seen + length (+1 for SYN/FIN); 0 = unset. Absolute. */
  nextseq: number;
  maxseqtobeacked: number;
  /** The ack field of the last segment sent in this direction (raw, even without ACK). */
  lastack: number;
  lastackTime: number;
  /** Length of the segment that last moved `nextseq` (0: a pure ACK). */
  lastacklen: number;
  /** Raw window of the last segment; −1 before any. */
  window: number;
  dupacknum: number;
  /** Frame of the last segment that changed the ack (the ACK the duplicates repeat). */
  lastnondupack: number;
  /** Analysis flags of the last segment. */
  lastFlags: number;
  /** SACK blocks of the last segment (RFC 2018), absolute. */
  sack: [number, number][];
  /** Unacknowledged segments sorted by start, live from index `head`. */
  unacked: Unacked[];
  head: number;
  // Unwrapping: absolute sequence numbers mapped to a monotone number line around `uRef`.
  uSet: boolean;
  uRef: number;
  uVal: number;
  /** Highest unwrapped end sent; first transmissions of bytes, in order (for `retransmits`). */
  high: number;
  txS: number[];
  txE: number[];
  txF: number[];
  /** Bytes first seen in a gap (out of order / after a loss), sorted by start. */
  gap: Unacked[];
}

/** Connection-level analysis state. */
export interface ConnAnalysis {
  /** Time of the most recent SYN (without ACK), null before any. */
  mruSyn: number | null;
  /** Wireshark's first RTT (SYN → first ACK without SYN), 0 while unknown. */
  firstRtt: number;
}

/** A fresh direction. */
export function newFlow(): FlowAnalysis {
  return {
    nextseq: 0,
    maxseqtobeacked: 0,
    lastack: 0,
    lastackTime: -Infinity,
    lastacklen: 0,
    window: -1,
    dupacknum: 0,
    lastnondupack: 0,
    lastFlags: 0,
    sack: [],
    unacked: [],
    head: 0,
    uSet: false,
    uRef: 0,
    uVal: 0,
    high: 0,
    txS: [],
    txE: [],
    txF: [],
    gap: [],
  };
}

/** A fresh connection. */
export function newConn(): ConnAnalysis {
  return { mruSyn: null, firstRtt: 0 };
}

/** Maps an absolute sequence number of `flow` onto its unwrapped number line (the nearest
 * representative of `x` mod 2^32 to the reference point). */
export function unwrap(flow: FlowAnalysis, x: number): number {
  if (!flow.uSet) {
    flow.uSet = true;
    flow.uRef = x;
    flow.uVal = 4294967296 + x;
  }
  return flow.uVal + ((x - flow.uRef) | 0);
}

/** What the analysis says about one segment (one shared object, valid until the next call). */
export interface SegmentMarks {
  /** Wireshark's flag bits (A.*), internal ones included. */
  bits: number;
  marks: AnalysisMark[];
  dupAck?: { n: number; of: number };
  retransmits?: number;
}

/** Restores `nextseq` for a retransmitted SYN on a known conversation (Wireshark, issue 17616). */
export function restoreForSynRetransmission(fwd: FlowAnalysis): void {
  fwd.nextseq = fwd.maxseqtobeacked;
}

/** Analyses one segment sent in direction `fwd` (the reverse direction is `rev`). Mutates both. */
export function analyzeSegment(
  conn: ConnAnalysis,
  fwd: FlowAnalysis,
  rev: FlowAnalysis,
  p: TcpPacket,
  flags: number,
): SegmentMarks {
  const seq = p.seq >>> 0;
  const ack = p.ack >>> 0;
  const seglen = p.len;
  const window = p.window;
  const now = p.t;
  const frame = p.frame;
  const sfr = (flags & (TH_SYN | TH_FIN | TH_RST)) !== 0;
  let ta = 0;
  let dupAck: { n: number; of: number } | undefined;

  analysis: {
    // ZERO WINDOW PROBE: one byte at the next expected sequence number into a zero window.
    if (seglen === 1 && seq === fwd.nextseq && rev.window === 0) {
      ta |= A.ZERO_WINDOW_PROBE;
      break analysis;
    }
    // ZERO WINDOW: window 0 and none of SYN/FIN/RST.
    if (window === 0 && !sfr) ta |= A.ZERO_WINDOW;
    // LOST PACKET ("previous segment not captured"): beyond the next expected seq; not for RST.
    if (fwd.nextseq !== 0 && gt(seq, fwd.nextseq) && (flags & TH_RST) === 0) ta |= A.LOST_PACKET;
    // KEEP ALIVE: 0 or 1 byte starting one byte before the next expected seq, not SYN/FIN/RST.
    if ((seglen === 0 || seglen === 1) && seq === u32(fwd.nextseq - 1) && !sfr) ta |= A.KEEP_ALIVE;
    // WINDOW UPDATE: no data, same seq/ack as before, a new non-zero window.
    if (
      seglen === 0 &&
      window !== 0 &&
      window !== fwd.window &&
      seq === fwd.nextseq &&
      ack === fwd.lastack &&
      !sfr
    ) {
      ta |= A.WINDOW_UPDATE;
    }
    // KEEP ALIVE ACK: repeats the previous ACK right after a keep-alive the other way.
    if (
      seglen === 0 &&
      window !== 0 &&
      window === fwd.window &&
      seq === fwd.nextseq &&
      ack === fwd.lastack &&
      (rev.lastFlags & A.KEEP_ALIVE) !== 0 &&
      !sfr
    ) {
      ta |= A.KEEP_ALIVE_ACK;
      break analysis;
    }
    // ZERO WINDOW PROBE ACK: repeats the zero window after a probe the other way.
    if (
      seglen === 0 &&
      window === 0 &&
      window === fwd.window &&
      seq === fwd.nextseq &&
      (ack === fwd.lastack || ack === u32(fwd.lastack + 1)) &&
      (rev.lastFlags & A.ZERO_WINDOW_PROBE) !== 0 &&
      !sfr
    ) {
      ta |= A.ZERO_WINDOW_PROBE_ACK;
      if (ack === u32(fwd.lastack + 1)) {
        rev.nextseq = ack;
        rev.maxseqtobeacked = ack;
      }
      break analysis;
    }
    // DUPLICATE ACK: no data, same window (non-zero), seq and ack as the previous segment.
    if (
      seglen === 0 &&
      window !== 0 &&
      window === fwd.window &&
      seq === fwd.nextseq &&
      ack === fwd.lastack &&
      !sfr
    ) {
      fwd.dupacknum++;
      ta |= A.DUPLICATE_ACK;
      dupAck = { n: fwd.dupacknum, of: fwd.lastnondupack };
    }
  }

  // finished_fwd: a new ack number resets the duplicate-ACK count.
  if (ack !== fwd.lastack) {
    fwd.lastnondupack = frame;
    fwd.dupacknum = 0;
  }

  // ACKED LOST PACKET (not a mark here): keep `maxseqtobeacked` of the other direction moving, and
  // a probe ACK that opens the window is a window update.
  if (rev.maxseqtobeacked !== 0 && gt(ack, rev.maxseqtobeacked) && (flags & TH_ACK) !== 0) {
    if (
      ack === u32(fwd.lastack + 1) &&
      seq === fwd.nextseq &&
      (rev.lastFlags & A.ZERO_WINDOW_PROBE) !== 0
    ) {
      rev.nextseq = ack;
      rev.maxseqtobeacked = ack;
      ta |= A.WINDOW_UPDATE;
    } else {
      rev.maxseqtobeacked = ack;
    }
  }

  // RETRANSMISSION / FAST RETRANSMISSION / OUT-OF-ORDER: data (or SYN/FIN) that does not advance
  // the sequence number. A keep-alive is never one of these.
  const useq = unwrap(fwd, seq);
  const ctl = flags & (TH_SYN | TH_FIN) ? 1 : 0;
  let seqNotAdvanced = fwd.nextseq !== 0 && lt(seq, fwd.nextseq);
  if (seglen > 0 || ctl) {
    check: {
      if (ta & A.KEEP_ALIVE) break check;
      // Longer than one byte, starting one before nextseq: new data after a window probe.
      if (seglen > 1 && u32(fwd.nextseq - 1) === seq) seqNotAdvanced = false;
      // SPURIOUS: every byte already acknowledged by the other side.
      if (seglen > 0 && rev.lastack !== 0 && le(u32(seq + seglen), rev.lastack)) {
        ta |= A.SPURIOUS_RETRANSMISSION;
        break check;
      }
      if (!seqNotAdvanced) break check;
      const t = now > rev.lastackTime ? now - rev.lastackTime : 0;
      // FAST RETRANSMISSION: ≥ 2 duplicate ACKs the other way, this seq is what they ask for,
      // within 20 ms of the last of them.
      if (t < FAST_RETRANSMISSION_MS && rev.dupacknum >= 2) {
        if (rev.lastack === seq) {
          ta |= A.FAST_RETRANSMISSION;
          break check;
        }
        // Not inside the SACK blocks last reported: the SACK sender's fast retransmission.
        if (rev.sack.length > 0) {
          const nextseq = u32(seq + seglen);
          let sacked = false;
          for (const [l, r] of rev.sack) {
            if (seq >= l && nextseq <= r) {
              sacked = true;
              break;
            }
          }
          if (!sacked) {
            ta |= A.FAST_RETRANSMISSION;
            break check;
          }
        }
      }
      // OUT-OF-ORDER: soon after the last segment the other way (within the handshake RTT, or
      // 3 ms), not already seen and waiting for an ACK.
      const thres = conn.firstRtt !== 0 ? conn.firstRtt : DEFAULT_OOO_THRESHOLD_MS;
      if (t < thres && !alreadySeen(fwd, useq, useq + seglen)) {
        if (fwd.nextseq !== u32(seq + seglen + ctl) || fwd.lastacklen === 0) {
          ta |= A.OUT_OF_ORDER;
          break check;
        }
      }
      ta |= A.RETRANSMISSION;
    }
  }

  // First transmissions of bytes, for `retransmits` (the frame that first carried them).
  const uend = useq + seglen + ctl;
  let retransmits: number | undefined;
  if (seglen > 0 || ctl) {
    if (ta & (A.RETRANSMISSION | A.FAST_RETRANSMISSION | A.SPURIOUS_RETRANSMISSION)) {
      retransmits = firstCarrier(fwd, useq);
    }
    if (fwd.txS.length === 0 || uend > fwd.high) {
      const from = fwd.txS.length === 0 ? useq : Math.max(fwd.high, useq);
      fwd.txS.push(from);
      fwd.txE.push(uend);
      fwd.txF.push(frame);
      fwd.high = uend;
    } else if (firstCarrier(fwd, useq) === undefined) {
      insertSorted(fwd.gap, { s: useq, e: uend, frame });
    }
  }

  // Remember the segment as unacknowledged.
  let nextseq = u32(seq + seglen);
  if ((seglen > 0 || ctl) && fwd.unacked.length - fwd.head < MAX_UNACKED_SEGMENTS) {
    if (ctl) nextseq = u32(nextseq + 1);
    insertSorted(fwd.unacked, { s: useq, e: uend, frame }, fwd.head);
  }
  if (fwd.nextseq === 0 || gt(nextseq, u32(fwd.nextseq + ctl))) fwd.lastacklen = seglen;
  if (gt(nextseq, fwd.nextseq) || fwd.nextseq === 0) {
    if (!(ta & A.ZERO_WINDOW_PROBE)) {
      fwd.nextseq = nextseq;
      fwd.uRef = nextseq;
      fwd.uVal = useq + ((nextseq - seq) >>> 0);
    }
  }
  if (seq === fwd.maxseqtobeacked || fwd.maxseqtobeacked === 0) {
    if (!(ta & A.ZERO_WINDOW_PROBE)) fwd.maxseqtobeacked = fwd.nextseq;
  }
  fwd.window = window;
  fwd.lastack = ack;
  fwd.lastackTime = now;
  fwd.lastFlags = ta;
  fwd.sack = p.options.sack ?? NO_SACK;

  // Drop the other direction's segments this acknowledges; trim partly acknowledged ones.
  if (rev.unacked.length > rev.head) pruneAcked(rev, unwrap(rev, ack));

  // The handshake RTT (Wireshark's first RTT): most recent SYN → first ACK without SYN.
  if ((flags & (TH_SYN | TH_ACK)) === TH_SYN) conn.mruSyn = now;
  else if ((flags & (TH_SYN | TH_ACK)) === TH_ACK && conn.mruSyn !== null && conn.firstRtt === 0) {
    conn.firstRtt = now - conn.mruSyn;
  }

  RESULT.bits = ta;
  RESULT.marks = marksOf(ta);
  RESULT.dupAck = dupAck;
  RESULT.retransmits = retransmits;
  return RESULT;
}

const RESULT: SegmentMarks = { bits: 0, marks: [] };
/** The marks of an unmarked segment: one shared, frozen empty list. */
export const NO_MARKS = Object.freeze([]) as unknown as AnalysisMark[];

/** The public marks for Wireshark's flags, in the order the checks run. */
export function marksOf(ta: number): AnalysisMark[] {
  if ((ta & MARKED) === 0) return NO_MARKS;
  const out: AnalysisMark[] = [];
  if (ta & A.ZERO_WINDOW) out.push('zero-window');
  if (ta & A.LOST_PACKET) out.push('lost-segment');
  if (ta & A.KEEP_ALIVE) out.push('keep-alive');
  if (ta & A.WINDOW_UPDATE) out.push('window-update');
  if (ta & A.DUPLICATE_ACK) out.push('dup-ack');
  if (ta & A.FAST_RETRANSMISSION) out.push('fast-retransmission');
  else if (ta & (A.RETRANSMISSION | A.SPURIOUS_RETRANSMISSION)) out.push('retransmission');
  if (ta & A.OUT_OF_ORDER) out.push('out-of-order');
  return out;
}

/** Whether [s, e) lies inside one segment still waiting for an ACK (Wireshark issues 13284,
 * 13843: then it can only be a retransmission). */
function alreadySeen(flow: FlowAnalysis, s: number, e: number): boolean {
  const list = flow.unacked;
  let i = lastStartAtOrBefore(list, flow.head, s);
  for (let n = 0; i >= flow.head && n < SEEN_LOOKBACK; i--, n++) {
    const u = list[i]!;
    if (u.e >= e) return true;
  }
  return false;
}

/** The frame that first carried the byte at unwrapped sequence number `u`, if captured. */
function firstCarrier(flow: FlowAnalysis, u: number): number | undefined {
  const s = flow.txS;
  let lo = 0;
  let hi = s.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid]! <= u) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found >= 0 && u < flow.txE[found]!) return flow.txF[found];
  const g = flow.gap;
  for (let i = lastStartAtOrBefore(g, 0, u), n = 0; i >= 0 && n < SEEN_LOOKBACK; i--, n++) {
    if (u < g[i]!.e) return g[i]!.frame;
  }
  return undefined;
}

/** Index of the last entry (from `from`) whose start is ≤ s, or from − 1. */
function lastStartAtOrBefore(list: Unacked[], from: number, s: number): number {
  let lo = from;
  let hi = list.length - 1;
  let found = from - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.s <= s) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Inserts keeping the list sorted by start (stable: after equal starts); O(1) when in order. */
function insertSorted(list: Unacked[], item: Unacked, from = 0): void {
  const last = list[list.length - 1];
  if (list.length <= from || (last !== undefined && last.s <= item.s)) {
    list.push(item);
    return;
  }
  list.splice(lastStartAtOrBefore(list, from, item.s) + 1, 0, item);
}

/** Wireshark's removal of acknowledged segments: an exact or older one goes, one the ack falls
 * inside is trimmed to start at the ack. Only entries starting before the ack are touched. */
function pruneAcked(flow: FlowAnalysis, uack: number): void {
  const list = flow.unacked;
  let i = flow.head;
  const kept: Unacked[] = [];
  while (i < list.length && list[i]!.s < uack) {
    const u = list[i]!;
    if (u.e > uack) {
      u.s = uack;
      kept.push(u);
    }
    i++;
  }
  for (let k = kept.length - 1; k >= 0; k--) list[--i] = kept[k]!;
  flow.head = i;
  if (flow.head > 1024 && flow.head * 2 > list.length) {
    flow.unacked = list.slice(flow.head);
    flow.head = 0;
  }
}
