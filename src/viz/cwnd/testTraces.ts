// Congestion traces and a label function for the cwnd view tests: scenarios are parsed with the
// real schema and simulated with the real engine, so the views are tested on what the app shows.
import { simulateCongestion } from '../../engine/congestion/rounds';
import type { CongestionTrace } from '../../engine/congestion/trace';
import { getCongestionBuiltin } from '../../scenarios/congestionBuiltins';
import {
  congestionScenarioSchema,
  type CongestionScenarioInput,
} from '../../scenarios/congestionSchema';
import { cwndEn } from '../../i18n/cwnd.en';
import type { LabelFn } from '../label';

/** The trace of a scenario given as (partial) JSON input. */
export function congestionTrace(input: Omit<CongestionScenarioInput, 'kind'>): CongestionTrace {
  return simulateCongestion(congestionScenarioSchema.parse({ kind: 'congestion', ...input }));
}

/** The trace of a built-in scenario. */
export function builtinTrace(id: string): CongestionTrace {
  const b = getCongestionBuiltin(id);
  if (!b) throw new Error(`no built-in ${id}`);
  return simulateCongestion(b.scenario);
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
