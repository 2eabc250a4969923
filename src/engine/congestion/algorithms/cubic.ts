// CUBIC (RFC 9438) in the rounds model: after a reduction the window follows
// W_cubic(t) = C·(t − K)³ + W_max, t counted in rounds × RTT from the start of the epoch, never
// below the Reno-friendly estimate W_est; slow start is Reno's.
import { slowStartGrowth, type RoundsAlgorithm, type RoundsState } from '../algorithm';

/** RFC 9438 §4.6 multiplicative decrease factor and §5 constant C. */
export const BETA_CUBIC = 0.7;
export const C_CUBIC = 0.4;
/** §4.3: α_cubic = 3(1 − β)/(1 + β), the Reno-friendly additive increase per RTT. */
const ALPHA_CUBIC = (3 * (1 - BETA_CUBIC)) / (1 + BETA_CUBIC);

/** Rounded to 1/1000 segment, so traces stay short and identical everywhere. */
const r3 = (x: number): number => Math.round(x * 1000) / 1000;

/** §4.2: K = ∛((W_max − cwnd_epoch) / C), 0 when the epoch starts at or above W_max. */
export function cubicK(wMax: number, cwndEpoch: number): number {
  return wMax > cwndEpoch ? Math.cbrt((wMax - cwndEpoch) / C_CUBIC) : 0;
}

/** §4.2: W_cubic(t). */
export function wCubic(t: number, wMax: number, k: number): number {
  return C_CUBIC * (t - k) ** 3 + wMax;
}

/** §4.6–4.7: W_max with fast convergence, ssthresh = max(β·cwnd, 2). */
function reduce(s: RoundsState) {
  const wMax = s.wMax !== null && s.cwnd < s.wMax ? (s.cwnd * (1 + BETA_CUBIC)) / 2 : s.cwnd;
  return { wMax: r3(wMax), ssthresh: r3(Math.max(s.cwnd * BETA_CUBIC, 2)) };
}

/** CUBIC. */
export const cubic: RoundsAlgorithm = {
  id: 'cubic',
  fastRecovery: true,
  grow(s, ctx) {
    if (s.phase === 'slowStart') return { cwnd: slowStartGrowth(s) };
    // The epoch begins with the first round after a reduction (or after slow start).
    const epochRound = s.epochRound ?? ctx.round;
    const cwndEpoch = s.epochRound === null ? s.cwnd : s.cwndEpoch;
    const wMax = s.wMax !== null && s.wMax > cwndEpoch ? s.wMax : cwndEpoch;
    const k = cubicK(wMax, cwndEpoch);
    const t = (ctx.round + 1 - epochRound) * ctx.rttS;
    // §4.4: the target is clamped to [cwnd, 1.5·cwnd]; §4.3: never below W_est.
    const target = Math.min(Math.max(wCubic(t, wMax, k), s.cwnd), 1.5 * s.cwnd);
    const wEst = (s.epochRound === null ? s.cwnd : s.wEst) + ALPHA_CUBIC;
    return { cwnd: r3(Math.max(target, wEst)), wEst: r3(wEst), epochRound, cwndEpoch, wMax };
  },
  onTripleDupAck(s) {
    const { wMax, ssthresh } = reduce(s);
    return { wMax, ssthresh, cwnd: ssthresh };
  },
  // §4.8: on a timeout CUBIC follows Reno (cwnd = 1) but sets ssthresh with β_cubic; the first
  // congestion avoidance after it starts with K = 0 and W_max = the window it starts from.
  onTimeout(s) {
    const { ssthresh } = reduce(s);
    return { wMax: null, ssthresh, cwnd: 1 };
  },
};
