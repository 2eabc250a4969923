// One endpoint's effects: what each machine action does to the TCB and the wire (RFC 9293 §3.10).
// The RFC 6298 timer lives in rto.ts, the output routine (segmenting queued data) in output.ts.
import type { TcpAction } from '../../machines/tcp.machine';
import type { Outcome, TcpFlag } from '../trace';
import { seqAdd, seqDiff, seqLe, seqLt } from './seq';
import type { EndpointState, Sim, Tcb, WireSegment } from './types';
import { emit, queueTimer, transmit } from './wire';
import { armRto, cancelRto, rtoFrom, rttSample, startTiming } from './rto';
import { resendAt } from './output';
import { isDupAck, newCc, onDupAck, onNewAck, onRto, startGoBackN } from './congestion';

/** A fresh TCB for an endpoint that opens (or answers) with its ISN. */
export function newTcb(sim: Sim, e: EndpointState): Tcb {
  return {
    iss: e.isn,
    sndUna: e.isn,
    sndNxt: e.isn,
    sndWnd: 0,
    irs: 0,
    rcvNxt: 0,
    rcvWnd: sim.sc[e.name].window,
    dataSent: 0,
    finSent: false,
    finSeq: 0,
    ooo: [],
    ackPending: false,
    challenge: false,
    rtoMs: sim.sc.rtoInitialMs,
    srttMs: null,
    rttvarMs: 0,
    retries: 0,
    rtoDeadline: null,
    timing: null,
    synRetransmitted: false,
    timeWaitDeadline: null,
    cc: newCc(sim, e.isn),
  };
}

/** Context of an action: the segment being processed, if any. */
export interface ActionInput {
  seg?: WireSegment;
}

/** Carries out one machine action at endpoint `e`. */
export function runAction(sim: Sim, e: EndpointState, action: TcpAction, input: ActionInput): void {
  const seg = input.seg;
  switch (action) {
    case 'sendSyn': {
      const tcb = (e.tcb = newTcb(sim, e));
      tcb.sndNxt = seqAdd(tcb.iss, 1);
      sendCtl(sim, e, ['SYN'], tcb.iss, 0, 'syn', false);
      startTiming(sim, tcb, tcb.sndNxt);
      armRto(sim, e);
      return;
    }
    case 'recordIrs': {
      if (!e.tcb) e.tcb = newTcb(sim, e);
      e.tcb.irs = seg!.seq;
      e.tcb.rcvNxt = seqAdd(seg!.seq, 1);
      e.tcb.sndWnd = seg!.window;
      return;
    }
    case 'sendSynAck': {
      const tcb = e.tcb!;
      tcb.sndNxt = seqAdd(tcb.iss, 1);
      sendCtl(sim, e, ['SYN', 'ACK'], tcb.iss, tcb.rcvNxt, 'synAck', false);
      if (!tcb.timing) startTiming(sim, tcb, tcb.sndNxt);
      if (tcb.rtoDeadline === null) armRto(sim, e);
      return;
    }
    case 'resendSynAck': {
      // Linux answers a retransmitted SYN in SYN-RECEIVED by re-sending SYN,ACK and restarting the
      // timer (RFC 9293 §3.10.7.4 allows an ACK; a bare ACK would not help a peer in SYN-SENT).
      const tcb = e.tcb!;
      tcb.timing = null;
      tcb.synRetransmitted = true;
      sendCtl(sim, e, ['SYN', 'ACK'], tcb.iss, tcb.rcvNxt, 'retransmit', true);
      armRto(sim, e);
      return;
    }
    case 'sendAck':
      e.tcb!.ackPending = true;
      return;
    case 'sendChallengeAck':
      // RFC 5961: a plain ACK of what we expect, so a genuine peer can answer with a valid RST.
      e.tcb!.ackPending = true;
      e.tcb!.challenge = true;
      return;
    case 'sendFin':
      e.finQueued = true;
      return;
    case 'sendRst': {
      const tcb = e.tcb;
      if (tcb) sendCtl(sim, e, ['RST'], tcb.sndNxt, 0, 'rst', false);
      return;
    }
    case 'replyRst':
      // RFC 9293 §3.10.7: <SEQ=SEG.ACK><CTL=RST>
      transmit(sim, {
        from: e.name,
        flags: ['RST'],
        seq: seg!.ack,
        ack: 0,
        window: 0,
        len: 0,
        reason: 'rst',
        retransmission: false,
      });
      return;
    case 'replyRstAck': {
      // RFC 9293 §3.10.7.1: <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>, SYN and FIN count in SEG.LEN.
      const segLen =
        seg!.len + (seg!.flags.includes('SYN') ? 1 : 0) + (seg!.flags.includes('FIN') ? 1 : 0);
      transmit(sim, {
        from: e.name,
        flags: ['ACK', 'RST'],
        seq: 0,
        ack: seqAdd(seg!.seq, segLen),
        window: 0,
        len: 0,
        reason: 'rst',
        retransmission: false,
      });
      return;
    }
    // Without a segment (a queued FIN that became in-sequence) there is no ACK field or data.
    case 'processAck':
      if (seg) processAck(sim, e, seg);
      return;
    case 'acceptData':
      if (seg) acceptData(sim, e, seg);
      return;
    case 'consumeFin':
      e.tcb!.rcvNxt = seqAdd(e.tcb!.rcvNxt, 1);
      e.tcb!.ackPending = true;
      return;
    case 'retransmit':
      retransmitOldest(sim, e);
      return;
    case 'startTimeWait':
    case 'restartTimeWait': {
      const tcb = e.tcb!;
      if (tcb.rtoDeadline !== null) cancelRto(sim, e);
      const dur = 2 * sim.sc.mslMs;
      tcb.timeWaitDeadline = sim.now + dur;
      emit(sim, {
        kind: 'timer.set',
        endpoint: e.name,
        timer: 'timeWait',
        expiresAt: sim.now + dur,
        durationMs: dur,
      });
      queueTimer(sim, e.name, 'timeWait', sim.now + dur);
      return;
    }
    case 'clearTcb': {
      const tcb = e.tcb;
      if (tcb?.rtoDeadline != null) cancelRto(sim, e);
      e.tcb = null;
      return;
    }
    case 'endClosed':
    case 'endReset':
    case 'endRefused':
    case 'endFailed':
    case 'endAborted':
      end(sim, e, action);
      return;
  }
}

