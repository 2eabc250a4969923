// The "segments" model's geometry: segment size, rwnd in bytes, when the first data segment leaves
// and where each round begins. Apart from segments.ts so that the lab's panels and narration can
// use it without the TCP engine (which loads only when a "segments" scenario runs).
import type { CongestionScenario } from '../../scenarios/congestionSchema';

/** The MSS when the scenario gives none (Ethernet: 1500 − 40). */
export const DEFAULT_MSS = 1460;
/** The receive window field has 16 bits (no window scaling in this model). */
export const MAX_WINDOW_BYTES = 65_535;
const HEADER_BYTES = 40;

/** Segment size, rwnd in bytes, and when the first data segment leaves. */
export function segmentsGeometry(sc: CongestionScenario): {
  mss: number;
  rwndBytes: number;
  t0: number;
} {
  const mss = sc.mss ?? DEFAULT_MSS;
  const rwndBytes = Math.min(sc.rwnd * mss, MAX_WINDOW_BYTES);
  // SYN and SYN,ACK each cross the bottleneck once (serialization) and the path's delay once.
  const ser = sc.bandwidthBps ? (HEADER_BYTES * 8 * 1000) / sc.bandwidthBps : 0;
  return { mss, rwndBytes, t0: sc.rttMs + 2 * ser };
}

/** Where round `round` (from 1) begins: rounds are RTT-long intervals from the first data segment. */
export const roundStart = (t0: number, rttMs: number, round: number): number =>
  t0 + (round - 1) * rttMs;
