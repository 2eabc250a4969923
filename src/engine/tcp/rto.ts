// The RFC 6298 retransmission timer of one endpoint: arming, cancelling, RTT samples and the RTO.
import type { EndpointState, Sim, Tcb } from './types';
import { emit, queueTimer } from './wire';

/** Starts timing a segment for an RTT sample (one at a time, RFC 6298 §3). */
export function startTiming(sim: Sim, tcb: Tcb, endSeq: number): void {
  tcb.timing = { endSeq, sentAt: sim.now };
}

/** (Re)starts the retransmission timer with the current RTO (RFC 6298 §5.1, §5.3). */
export function armRto(sim: Sim, e: EndpointState): void {
  const tcb = e.tcb!;
  tcb.rtoDeadline = sim.now + tcb.rtoMs;
  emit(sim, {
    kind: 'timer.set',
    endpoint: e.name,
    timer: 'rto',
    expiresAt: tcb.rtoDeadline,
    durationMs: tcb.rtoMs,
    retries: tcb.retries,
  });
  queueTimer(sim, e.name, 'rto', tcb.rtoDeadline);
}

/** Stops the retransmission timer. */
export function cancelRto(sim: Sim, e: EndpointState): void {
  e.tcb!.rtoDeadline = null;
  emit(sim, { kind: 'timer.cancelled', endpoint: e.name, timer: 'rto' });
}

/** RFC 6298 §2.3–2.4: RTO = SRTT + max(G, 4·RTTVAR), clamped to [rtoMinMs, rtoMaxMs]. */
export function rtoFrom(sim: Sim, srtt: number, rttvar: number): number {
  const G = 1; // clock granularity in ms of our virtual clock
  return Math.min(sim.sc.rtoMaxMs, Math.max(sim.sc.rtoMinMs, srtt + Math.max(G, 4 * rttvar)));
}

/** RFC 6298 §2.2/§2.3: SRTT/RTTVAR update with α = 1/8, β = 1/4. */
export function rttSample(sim: Sim, e: EndpointState, r: number): void {
  const tcb = e.tcb!;
  if (tcb.srttMs === null) {
    tcb.srttMs = r;
    tcb.rttvarMs = r / 2;
  } else {
    tcb.rttvarMs = 0.75 * tcb.rttvarMs + 0.25 * Math.abs(tcb.srttMs - r);
    tcb.srttMs = 0.875 * tcb.srttMs + 0.125 * r;
  }
  tcb.rtoMs = rtoFrom(sim, tcb.srttMs, tcb.rttvarMs);
  emit(sim, {
    kind: 'rtt.sample',
    endpoint: e.name,
    sampleMs: r,
    srttMs: tcb.srttMs,
    rttvarMs: tcb.rttvarMs,
    rtoMs: tcb.rtoMs,
  });
}