const OUTCOMES: Record<string, Outcome> = {
  endClosed: 'closed',
  endReset: 'reset',
  endRefused: 'refused',
  endFailed: 'failed',
  endAborted: 'aborted',
};

function end(sim: Sim, e: EndpointState, action: TcpAction): void {
  e.outcome = OUTCOMES[action];
  const ev = { kind: 'connection.ended' as const, endpoint: e.name, outcome: e.outcome! };
  emit(sim, e.outcome === 'failed' ? { ...ev, retries: sim.lastRetries } : ev);
}

function sendCtl(
  sim: Sim,
  e: EndpointState,
  flags: TcpFlag[],
  seq: number,
  ack: number,
  reason: 'syn' | 'synAck' | 'rst' | 'retransmit',
  retx: boolean,
): void {
  transmit(sim, {
    from: e.name,
    flags,
    seq,
    ack,
    window: e.tcb?.rcvWnd ?? sim.sc[e.name].window,
    len: 0,
    reason,
    retransmission: retx,
  });
}

/** RFC 9293 §3.10.7.4 fifth (ACK field) with RFC 6298 RTT sampling and timer management. */
function processAck(sim: Sim, e: EndpointState, seg: WireSegment): void {
  const tcb = e.tcb!;
  if (!seg.flags.includes('ACK')) return;
  const prevWnd = tcb.sndWnd;
  if (seqLe(tcb.sndUna, seg.ack)) tcb.sndWnd = seg.window;
  if (!(seqLt(tcb.sndUna, seg.ack) && seqLe(seg.ack, tcb.sndNxt))) {
    if (tcb.cc && tcb.sndUna !== tcb.iss && isDupAck(tcb, seg, prevWnd)) {
      onDupAck(sim, e, resendAt);
    }
    return;
  }
  const synAcked = tcb.sndUna === tcb.iss;
  const acked = seqDiff(tcb.sndUna, seg.ack);
  tcb.sndUna = seg.ack;
  tcb.retries = 0;
  if (tcb.timing && seqLe(tcb.timing.endSeq, seg.ack)) {
    rttSample(sim, e, sim.now - tcb.timing.sentAt);
    tcb.timing = null;
  } else if (synAcked && tcb.synRetransmitted && tcb.srttMs === null) {
    // RFC 6298 §5.7: the SYN was retransmitted and no sample was taken: RTO := 3 s for data.
    tcb.rtoMs = Math.max(tcb.rtoMs, 3000);
  } else if (tcb.srttMs !== null) {
    tcb.rtoMs = rtoFrom(sim, tcb.srttMs, tcb.rttvarMs); // §5.5 backoff ends on new data acked
  }
  if (tcb.cc && !synAcked) onNewAck(sim, e, acked, resendAt);
  if (tcb.sndUna === tcb.sndNxt) {
    if (tcb.rtoDeadline !== null) cancelRto(sim, e);
  } else armRto(sim, e);
}

