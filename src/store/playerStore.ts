// The TCP player store: the shared player (playerCore.ts) plus what only the TCP view has —
// relative/absolute numbers, losses toggled by clicking a segment, and a captured conversation
// shown in place of the simulation. One vanilla zustand store
// per mounted view, so an embedding page can host several.
import type { StoreApi } from 'zustand/vanilla';
import type { TcpTrace } from '../engine/trace';
import { parseScenario, type TcpScenario, type TcpScenarioInput } from '../scenarios/schema';
import { toggleDropFault } from './faults';
import {
  createPlayer,
  runWith,
  type CaptureSource,
  type PlayerCore,
  type PlayerInit,
  type ScenarioEntry,
} from './playerCore';
import type { Conversation } from '../capture/types';
import { toTcpTrace } from '../capture/toTcpTrace';

export { SPEEDS, STEP_MS, type Notice, type Speed } from './playerCore';

/** A built-in TCP scenario as the store needs it. */
export type TcpScenarioEntry = ScenarioEntry<TcpScenarioInput>;

/** What the store is built from: the catalogue and the engine. */
export interface PlayerDeps {
  builtins: readonly TcpScenarioEntry[];
  simulate: (scenario: TcpScenario) => TcpTrace;
}

/** The TCP player's state and actions. */
export interface PlayerState extends PlayerCore<TcpScenarioInput, TcpTrace> {
  relative: boolean;
  /** Toggles loss of segment `seg-n` (see faults.ts), re-simulating at the same step. */
  toggleDrop(segId: string): void;
  removeFault(position: number): void;
  setRelative(relative: boolean): void;
  /**
   * Shows a captured conversation (step 0, relative numbers like Wireshark); any scenario action
   * leaves it. `source` names the file and the conversation.
   */
  showConversation(conv: Conversation, source: CaptureSource): void;
}

/** A TCP player store. */
export type PlayerStore = StoreApi<PlayerState>;

/**
 * The scenario's `numbers` choice; without one, relative (like Wireshark) unless it injects
 * segments, which read better in absolute numbers (they belong to no ISN).
 */
const prefersRelative = (input: TcpScenarioInput): boolean =>
  input.numbers ? input.numbers === 'relative' : !input.inject?.length;

/** Creates a TCP player store; throws if `init.input` is not a valid scenario (callers validate). */
export function createPlayerStore(
  deps: PlayerDeps,
  init: PlayerInit<TcpScenarioInput>,
): PlayerStore {
  const kind = {
    view: 'tcp' as const,
    builtins: deps.builtins,
    run: runWith(parseScenario, deps.simulate),
  };
  return createPlayer<TcpScenarioInput, TcpTrace, PlayerState>(
    kind,
    init,
    ({ set, get, apply }) => ({
      relative: prefersRelative(init.input),
      toggleDrop(segId) {
        const { trace, input, step } = get();
        const faults = toggleDropFault(trace, input.faults ?? [], segId);
        if (faults) apply({ ...input, faults }, step);
      },
      removeFault(position) {
        const { input, step } = get();
        apply({ ...input, faults: (input.faults ?? []).filter((_, i) => i !== position) }, step);
      },
      setRelative: (relative) => set({ relative }),
      showConversation(conv, source) {
        set({ relative: true });
        get().showCaptured(toTcpTrace(conv, { fileName: source.fileName }), {
          ...source,
          conversation: source.conversation ?? conv.id,
        });
      },
    }),
    (input) => ({ relative: prefersRelative(input) }),
  );
}
