// NewReno (RFC 6582): Reno's fast recovery that stays in recovery through partial ACKs. In the
// rounds model (one loss per round) it behaves exactly like Reno.
import type { RoundsAlgorithm } from '../algorithm';
import { reno } from './reno';

/** NewReno. */
export const newreno: RoundsAlgorithm = { ...reno, id: 'newreno' };
