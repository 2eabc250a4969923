// The kinds of scenario the app can show, each wired to its built-ins and engine: one place that
// knows which view runs which simulation.
import { simulateTcp } from '../engine/tcp/simulate';
import { simulateCongestion } from '../engine/congestion/simulate';
import { BUILTIN_SCENARIOS, DEFAULT_SCENARIO_ID } from '../scenarios';
import {
  BUILTIN_CONGESTION_SCENARIOS,
  DEFAULT_CONGESTION_SCENARIO_ID,
} from '../scenarios/congestionBuiltins';
import type { TcpScenario, TcpScenarioInput } from '../scenarios/schema';
import type { CongestionScenario, CongestionScenarioInput } from '../scenarios/congestionSchema';
import type { KindDeps, SteppedTrace } from './playerCore';
import { parseScenario } from '../scenarios/schema';
import { runWith } from './playerCore';
import { parseCongestion } from './congestionStore';
import type { TcpTrace } from '../engine/trace';
import type { CongestionTrace } from '../engine/congestion/trace';
import type { JourneyTrace } from '../engine/journey/trace';
import { simulateJourney } from '../engine/journey/simulate';
import {
  BUILTIN_JOURNEY_SCENARIOS,
  DEFAULT_JOURNEY_SCENARIO_ID,
} from '../scenarios/journeyBuiltins';
import type { JourneyScenario, JourneyScenarioInput } from '../scenarios/journeySchema';
import { parseJourney } from './journeyStore';

/** A kind of scenario: its view, built-ins, default built-in and engine. */
export interface Kind<I, Sc, T extends SteppedTrace> extends KindDeps<I, T> {
  defaultId: string;
  simulate: (scenario: Sc) => T;
}

/** The TCP connection view. */
export const TCP_KIND: Kind<TcpScenarioInput, TcpScenario, TcpTrace> = {
  view: 'tcp',
  builtins: BUILTIN_SCENARIOS,
  defaultId: DEFAULT_SCENARIO_ID,
  simulate: simulateTcp,
  run: runWith(parseScenario, simulateTcp),
};

/** The congestion-control lab. */
export const CONGESTION_KIND: Kind<CongestionScenarioInput, CongestionScenario, CongestionTrace> = {
  view: 'congestion',
  builtins: BUILTIN_CONGESTION_SCENARIOS,
  defaultId: DEFAULT_CONGESTION_SCENARIO_ID,
  simulate: simulateCongestion,
  run: runWith(parseCongestion, simulateCongestion),
};

/** "Type a URL → page rendered": the journey. */
export const JOURNEY_KIND: Kind<JourneyScenarioInput, JourneyScenario, JourneyTrace> = {
  view: 'journey',
  builtins: BUILTIN_JOURNEY_SCENARIOS,
  defaultId: DEFAULT_JOURNEY_SCENARIO_ID,
  simulate: simulateJourney,
  run: runWith(parseJourney, simulateJourney),
};

/** The built-in `kind` starts with when nothing else is asked for. */
export function defaultEntry<I>(
  kind: Pick<KindDeps<I, SteppedTrace>, 'builtins' | 'view'> & { defaultId: string },
) {
  const entry = kind.builtins.find((b) => b.id === kind.defaultId) ?? kind.builtins[0];
  if (!entry) throw new Error(`no built-in scenario for view ${kind.view}`);
  return entry;
}
