// The URL journey's kind: its built-ins and engine; loading it marks the journey's catalogs needed.
import { needCatalogs } from '../../i18n/i18n';
import { simulateJourney } from '../../engine/journey/simulate';
import type { JourneyTrace } from '../../engine/journey/trace';
import {
  BUILTIN_JOURNEY_SCENARIOS,
  DEFAULT_JOURNEY_SCENARIO_ID,
} from '../../scenarios/journeyBuiltins';
import type { JourneyScenario, JourneyScenarioInput } from '../../scenarios/journeySchema';
import { createJourneyStore, parseJourney } from '../journeyStore';
import type { Kind } from '../kind';
import { runWith, type PlayerInit } from '../playerCore';

// The view's messages load with the language (ensureLanguage), for this part too.
needCatalogs('journey');

/** "Type a URL → page rendered": the journey. */
export const JOURNEY_KIND: Kind<JourneyScenarioInput, JourneyScenario, JourneyTrace> = {
  view: 'journey',
  builtins: BUILTIN_JOURNEY_SCENARIOS,
  defaultId: DEFAULT_JOURNEY_SCENARIO_ID,
  simulate: simulateJourney,
  run: runWith(parseJourney, simulateJourney),
};

/** A player store of this view, starting at `init`. */
export const createStore = (init: PlayerInit<JourneyScenarioInput>) =>
  createJourneyStore(JOURNEY_KIND, init);
