// Output of one endpoint (RFC 9293 §3.10.2, §3.8.6): queued data cut into MSS segments within the
// peer's window, then the FIN once the data is out, or an ACK that is owed.
import type { Endpoint, TcpFlag } from '../trace';
import { seqAdd, seqDiff } from './seq';
import type { EndpointState, Sim } from './types';
import { transmit } from './wire';
import { armRto, startTiming } from './rto';
import { goBackN, sendWindow } from './congestion';

/** Whether a stream offset ends an application write (PSH goes on that segment). */
export function isWriteEnd(e: EndpointState, offset: number): boolean {
  const w = e.writeEnds;
  let lo = 0;
  let hi = w.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = w[mid]!;
    if (v === offset) return true;
    if (v < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

// After CLOSE, queued data still goes out before the FIN (RFC 9293 §3.10.4), also in CLOSING.
const CAN_SEND_DATA = new Set(['ESTABLISHED', 'CLOSE-WAIT', 'FIN-WAIT-1', 'CLOSING', 'LAST-ACK']);

/** Sends what the endpoint can now: queued data (by MSS, within the peer's window), FIN, or an owed ACK. */
export function output(sim: Sim, e: EndpointState): void {
  const tcb = e.tcb;
  if (!tcb) return;
  const name: Endpoint = e.name;
  // Go-back-N after an RTO (congestion control only): re-send before sending anything new.
  if (tcb.cc?.rtxNxt != null && CAN_SEND_DATA.has(e.state)) goBackN(sim, e, resendAt);
  if (CAN_SEND_DATA.has(e.state) && !tcb.finSent && tcb.sndUna !== tcb.iss && !tcb.cc?.rtxNxt) {
    const mss = sim.sc.mss;
    // Within the peer's window, and with congestion control also within cwnd (RFC 5681 §3.1).
    const wnd = tcb.cc ? sendWindow(tcb) : tcb.sndWnd;
    for (;;) {
      const queued = e.written - tcb.dataSent;
      if (queued <= 0) break;
      const inflight = seqDiff(tcb.sndUna, tcb.sndNxt);
      const room = wnd - inflight;
      const len = Math.min(mss, queued, room);
      // Sender-side silly window avoidance (RFC 9293 §3.8.6.2.1): no tiny segments while data is in flight.
      if (len <= 0 || (len < Math.min(mss, queued) && inflight > 0)) break;
      const end = tcb.dataSent + len;
      const flags: TcpFlag[] = isWriteEnd(e, end) ? ['ACK', 'PSH'] : ['ACK'];
      const seq = tcb.sndNxt;
      tcb.dataSent = end;
      tcb.sndNxt = seqAdd(seq, len);
      transmit(
        sim,
        {
          from: name,
          flags,
          seq,
          ack: tcb.rcvNxt,
          window: tcb.rcvWnd,
          len,
          reason: 'data',
          retransmission: false,
        },
        true,
      );
      tcb.ackPending = false;
      if (!tcb.timing) startTiming(sim, tcb, tcb.sndNxt);
      if (tcb.rtoDeadline === null) armRto(sim, e);
    }
  }
  if (
    e.finQueued &&
    !tcb.finSent &&
    tcb.cc?.rtxNxt == null &&
    e.written === tcb.dataSent &&
    (e.state === 'FIN-WAIT-1' || e.state === 'CLOSING' || e.state === 'LAST-ACK')
  ) {
    tcb.finSent = true;
    tcb.finSeq = tcb.sndNxt;
    tcb.sndNxt = seqAdd(tcb.sndNxt, 1);
    transmit(
      sim,
      {
        from: name,
        flags: ['ACK', 'FIN'],
        seq: tcb.finSeq,
        ack: tcb.rcvNxt,
        window: tcb.rcvWnd,
        len: 0,
        reason: 'fin',
        retransmission: false,
      },
      true,
    );
    tcb.ackPending = false;
    if (!tcb.timing) startTiming(sim, tcb, tcb.sndNxt);
    if (tcb.rtoDeadline === null) armRto(sim, e);
  }
  if (tcb.ackPending) {
    const reason = tcb.challenge ? 'challengeAck' : 'ack';
    tcb.ackPending = false;
    tcb.challenge = false;
    transmit(
      sim,
      {
        from: name,
        flags: ['ACK'],
        seq: tcb.sndNxt,
        ack: tcb.rcvNxt,
        window: tcb.rcvWnd,
        len: 0,
        reason,
        retransmission: false,
      },
      true,
    );
  }
}

const dataBase = (iss: number): number => seqAdd(iss, 1);

/**
 * Re-sends the segment that starts at `seq` (up to one MSS of data, or the FIN) and returns the
 * sequence space it covers (0 if nothing is there). Used by the RTO and by fast retransmit.
 */
export function resendAt(sim: Sim, e: EndpointState, seq: number): number {
  const tcb = e.tcb!;
  const off = seqDiff(dataBase(tcb.iss), seq);
  if (off >= 0 && off < tcb.dataSent) {
    const len = Math.min(sim.sc.mss, tcb.dataSent - off);
    const flags: TcpFlag[] = isWriteEnd(e, off + len) ? ['ACK', 'PSH'] : ['ACK'];
    transmit(sim, {
      from: e.name,
      flags,
      seq,
      ack: tcb.rcvNxt,
      window: tcb.rcvWnd,
      len,
      reason: 'retransmit',
      retransmission: true,
    });
    tcb.ackPending = false;
    return len;
  }
  if (tcb.finSent && seq === tcb.finSeq) {
    transmit(sim, {
      from: e.name,
      flags: ['ACK', 'FIN'],
      seq: tcb.finSeq,
      ack: tcb.rcvNxt,
      window: tcb.rcvWnd,
      len: 0,
      reason: 'retransmit',
      retransmission: true,
    });
    tcb.ackPending = false;
    return 1;
  }
  return 0;
}
