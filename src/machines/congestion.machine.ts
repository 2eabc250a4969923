// The congestion-control phases of RFC 5681 / RFC 6582 / RFC 9438: slow start, congestion
// avoidance, fast recovery. Like the TCP machine it holds only the phase; the algorithm modules
// compute cwnd and ssthresh, the engine feeds the machine facts and records its transitions.
import { setup } from 'xstate';

/** The phases, named as the issue tracker and textbooks name them. */
export type CongestionPhase = 'slowStart' | 'congestionAvoidance' | 'fastRecovery';
export const CONGESTION_PHASES: readonly CongestionPhase[] = [
  'slowStart',
  'congestionAvoidance',
  'fastRecovery',
];

export type CongestionEvent =
  /** New data acknowledged (a round completed without loss, in the rounds model). */
  | { type: 'ack.new'; cwndAtLeastSsthresh: boolean }
  /** The third duplicate ACK: fast retransmit. `fastRecovery` is false for Tahoe. */
  | { type: 'ack.dup3'; fastRecovery: boolean }
  /** The retransmission timer expired. */
  | { type: 'timer.rto' };

/** The phase machine; transitions depend only on the event's facts. */
export const congestionMachine = setup({
  types: { events: {} as CongestionEvent },
  guards: {
    /** RFC 5681 §3.1: congestion avoidance once cwnd ≥ ssthresh (equal: either, we choose CA). */
    reachedSsthresh: ({ event }) => event.type === 'ack.new' && event.cwndAtLeastSsthresh,
    /** RFC 5681 §3.2 / RFC 6582: Reno and NewReno enter fast recovery; Tahoe does not. */
    withFastRecovery: ({ event }) => event.type === 'ack.dup3' && event.fastRecovery,
  },
}).createMachine({
  id: 'congestion',
  initial: 'slowStart',
  states: {
    slowStart: {
      on: {
        'ack.new': { guard: 'reachedSsthresh', target: 'congestionAvoidance' },
        'ack.dup3': [
          { guard: 'withFastRecovery', target: 'fastRecovery' },
          { target: 'slowStart', reenter: true },
        ],
        'timer.rto': { target: 'slowStart', reenter: true },
      },
    },
    congestionAvoidance: {
      on: {
        'ack.dup3': [
          { guard: 'withFastRecovery', target: 'fastRecovery' },
          { target: 'slowStart' },
        ],
        'timer.rto': { target: 'slowStart' },
      },
    },
    fastRecovery: {
      on: {
        // RFC 5681 §3.2 step 6 / RFC 6582: the ACK of new data (full ACK) ends recovery.
        'ack.new': { target: 'congestionAvoidance' },
        'timer.rto': { target: 'slowStart' },
      },
    },
  },
});
