// Scenario files of kind "congestion": the congestion-control lab. Model "rounds" is the textbook
// model (one step per RTT, windows in segments); model "segments" runs a real per-ACK TCP sender
// through the engine over a bottleneck link (bytes, MSS, drop-tail queue, RTO, rwnd).
import '../zodSetup';
import * as z from 'zod/mini';
import { scenarioMetaFields } from './common';
import { ALGORITHM_IDS } from '../engine/congestion/algorithm';

const int = (min: number, max: number, what: string) =>
  z
    .int({ error: 'must be a whole number' })
    .check(
      z.minimum(min, { error: `must be ≥ ${min}` }),
      z.maximum(max, { error: `must be ≤ ${max} (${what})` }),
    );
const algorithm = z.enum(ALGORITHM_IDS as ['tahoe', 'reno', 'newreno', 'cubic'], {
  error: 'must be one of "tahoe", "reno", "newreno", "cubic"',
});

/** A loss the sender detects at the end of `round`. */
export const lossSchema = z.strictObject({
  round: int(1, 100_000, 'round'),
  type: z.enum(['tripleDupAck', 'timeout'], { error: 'must be "tripleDupAck" or "timeout"' }),
});

export const congestionScenarioSchema = z
  .strictObject({
    kind: z.literal('congestion', { error: 'kind must be "congestion"' }),
    ...scenarioMetaFields,
    seed: z._default(int(0, 2 ** 32 - 1, 'seed'), 1),
    algorithm: z._default(algorithm, 'reno'),
    /** Other algorithms to draw on the same losses (compare mode). */
    compare: z._default(z.array(algorithm).check(z.maxLength(3)), []),
    model: z._default(
      z.enum(['rounds', 'segments'], { error: 'must be "rounds" or "segments"' }),
      'rounds',
    ),
    /** Rounds simulated; in the "segments" model: the run lasts this many RTTs of sending. */
    rounds: z._default(int(1, 10_000, 'rounds'), 20),
    initialCwnd: z._default(int(1, 1_000_000, 'segments'), 1),
    initialSsthresh: z._default(int(2, 1_000_000, 'segments'), 8),
    /** Receiver window in segments: the sender sends min(cwnd, rwnd) per round. */
    rwnd: z._default(int(1, 1_000_000, 'segments'), 1_000_000),
    /** Reno/NewReno: cwnd = ssthresh + 3 after three duplicate ACKs (false: cwnd = ssthresh). */
    inflation: z._default(z.boolean({ error: 'must be true or false' }), true),
    /** Round-trip time (ms): CUBIC's clock in the rounds model. */
    rttMs: z._default(
      z
        .number({ error: 'must be a number' })
        .check(z.minimum(1, { error: 'must be ≥ 1 ms' }), z.maximum(60_000)),
      100,
    ),
    losses: z._default(z.array(lossSchema).check(z.maxLength(10_000)), []),
    // The "segments" model only (ignored by "rounds"):
    /** Maximum segment size in bytes (default 1460). */
    mss: z.optional(int(1, 65_495, 'MSS in bytes')),
    /** Bottleneck link rate; omitted = no bottleneck (losses only where placed). */
    bandwidthBps: z.optional(
      z
        .number({ error: 'must be a number' })
        .check(
          z.minimum(1000, { error: 'must be ≥ 1000 bit/s' }),
          z.maximum(1e12, { error: 'must be ≤ 1e12 bit/s' }),
        ),
    ),
    /** Drop-tail queue of the bottleneck, in packets (needs bandwidthBps). */
    queuePackets: z.optional(int(1, 100_000, 'queue size in packets')),
  })
  .check(
    z.superRefine((s, ctx) => {
      if (s.queuePackets !== undefined && s.bandwidthBps === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['queuePackets'],
          message: 'a bottleneck queue needs a link rate: set "bandwidthBps" too',
        });
      const seen = new Set<number>();
      s.losses.forEach((l, i) => {
        if (l.round > s.rounds)
          ctx.addIssue({
            code: 'custom',
            path: ['losses', i, 'round'],
            message: `must be ≤ rounds (${s.rounds})`,
          });
        if (seen.has(l.round))
          ctx.addIssue({
            code: 'custom',
            path: ['losses', i, 'round'],
            message: 'one loss per round',
          });
        seen.add(l.round);
      });
    }),
  );

export type CongestionScenarioInput = z.input<typeof congestionScenarioSchema>;
export type CongestionScenario = z.output<typeof congestionScenarioSchema>;
