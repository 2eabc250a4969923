// The built-in scenarios of the congestion lab (src/scenarios/congestion/*.json), validated like
// any user file.
import classic from './congestion/cc-classic.json' with { type: 'json' };
import renoVsTahoe from './congestion/cc-reno-vs-tahoe.json' with { type: 'json' };
import timeout from './congestion/cc-timeout.json' with { type: 'json' };
import lossInSlowStart from './congestion/cc-loss-in-slow-start.json' with { type: 'json' };
import rwndLimited from './congestion/cc-rwnd-limited.json' with { type: 'json' };
import cubicRecovery from './congestion/cc-cubic-recovery.json' with { type: 'json' };
import sawtooth from './congestion/cc-bottleneck-sawtooth.json' with { type: 'json' };
import multipleLosses from './congestion/cc-newreno-multiple-losses.json' with { type: 'json' };
import {
  congestionScenarioSchema,
  type CongestionScenario,
  type CongestionScenarioInput,
} from './congestionSchema';
import { loadBuiltins, type Builtin } from './common';

/** A built-in congestion scenario. */
export type BuiltinCongestionScenario = Builtin<CongestionScenarioInput, CongestionScenario>;

const FILES: unknown[] = [
  classic,
  renoVsTahoe,
  timeout,
  lossInSlowStart,
  rwndLimited,
  cubicRecovery,
  sawtooth,
  multipleLosses,
];

/** Every built-in congestion scenario, in menu order. */
export const BUILTIN_CONGESTION_SCENARIOS: readonly BuiltinCongestionScenario[] = loadBuiltins(
  FILES,
  (file) => {
    const r = congestionScenarioSchema.safeParse(file);
    return r.success
      ? { ok: true, value: r.data }
      : { ok: false, errors: r.error.issues.map((i) => i.message) };
  },
);

/** The congestion scenario shown first. */
export const DEFAULT_CONGESTION_SCENARIO_ID = 'cc-classic';

/** The built-in congestion scenario with this id, if any. */
export function getCongestionBuiltin(id: string): BuiltinCongestionScenario | undefined {
  return BUILTIN_CONGESTION_SCENARIOS.find((b) => b.id === id);
}
