// Reno (RFC 5681): halve on three duplicate ACKs and recover fast; slow start after a timeout.
import { halve, slowStartGrowth, type RoundsAlgorithm } from '../algorithm';

/** Reno; NewReno differs only when several segments of one window are lost (segments model). */
export const reno: RoundsAlgorithm = {
  id: 'reno',
  fastRecovery: true,
  // §3.1: slow start doubles per round up to ssthresh; congestion avoidance adds one segment per
  // round; the round after fast recovery continues linearly from the recovery window.
  grow: (s) => ({ cwnd: s.phase === 'slowStart' ? slowStartGrowth(s) : s.cwnd + 1 }),
  // §3.2 steps 2–3: ssthresh = max(FlightSize/2, 2); cwnd = ssthresh + 3 (the three segments that
  // left the network); some courses use cwnd = ssthresh (`inflation: false`).
  onTripleDupAck: (s, ctx) => {
    const ssthresh = halve(s.cwnd);
    return { ssthresh, cwnd: ctx.inflation ? ssthresh + 3 : ssthresh };
  },
  // §3.1 eq. (4) and "cwnd to no more than the loss window, LW, which equals 1 full-sized segment".
  onTimeout: (s) => ({ ssthresh: halve(s.cwnd), cwnd: 1 }),
};