/** §3.10.7.4 seventh: in-order data goes to the application; later data waits in `ooo`. */
function acceptData(sim: Sim, e: EndpointState, seg: WireSegment): void {
  const tcb = e.tcb!;
  const fin = seg.flags.includes('FIN');
  if (seg.len === 0 && !fin) return;
  tcb.ackPending = true;
  const segEnd = seqAdd(seg.seq, seg.len);
  if (seqLt(tcb.rcvNxt, seg.seq)) {
    // Beyond a gap: keep it (a FIN too) until the gap is filled; the ACK we owe is a duplicate.
    tcb.ooo.push({ seq: seg.seq, len: seg.len, fin });
    return;
  }
  if (seqLe(segEnd, tcb.rcvNxt)) return;
  deliver(sim, e, seqDiff(tcb.rcvNxt, segEnd));
  drainOoo(sim, e);
}

function deliver(sim: Sim, e: EndpointState, bytes: number): void {
  const tcb = e.tcb!;
  tcb.rcvNxt = seqAdd(tcb.rcvNxt, bytes);
  e.delivered += bytes;
  emit(sim, { kind: 'data.delivered', endpoint: e.name, bytes, total: e.delivered });
}

/** Moves queued out-of-order data that the gap-filling segment made contiguous. */
function drainOoo(sim: Sim, e: EndpointState): void {
  const tcb = e.tcb!;
  let progress = true;
  while (progress && tcb.ooo.length) {
    progress = false;
    for (let i = 0; i < tcb.ooo.length; i++) {
      const q = tcb.ooo[i]!;
      if (seqLt(tcb.rcvNxt, q.seq)) continue;
      tcb.ooo.splice(i, 1);
      const end = seqAdd(q.seq, q.len);
      if (seqLt(tcb.rcvNxt, end)) deliver(sim, e, seqDiff(tcb.rcvNxt, end));
      if (q.fin && tcb.rcvNxt === end) sim.pendingFin[e.name] = true;
      progress = true;
      break;
    }
  }
}

/** RFC 6298 §5.4–5.6: back off, re-send the oldest unacknowledged segment, restart the timer. */
function retransmitOldest(sim: Sim, e: EndpointState): void {
  const tcb = e.tcb!;
  const cc = tcb.cc && tcb.sndUna !== tcb.iss;
  sim.lastRtoAt[e.name] = sim.now;
  if (cc) onRto(sim, e); // RFC 5681 §3.1 (4): before the retry count moves
  tcb.retries++;
  tcb.rtoMs = Math.min(sim.sc.rtoMaxMs, tcb.rtoMs * 2);
  tcb.timing = null; // Karn's algorithm
  if (tcb.sndUna === tcb.iss) {
    tcb.synRetransmitted = true;
    if (e.state === 'SYN-SENT') sendCtl(sim, e, ['SYN'], tcb.iss, 0, 'retransmit', true);
    else sendCtl(sim, e, ['SYN', 'ACK'], tcb.iss, tcb.rcvNxt, 'retransmit', true);
  } else {
    const covered = resendAt(sim, e, tcb.sndUna);
    // With congestion control, go back N from there as cwnd opens (RFC 5681 §3.1 after (4)).
    if (cc) startGoBackN(tcb, seqAdd(tcb.sndUna, covered));
  }
  armRto(sim, e);
}
