// The URL-journey player store: the shared player (playerCore.ts) plus the address bar. Typing a
// URL and pressing Enter validates it (WHATWG parser, journeyUrl.ts) and starts the journey from
// step 0; the situation panel edits the rest of the scenario through the shared `editInput`.
// A HAR file's trace (showHar; built by src/capture/harTrace.ts, which loads with the file)
// replaces the simulation with what the browser recorded, until the next scenario action (the
// address bar's Enter, an edit, the scenario menu, leaveHar).
import type { StoreApi } from 'zustand/vanilla';
import type { JourneyTrace } from '../engine/journey/trace';
import type { HarTrace, JourneyViewTrace } from '../capture/harTraceTypes';
import type { JourneyScenario, JourneyScenarioInput } from '../scenarios/journeySchema';
import { parseJourneyUrl, type JourneyUrlError } from '../scenarios/journeyUrl';
import { parseJourneyScenario } from '../scenarios/journeyBuiltins';
import {
  createPlayer,
  runWith,
  type PlayerCore,
  type PlayerInit,
  type ScenarioEntry,
  type Validated,
} from './playerCore';

/** What the store is built from: the catalogue and the engine. */
export interface JourneyDeps {
  builtins: readonly ScenarioEntry<JourneyScenarioInput>[];
  simulate: (scenario: JourneyScenario) => JourneyTrace;
}

/** The journey player's state and actions. Its trace is a simulation, or a HAR file's. */
export interface JourneyPlayerState extends PlayerCore<JourneyScenarioInput, JourneyViewTrace> {
  /** Why the last text typed into the address bar was refused (null: it was accepted). */
  urlError: JourneyUrlError | null;
  /**
   * The address bar's Enter: a valid URL replaces the scenario's and the journey starts over at
   * step 0; an invalid one only sets `urlError` (nothing else changes). Returns whether it ran.
   */
  navigate(text: string): boolean;
  clearUrlError(): void;
  /**
   * Shows a HAR file's trace (harTrace of analyzeHar's result) as the browser recorded it, at
   * step 0, paused: `capture` names the file. The last scenario stays in `input`.
   */
  showHar(trace: HarTrace, fileName: string): void;
  /** Leaves the HAR: simulates the last scenario again from step 0. */
  leaveHar(): void;
}

/** A journey player store. */
export type JourneyStore = StoreApi<JourneyPlayerState>;

/** Validates a journey input (readable errors; any other kind is rejected). */
export function parseJourney(input: unknown): Validated<JourneyScenario> {
  if (typeof input === 'object' && input !== null && !Array.isArray(input)) {
    if ((input as { kind?: unknown }).kind !== 'journey')
      return { ok: false, errors: ['kind: must be "journey"'] };
  }
  return parseJourneyScenario(input);
}

/** Creates a journey store; throws if `init.input` is not a valid scenario (callers validate). */
export function createJourneyStore(
  deps: JourneyDeps,
  init: PlayerInit<JourneyScenarioInput>,
): JourneyStore {
  const kind = {
    view: 'journey' as const,
    builtins: deps.builtins,
    run: runWith(parseJourney, deps.simulate),
  };
  return createPlayer<JourneyScenarioInput, JourneyViewTrace, JourneyPlayerState>(
    kind,
    init,
    ({ set, get, apply }) => ({
      urlError: null,
      navigate(text) {
        const parsed = parseJourneyUrl(text);
        if (!parsed.ok) {
          set({ urlError: parsed.error });
          return false;
        }
        const ok = apply({ ...get().input, url: parsed.url.input }, 0, { urlError: null });
        // A URL can be valid and still clash with the situation (e.g. the server's IP equals the
        // client's): the schema's message is shown in the panel (`errors`).
        return ok;
      },
      clearUrlError: () => set({ urlError: null }),
      showHar(trace, fileName) {
        set({ urlError: null });
        get().showCaptured(trace, { fileName, format: 'har' });
      },
      leaveHar() {
        if (get().capture) apply(get().input, 0, { playing: false, urlError: null });
      },
    }),
    () => ({ urlError: null }),
  );
}
