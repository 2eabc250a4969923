// One interface for congestion-control algorithms in the rounds model: each algorithm is a small
// module (tahoe, reno, newreno, cubic), so a new one (e.g. BBR) is one more file.
import type { CongestionPhase } from '../../machines/congestion.machine';

/** Sender state between rounds, in segments (cwnd may be fractional for CUBIC). */
export interface RoundsState {
  cwnd: number;
  ssthresh: number;
  phase: CongestionPhase;
  /** CUBIC: window before the last reduction (W_max) and the epoch it started. */
  wMax: number | null;
  epochRound: number | null;
  cwndEpoch: number;
  /** CUBIC: the Reno-friendly estimate W_est (RFC 9438 §4.3). */
  wEst: number;
}

/** Options every algorithm may use. */
export interface RoundsContext {
  /** Round-trip time in seconds (CUBIC's clock). */
  rttS: number;
  /** Reno/NewReno: cwnd = ssthresh + 3 after a triple duplicate ACK (false: cwnd = ssthresh). */
  inflation: boolean;
  /** The round that just ended (1-based). */
  round: number;
}

/** The window after a congestion event, and whether the next round is in fast recovery. */
export interface Reduction {
  cwnd: number;
  ssthresh: number;
  wMax?: number | null;
}

export interface RoundsAlgorithm {
  id: AlgorithmId;
  /** Whether a triple duplicate ACK leads to fast recovery (Reno family) or slow start (Tahoe). */
  fastRecovery: boolean;
  /** cwnd for the next round when the round ended without loss, in the phase it ended in. */
  grow(s: RoundsState, ctx: RoundsContext): Partial<RoundsState>;
  /** Three duplicate ACKs at the end of the round. */
  onTripleDupAck(s: RoundsState, ctx: RoundsContext): Reduction;
  /** Retransmission timeout at the end of the round. */
  onTimeout(s: RoundsState, ctx: RoundsContext): Reduction;
}

export type AlgorithmId = 'tahoe' | 'reno' | 'newreno' | 'cubic';
export const ALGORITHM_IDS: readonly AlgorithmId[] = ['tahoe', 'reno', 'newreno', 'cubic'];

/** RFC 5681 eq. (4) in segments: ssthresh = max(FlightSize / 2, 2), with FlightSize = cwnd. */
export const halve = (cwnd: number): number => Math.max(Math.floor(cwnd / 2), 2);

/** Slow start in rounds: doubling, never past ssthresh (RFC 5681 §3.1 as textbooks draw it). */
export const slowStartGrowth = (s: RoundsState): number => Math.min(2 * s.cwnd, s.ssthresh);
