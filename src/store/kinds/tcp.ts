// The TCP connection view's kind: its built-ins and the TCP engine; loading it marks the TCP
// narration's catalogs needed.
import { needCatalogs } from '../../i18n/i18n';
import { simulateTcp } from '../../engine/tcp/simulate';
import type { TcpTrace } from '../../engine/trace';
import { BUILTIN_SCENARIOS, DEFAULT_SCENARIO_ID } from '../../scenarios';
import { parseScenario, type TcpScenario, type TcpScenarioInput } from '../../scenarios/schema';
import type { Kind } from '../kind';
import { createPlayerStore } from '../playerStore';
import { runWith, type PlayerInit } from '../playerCore';

// The view's narration loads with the language (ensureLanguage).
needCatalogs('tcp');

/** The TCP connection view. */
export const TCP_KIND: Kind<TcpScenarioInput, TcpScenario, TcpTrace> = {
  view: 'tcp',
  builtins: BUILTIN_SCENARIOS,
  defaultId: DEFAULT_SCENARIO_ID,
  simulate: simulateTcp,
  run: runWith(parseScenario, simulateTcp),
};

/** A player store of this view, starting at `init`. */
export const createStore = (init: PlayerInit<TcpScenarioInput>) =>
  createPlayerStore(TCP_KIND, init);
