// Opt-in congestion control of the "segments" model: Tahoe, Reno (RFC 5681), NewReno (RFC 6582)
// and CUBIC (RFC 9438, with NewReno's loss recovery). cwnd and ssthresh are kept in bytes; the phase comes from the XState congestion machine, run
// through its pure `transition()` and memoized like the TCP machine driver.
import { transition } from 'xstate';
import {
  CONGESTION_PHASES,
  congestionMachine,
  type CongestionEvent,
  type CongestionPhase,
} from '../../machines/congestion.machine';
import type { CcCause } from '../trace';
import { seqAdd, seqDiff, seqLe, seqLt } from './seq';
import type { EndpointState, Sim, Tcb, WireSegment } from './types';
import { emit } from './wire';

/** Congestion state of one sender (RFC 5681 §3, RFC 6582 §3.2). */
export interface CcState {
  cwnd: number;
  ssthresh: number;
  phase: CongestionPhase;
  /** Consecutive duplicate ACKs (RFC 5681 §2). */
  dupAcks: number;
  /** NewReno's `recover` (RFC 6582 §3.2): SND.NXT when recovery (or the last RTO) began. */
  recover: number;
  /**
   * Go-back-N after an RTO (and after a Tahoe fast retransmit): the next sequence number to
   * re-send; SND.NXT is left alone (so the FIN bookkeeping is untouched). Null when not resending.
   */
  rtxNxt: number | null;
  /** CUBIC only (RFC 9438 §4): the state of the current congestion-avoidance epoch. */
  cubic: CubicState | null;
}

/** RFC 9438 §4.1–4.3 variables, windows in segments, times in ms. */
export interface CubicState {
  /** W_max: the window before the last reduction (null after a timeout: §4.8). */
  wMax: number | null;
  /** When the current congestion-avoidance epoch began (null: not in one yet). */
  epochStart: number | null;
  cwndEpoch: number;
  /** K in seconds. */
  k: number;
  /** The Reno-friendly estimate W_est. */
  wEst: number;
}

/** A fresh congestion state (RFC 5681 §3.1: IW and an arbitrarily high initial ssthresh). */
export function newCc(sim: Sim, iss: number): CcState | null {
  const c = sim.sc.congestion;
  if (!c) return null;
  return {
    cwnd: c.initialCwnd * sim.sc.mss,
    ssthresh: c.initialSsthresh * sim.sc.mss,
    phase: 'slowStart',
    dupAcks: 0,
    recover: iss,
    rtxNxt: null,
    cubic:
      c.algorithm === 'cubic'
        ? { wMax: null, epochStart: null, cwndEpoch: 0, k: 0, wEst: 0 }
        : null,
  };
}

const memo = new Map<number, CongestionPhase>();
const EVENT_CODE: Record<CongestionEvent['type'], number> = {
  'ack.new': 0,
  'ack.dup3': 1,
  'timer.rto': 2,
};

/** The congestion machine's next phase (memoized: the answer depends only on discrete facts). */
export function nextPhase(phase: CongestionPhase, event: CongestionEvent): CongestionPhase {
  const flag =
    event.type === 'ack.new'
      ? event.cwndAtLeastSsthresh
      : event.type === 'ack.dup3'
        ? event.fastRecovery
        : false;
  const key = CONGESTION_PHASES.indexOf(phase) * 8 + EVENT_CODE[event.type] * 2 + (flag ? 1 : 0);
  let next = memo.get(key);
  if (next === undefined) {
    const [snap] = transition(
      congestionMachine,
      congestionMachine.resolveState({ value: phase }),
      event,
    );
    next = snap.value as CongestionPhase;
    memo.set(key, next);
  }
  return next;
}

/** NewReno and CUBIC stay in fast recovery through partial ACKs (RFC 6582; RFC 9438 §4.6 asks for it). */
const newRenoRecovery = (algo: string): boolean => algo === 'newreno' || algo === 'cubic';

/** RFC 9438 §4.6 β_cubic, §5 C, §4.3 α_cubic = 3(1 − β)/(1 + β). */
const BETA_CUBIC = 0.7;
const C_CUBIC = 0.4;
const ALPHA_CUBIC = (3 * (1 - BETA_CUBIC)) / (1 + BETA_CUBIC);

/**
 * RFC 9438 §4.6–4.7 on a congestion event: W_max (with fast convergence) and the new ssthresh,
 * max(cwnd·β_cubic, 2·SMSS). Ends the current epoch.
 */
function cubicReduce(cc: CcState, mss: number): number {
  const cu = cc.cubic!;
  const w = cc.cwnd / mss;
  cu.wMax = cu.wMax !== null && w < cu.wMax ? (w * (1 + BETA_CUBIC)) / 2 : w;
  cu.epochStart = null;
  return Math.max(Math.floor(cc.cwnd * BETA_CUBIC), 2 * mss);
}

/**
 * RFC 9438 §4.2–4.4 congestion avoidance, per ACK: the target W_cubic(t + RTT), clamped to
 * [cwnd, 1.5·cwnd], is approached by (target − cwnd)/cwnd per segment acked; the Reno-friendly
 * W_est grows by α_cubic per window acked, and cwnd never stays below it.
 */
