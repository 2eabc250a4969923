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
type NumericKey = 'initialCwnd' | 'initialSsthresh' | 'rwnd' | 'rounds' | 'rttMs' | 'queuePackets';

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

/** The MSS when the input leaves it out (as the engine does). */
const DEFAULT_MSS = 1460;

/** The segments model's link and segment fields, in panel order (bandwidth shown in Mbit/s). */
export const SEGMENTS_FIELDS: readonly NumberField<Input>[] = [
  {
    id: 'mss',
    label: 'lab.params.mss',
    path: 'mss',
    min: 1,
    max: 65_495,
    integer: true,
    optional: false,
    read: (input) => input.mss ?? DEFAULT_MSS,
    write: (input, v) => ({ ...input, mss: v as number }),
  },
  {
    id: 'bandwidthBps',
    label: 'lab.params.bandwidth',
    path: 'bandwidthBps',
    min: 0.001,
    max: 1e6,
    integer: false,
    optional: true,
    read: (input) => (input.bandwidthBps === undefined ? undefined : input.bandwidthBps / 1e6),
    write: (input, v) => {
      const rest = { ...input };
      delete rest.bandwidthBps;
      if (v === undefined) return rest;
      // Malformed text goes to the schema as-is, which names the field.
      return { ...rest, bandwidthBps: typeof v === 'number' ? Math.round(v * 1e6) : (v as never) };
    },
  },
  numeric('queuePackets', 'lab.params.queue', 1, 100_000, { optional: true }),
];

/** Defaults a switch to the segments model brings when the input has no link: the saw-tooth. */
const SEGMENTS_LINK = { bandwidthBps: 1_000_000, queuePackets: 8 } as const;

/** The model (the schema's default when not set). */
export const readModel = (input: Input): 'rounds' | 'segments' => input.model ?? DEFAULTS.model;

/**
 * Switches the model. To "segments": a link and queue if there are none (else nothing would be
 * lost unless placed). To "rounds": the segments-only fields go (the rounds model ignores them).
 */
export function writeModel(input: Input, model: 'rounds' | 'segments'): Input {
  if (model === 'segments') {
    const link = input.bandwidthBps === undefined ? SEGMENTS_LINK : {};
    return { ...input, ...link, model };
  }
  const rest = { ...input, model };
  delete rest.mss;
  delete rest.bandwidthBps;
  delete rest.queuePackets;
  return rest;
}

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
