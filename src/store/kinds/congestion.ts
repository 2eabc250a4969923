// The congestion lab's kind: its built-ins and engine; loading it marks the lab's catalogs needed.
import { needCatalogs } from '../../i18n/i18n';
import { simulateCongestion } from '../../engine/congestion/simulate';
import type { CongestionTrace } from '../../engine/congestion/trace';
import {
  BUILTIN_CONGESTION_SCENARIOS,
  DEFAULT_CONGESTION_SCENARIO_ID,
} from '../../scenarios/congestionBuiltins';
import type { CongestionScenario, CongestionScenarioInput } from '../../scenarios/congestionSchema';
import { createCongestionStore, parseCongestion } from '../congestionStore';
import type { Kind } from '../kind';
import { runWith, type PlayerInit } from '../playerCore';

// The view's messages load with the language (ensureLanguage), for this part too.
needCatalogs('congestion');

/** The congestion-control lab. */
export const CONGESTION_KIND: Kind<CongestionScenarioInput, CongestionScenario, CongestionTrace> = {
  view: 'congestion',
  builtins: BUILTIN_CONGESTION_SCENARIOS,
  defaultId: DEFAULT_CONGESTION_SCENARIO_ID,
  simulate: simulateCongestion,
  run: runWith(parseCongestion, simulateCongestion),
};

/** A player store of this view, starting at `init`. */
export const createStore = (init: PlayerInit<CongestionScenarioInput>) =>
  createCongestionStore(CONGESTION_KIND, init);