function cubicAvoid(sim: Sim, tcb: Tcb, cc: CcState, acked: number): void {
  const mss = sim.sc.mss;
  const cu = cc.cubic!;
  const w = cc.cwnd / mss;
  if (cu.epochStart === null) {
    cu.epochStart = sim.now;
    cu.cwndEpoch = w;
    if (cu.wMax === null || cu.wMax < w) cu.wMax = w; // §4.8 after a timeout, or above the old W_max
    cu.k = Math.cbrt((cu.wMax - w) / C_CUBIC);
    cu.wEst = w;
  }
  const rttS = (tcb.srttMs ?? sim.sc.rttMs) / 1000;
  const t = (sim.now - cu.epochStart) / 1000;
  const segs = acked / mss;
  cu.wEst += (ALPHA_CUBIC * segs) / w;
  const wCubic = (x: number) => C_CUBIC * (x - cu.k) ** 3 + cu.wMax!;
  let next: number;
  if (wCubic(t) < cu.wEst) {
    next = cu.wEst; // §4.3 Reno-friendly region
  } else {
    const target = Math.min(Math.max(wCubic(t + rttS), w), 1.5 * w);
    next = w + ((target - w) / w) * segs;
  }
  cc.cwnd = Math.max(cc.cwnd, next * mss);
}

/** FlightSize (RFC 5681 §2): data sent but not yet acknowledged. */
const flightSize = (tcb: Tcb): number => seqDiff(tcb.sndUna, tcb.sndNxt);
/** RFC 5681 (4): ssthresh = max(FlightSize / 2, 2·SMSS). */
const halved = (tcb: Tcb, mss: number): number =>
  Math.max(Math.floor(flightSize(tcb) / 2), 2 * mss);

function changed(sim: Sim, e: EndpointState, cc: CcState, cause: CcCause): void {
  emit(sim, {
    kind: 'cc.changed',
    endpoint: e.name,
    // CUBIC grows by fractions of a byte per ACK; the trace keeps whole bytes.
    cwndBytes: Math.round(cc.cwnd),
    ssthreshBytes: Math.round(cc.ssthresh),
    phase: cc.phase,
    cause,
    ...(cc.cubic?.wMax != null ? { wMaxBytes: Math.round(cc.cubic.wMax * sim.sc.mss) } : {}),
  });
}

/** RFC 5681 §2 DUPLICATE ACKNOWLEDGMENT: all five conditions. */
export function isDupAck(tcb: Tcb, seg: WireSegment, prevWnd: number): boolean {
  return (
    seg.ack === tcb.sndUna &&
    seg.len === 0 &&
    !seg.flags.includes('SYN') &&
    !seg.flags.includes('FIN') &&
    seg.window === prevWnd &&
    tcb.sndNxt !== tcb.sndUna
  );
}

/** Re-sends the segment at `seq` (data, or the FIN); returns the sequence space it covers. */
export type Resend = (sim: Sim, e: EndpointState, seq: number) => number;

/** A duplicate ACK arrived (RFC 5681 §3.2 steps 1–4, RFC 6582 §3.2 step 1). */
export function onDupAck(sim: Sim, e: EndpointState, resend: Resend): void {
  const tcb = e.tcb!;
  const cc = tcb.cc!;
  const mss = sim.sc.mss;
  const algo = sim.sc.congestion!.algorithm;
  if (cc.phase === 'fastRecovery') {
    // §3.2 step 4: each further duplicate ACK means a segment left the network: inflate cwnd.
    cc.cwnd += mss;
    changed(sim, e, cc, 'dupAck');
    return;
  }
  cc.dupAcks++;
  if (cc.dupAcks !== 3) return; // RFC 5681 §3.2 step 1: the first two only count (no limited transmit)
  // RFC 6582 §3.2 step 1: no new recovery unless the ACK covers more than `recover`.
  if (newRenoRecovery(algo) && !seqLt(cc.recover, tcb.sndUna) && cc.recover !== tcb.iss) return;
  cc.ssthresh = cc.cubic ? cubicReduce(cc, mss) : halved(tcb, mss);
  cc.recover = tcb.sndNxt;
  const fastRecovery = algo !== 'tahoe';
  cc.phase = nextPhase(cc.phase, { type: 'ack.dup3', fastRecovery });
  // §3.2 step 3: Reno/NewReno inflate by the three segments that left; Tahoe restarts at 1 MSS.
  cc.cwnd = fastRecovery ? cc.ssthresh + 3 * mss : mss;
  changed(sim, e, cc, 'tripleDupAck');
  tcb.timing = null; // Karn
  const covered = resend(sim, e, tcb.sndUna); // RFC 5681 §3.2 step 3: fast retransmit
  // Tahoe (4.3BSD) goes back N from the lost segment as cwnd opens again.
  if (!fastRecovery) startGoBackN(tcb, seqAdd(tcb.sndUna, covered));
}

