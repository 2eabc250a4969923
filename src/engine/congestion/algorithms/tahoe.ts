// Tahoe: any loss, three duplicate ACKs included, restarts slow start from cwnd = 1.
import type { RoundsAlgorithm } from '../algorithm';
import { reno } from './reno';

/** Tahoe: like Reno without fast recovery. */
export const tahoe: RoundsAlgorithm = {
  ...reno,
  id: 'tahoe',
  fastRecovery: false,
  // Fast retransmit, then slow start: ssthresh = max(cwnd/2, 2), cwnd = 1.
  onTripleDupAck: (s, ctx) => reno.onTimeout(s, ctx),
};
