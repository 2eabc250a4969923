// Scenario files of kind "congestion": the congestion-control lab. Model "rounds" is the textbook
// model (one step per RTT, windows in segments); model "segments" runs a real per-ACK TCP sender
// through the engine over a bottleneck link (bytes, MSS, drop-tail queue, RTO, rwnd).
import { z } from 'zod';
import { scenarioMetaFields } from './common';
import { ALGORITHM_IDS } from '../engine/congestion/algorithm';

const int = (min: number, max: number, what: string) =>
  z
    .number({ error: 'must be a whole number' })
    .int({ error: 'must be a whole number' })
    .min(min, { error: `must be ≥ ${min}` })
    .max(max, { error: `must be ≤ ${max} (${what})` });
const algorithm = z.enum(ALGORITHM_IDS as ['tahoe', 'reno', 'newreno', 'cubic'], {
  error: 'must be one of "tahoe", "reno", "newreno", "cubic"',
});

/** A loss the sender detects at the end of `round`. */
export const lossSchema = z
  .object({
    round: int(1, 100_000, 'round'),
    type: z.enum(['tripleDupAck', 'timeout'], { error: 'must be "tripleDupAck" or "timeout"' }),
  })
  .strict();

export const congestionScenarioSchema = z
  .object({
    kind: z.literal('congestion', { error: 'kind must be "congestion"' }),
    ...scenarioMetaFields,
    seed: int(0, 2 ** 32 - 1, 'seed').default(1),
    algorithm: algorithm.default('reno'),
    /** Other algorithms to draw on the same losses (compare mode). */
    compare: z.array(algorithm).max(3).default([]),
    model: z
      .enum(['rounds', 'segments'], { error: 'must be "rounds" or "segments"' })
      .default('rounds'),
    /** Rounds simulated; in the "segments" model: the run lasts this many RTTs of sending. */
    rounds: int(1, 10_000, 'rounds').default(20),
    initialCwnd: int(1, 1_000_000, 'segments').default(1),
    initialSsthresh: int(2, 1_000_000, 'segments').default(8),
    /** Receiver window in segments: the sender sends min(cwnd, rwnd) per round. */
    rwnd: int(1, 1_000_000, 'segments').default(1_000_000),
    /** Reno/NewReno: cwnd = ssthresh + 3 after three duplicate ACKs (false: cwnd = ssthresh). */
    inflation: z.boolean({ error: 'must be true or false' }).default(true),
    /** Round-trip time (ms): CUBIC's clock in the rounds model. */
    rttMs: z
      .number({ error: 'must be a number' })
      .min(1, { error: 'must be ≥ 1 ms' })
      .max(60_000)
      .default(100),
    losses: z.array(lossSchema).max(10_000).default([]),
    // The "segments" model only (ignored by "rounds"):
    /** Maximum segment size in bytes (default 1460). */
    mss: int(1, 65_495, 'MSS in bytes').optional(),
    /** Bottleneck link rate; omitted = no bottleneck (losses only where placed). */
    bandwidthBps: z
      .number({ error: 'must be a number' })
      .min(1000, { error: 'must be ≥ 1000 bit/s' })
      .max(1e12, { error: 'must be ≤ 1e12 bit/s' })
      .optional(),
    /** Drop-tail queue of the bottleneck, in packets (needs bandwidthBps). */
    queuePackets: int(1, 100_000, 'queue size in packets').optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
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
  });

export type CongestionScenarioInput = z.input<typeof congestionScenarioSchema>;
export type CongestionScenario = z.output<typeof congestionScenarioSchema>;
