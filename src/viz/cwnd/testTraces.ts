// Congestion traces and a label function for the cwnd view tests: scenarios are parsed with the
// real schema and simulated with the real engine, so the views are tested on what the app shows.
import { simulateRounds } from '../../engine/congestion/rounds';
import { simulateSegments } from '../../engine/congestion/segments';
import type { CongestionRoundsTrace, CongestionSegmentsTrace } from '../../engine/congestion/trace';
import { getCongestionBuiltin } from '../../scenarios/congestionBuiltins';
import {
  congestionScenarioSchema,
  type CongestionScenarioInput,
} from '../../scenarios/congestionSchema';
import { cwndEn } from '../../i18n/cwnd.en';
import type { LabelFn } from '../label';

/** The trace of a scenario given as (partial) JSON input. */
export function congestionTrace(
  input: Omit<CongestionScenarioInput, 'kind'>,
): CongestionRoundsTrace {
  return simulateRounds(congestionScenarioSchema.parse({ kind: 'congestion', ...input }));
}

/**
 * A segments-model trace: Reno over a 1 Mbit/s bottleneck with an 8-packet queue, 60 RTTs of
 * 100 ms (a saw-tooth with fast recoveries and one timeout), with `input` on top.
 */
export function segmentsTrace(
  input: Omit<CongestionScenarioInput, 'kind' | 'model'> = {},
): CongestionSegmentsTrace {
  return simulateSegments(
    congestionScenarioSchema.parse({
      kind: 'congestion',
      model: 'segments',
      algorithm: 'reno',
      rounds: 60,
      rttMs: 100,
      bandwidthBps: 1_000_000,
      queuePackets: 8,
      initialCwnd: 1,
      initialSsthresh: 64,
      ...input,
    }),
  );
}

/** The trace of a built-in scenario. */
export function builtinTrace(id: string): CongestionRoundsTrace {
  const b = getCongestionBuiltin(id);
  if (!b) throw new Error(`no built-in ${id}`);
  return simulateRounds(b.scenario);
}

/** Losses every `every` rounds (a timeout every seventh), for long runs. */
export function periodicLosses(
  rounds: number,
  every: number,
): NonNullable<CongestionScenarioInput['losses']> {
  const losses: NonNullable<CongestionScenarioInput['losses']> = [];
  for (let r = every, i = 0; r < rounds; r += every, i++)
    losses.push({ round: r, type: i % 7 === 6 ? 'timeout' : 'tripleDupAck' });
  return losses;
}

/** The English catalog as a LabelFn (unknown keys show as `?key`). */
export const cwLabel: LabelFn = (key, params) =>
  ((cwndEn as Record<string, string>)[key] ?? `?${key}`).replace(/\{\{(\w+)\}\}/g, (_, n: string) =>
    String(params?.[n] ?? ''),
  );
