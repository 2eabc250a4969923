// The congestion lab's kind: its built-ins and engine; loading it marks the lab's catalogs needed.
import { needCatalogs } from '../../i18n/i18n';
import { simulateRounds } from '../../engine/congestion/rounds';
import type { simulateSegments } from '../../engine/congestion/segments';
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
// The "segments" model narrates its run with the TCP view's sentences.
needCatalogs('tcp');

let segments: typeof simulateSegments | null = null;
let segmentsLoading: Promise<void> | null = null;

/**
 * Loads the "segments" model (a per-ACK run of the TCP engine) once. The rounds model — the lab's
 * default — needs none of it, so the lab's chunk leaves the TCP engine out until a "segments"
 * scenario is asked for.
 */
export function loadSegmentsModel(): Promise<void> {
  segmentsLoading ??= import('../../engine/congestion/segments').then((m) => {
    segments = m.simulateSegments;
  });
  return segmentsLoading;
}

/** Runs a scenario in the model it names (the "segments" engine must be loaded: `prepare`). */
function simulateCongestion(sc: CongestionScenario): CongestionTrace {
  if (sc.model !== 'segments') return simulateRounds(sc);
  if (!segments) throw new Error('the "segments" model is not loaded yet (prepare the input)');
  return segments(sc);
}

/** A promise while the engine a valid "segments" input needs is loading; null when ready. */
function prepare(input: unknown): Promise<void> | null {
  if (segments) return null;
  const parsed = parseCongestion(input);
  return parsed.ok && parsed.value.model === 'segments' ? loadSegmentsModel() : null;
}

/** The congestion-control lab. */
export const CONGESTION_KIND: Kind<CongestionScenarioInput, CongestionScenario, CongestionTrace> = {
  view: 'congestion',
  builtins: BUILTIN_CONGESTION_SCENARIOS,
  defaultId: DEFAULT_CONGESTION_SCENARIO_ID,
  simulate: simulateCongestion,
  run: runWith(parseCongestion, simulateCongestion),
  prepare,
};

/** A player store of this view, starting at `init`. */
export const createStore = (init: PlayerInit<CongestionScenarioInput>) =>
  createCongestionStore(CONGESTION_KIND, init);
