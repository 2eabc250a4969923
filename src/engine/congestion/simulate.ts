// Runs a "congestion" scenario in the model it names.
import type { CongestionScenario } from '../../scenarios/congestionSchema';
import { simulateRounds } from './rounds';
import { simulateSegments } from './segments';
import type { CongestionSimTrace } from './trace';

/** Simulates a congestion scenario: the textbook rounds model or the per-ACK segments model. */
export function simulateCongestion(sc: CongestionScenario): CongestionSimTrace {
  return sc.model === 'segments' ? simulateSegments(sc) : simulateRounds(sc);
}