/** New data acknowledged (`acked` bytes), after SND.UNA moved (RFC 5681 §3.1, §3.2 step 6). */
export function onNewAck(sim: Sim, e: EndpointState, acked: number, resend: Resend): void {
  const tcb = e.tcb!;
  const cc = tcb.cc!;
  const mss = sim.sc.mss;
  cc.dupAcks = 0;
  if (cc.rtxNxt !== null && seqLt(cc.rtxNxt, tcb.sndUna)) cc.rtxNxt = tcb.sndUna;
  if (cc.rtxNxt !== null && !seqLt(cc.rtxNxt, tcb.sndNxt)) cc.rtxNxt = null;
  if (cc.phase === 'fastRecovery') {
    const algo = sim.sc.congestion!.algorithm;
    if (newRenoRecovery(algo) && seqLt(tcb.sndUna, cc.recover)) {
      // RFC 6582 §3.2, partial acknowledgment: re-send the next hole, deflate by the amount acked,
      // add back one SMSS if at least one SMSS was acked, and stay in fast recovery.
      tcb.timing = null;
      resend(sim, e, tcb.sndUna);
      cc.cwnd = Math.max(mss, cc.cwnd - acked + (acked >= mss ? mss : 0));
      changed(sim, e, cc, 'partialAck');
      return;
    }
    // Reno: any new ACK ends recovery (RFC 5681 §3.2 step 6). NewReno: the full ACK ends it,
    // RFC 6582 §3.2, full acknowledgment, option (2): cwnd = ssthresh (the machine then says congestion
    // avoidance, which option (1)'s possibly smaller cwnd would contradict).
    cc.cwnd = cc.ssthresh;
    cc.phase = nextPhase(cc.phase, { type: 'ack.new', cwndAtLeastSsthresh: true });
    changed(sim, e, cc, newRenoRecovery(algo) ? 'fullAck' : 'newAck');
    return;
  }
  if (cc.phase === 'slowStart') {
    cc.cwnd += Math.min(acked, mss); // RFC 5681 §3.1 (2), appropriate byte counting with L = 1
  } else if (cc.cubic) {
    cubicAvoid(sim, tcb, cc, acked);
  } else {
    cc.cwnd += Math.max(1, Math.floor((mss * mss) / cc.cwnd)); // RFC 5681 §3.1 (3)
  }
  cc.phase = nextPhase(cc.phase, { type: 'ack.new', cwndAtLeastSsthresh: cc.cwnd >= cc.ssthresh });
  changed(sim, e, cc, 'newAck');
}

/**
 * The retransmission timer expired (RFC 5681 §3.1 (4) and the paragraph after it, RFC 6582 §3.2
 * "retransmit timeouts": `recover`), called before the oldest segment is re-sent; only once data is in play.
 */
export function onRto(sim: Sim, e: EndpointState): void {
  const tcb = e.tcb!;
  const cc = tcb.cc!;
  const mss = sim.sc.mss;
  // Only the first timeout of a segment halves (RFC 5681 (4): later ones keep ssthresh).
  // CUBIC (RFC 9438 §4.8): ssthresh with β_cubic; the next epoch starts with K = 0 and W_max = cwnd.
  if (tcb.retries === 0) cc.ssthresh = cc.cubic ? cubicReduce(cc, mss) : halved(tcb, mss);
  if (cc.cubic) cc.cubic.wMax = null;
  cc.cwnd = mss;
  cc.dupAcks = 0;
  cc.recover = tcb.sndNxt;
  cc.phase = nextPhase(cc.phase, { type: 'timer.rto' });
  changed(sim, e, cc, 'timeout');
}

/** After the oldest segment was re-sent by the RTO: go back N from what it covered. */
export function startGoBackN(tcb: Tcb, from: number): void {
  tcb.cc!.rtxNxt = seqLt(from, tcb.sndNxt) ? from : null;
}

/** How many bytes the sender may have in flight: min(cwnd, peer window) (RFC 5681 §3.1). */
export function sendWindow(tcb: Tcb): number {
  return tcb.cc ? Math.min(tcb.cc.cwnd, tcb.sndWnd) : tcb.sndWnd;
}

/** Go-back-N output: re-sends from rtxNxt while the segments re-sent so far fit the window. */
export function goBackN(sim: Sim, e: EndpointState, resend: Resend): void {
  const tcb = e.tcb!;
  const cc = tcb.cc!;
  const wnd = sendWindow(tcb);
  while (cc.rtxNxt !== null) {
    const pipe = seqDiff(tcb.sndUna, cc.rtxNxt);
    // Like the RTO's own re-send, one segment may always go when nothing re-sent is in flight.
    if (pipe > 0 && pipe + Math.min(sim.sc.mss, seqDiff(cc.rtxNxt, tcb.sndNxt)) > wnd) return;
    const covered = resend(sim, e, cc.rtxNxt);
    if (covered <= 0) {
      cc.rtxNxt = null;
      return;
    }
    const next = seqAdd(cc.rtxNxt, covered);
    cc.rtxNxt = seqLe(tcb.sndNxt, next) ? null : next;
  }
}
