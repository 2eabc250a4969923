// The lab's numeric fields (cwnd, ssthresh, rwnd, rounds, RTT) and its other edits (algorithm,
// compared algorithms, inflation), as pure reads and writes of a congestion input. Tested in Node.
import { ALGORITHM_IDS, type AlgorithmId } from '../../engine/congestion/algorithm';
import {
  congestionScenarioSchema,
  type CongestionScenarioInput,
} from '../../scenarios/congestionSchema';
import { withList } from '../../store/congestionStore';
import type { NumberField } from '../params/fields';

type Input = CongestionScenarioInput;
type NumericKey = 'initialCwnd' | 'initialSsthresh' | 'rwnd' | 'rounds' | 'rttMs';

/** The schema's defaults, read once, for fields the input leaves out. */
const DEFAULTS = congestionScenarioSchema.parse({ kind: 'congestion' });

/** The schema's limits for each numeric field (an edit outside them is rejected by the schema). */
const numeric = (
  key: NumericKey,
  label: NumberField<Input>['label'],
  min: number,
  max: number,
  options: { integer?: boolean; optional?: boolean } = {},
): NumberField<Input> => ({
  id: key,
  label,
  path: key,
  min,
  max,
  integer: options.integer ?? true,
  optional: options.optional ?? false,
  // An optional field (rwnd) shows empty when not set: "unlimited".
  read: (input) => input[key] ?? (options.optional ? undefined : DEFAULTS[key]),
  write: (input, v) => ({ ...input, [key]: v }),
});

/** The lab's numeric fields, in panel order. */
export const LAB_FIELDS: readonly NumberField<Input>[] = [
  numeric('initialCwnd', 'lab.params.initialCwnd', 1, 1_000_000),
  numeric('initialSsthresh', 'lab.params.initialSsthresh', 2, 1_000_000),
  numeric('rwnd', 'lab.params.rwnd', 1, 1_000_000, { optional: true }),
  numeric('rounds', 'lab.params.rounds', 1, 10_000),
  numeric('rttMs', 'lab.params.rtt', 1, 60_000, { integer: false }),
];

/** The main algorithm (the schema's default when not set). */
export const readAlgorithm = (input: Input): AlgorithmId => input.algorithm ?? DEFAULTS.algorithm;

/** Chooses the main algorithm; it leaves the compared list if it was there. */
export function writeAlgorithm(input: Input, algorithm: AlgorithmId): Input {
  const compare = (input.compare ?? []).filter((a) => a !== algorithm);
  return withList({ ...input, algorithm }, 'compare', compare);
}

/** The algorithms one can compare with: all but the main one, in the usual order. */
export const comparable = (input: Input): AlgorithmId[] =>
  ALGORITHM_IDS.filter((a) => a !== readAlgorithm(input));

/** Adds or removes `algorithm` from the compared list (kept in the usual order). */
export function writeCompare(input: Input, algorithm: AlgorithmId, on: boolean): Input {
  const current = new Set(input.compare ?? []);
  if (on) current.add(algorithm);
  else current.delete(algorithm);
  return withList(
    input,
    'compare',
    ALGORITHM_IDS.filter((a) => current.has(a)),
  );
}

/** Fast recovery inflation (cwnd = ssthresh + 3); the schema's default when not set. */
export const readInflation = (input: Input): boolean => input.inflation ?? DEFAULTS.inflation;

/** The latest round holding a loss, or 0 without losses. */
export const lastLossRound = (input: Input): number =>
  Math.max(0, ...(input.losses ?? []).map((l) => l.round));
