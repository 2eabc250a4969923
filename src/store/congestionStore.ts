// The congestion-lab player store: the shared player (playerCore.ts) plus losses placed by
// clicking a round of the cwnd chart. Edits re-simulate (cheap: one pass over the rounds);
// stepping only moves the cursor. A captured TCP conversation can be shown instead of a
// simulation (its time/sequence series are computed once, per direction shown).
import type { StoreApi } from 'zustand/vanilla';
import type { CongestionTrace } from '../engine/congestion/trace';
import type { Endpoint } from '../engine/trace';
import type { Conversation } from '../capture/types';
import { captureFlightTrace, withSender } from '../capture/flight';
import {
  congestionScenarioSchema,
  type CongestionScenario,
  type CongestionScenarioInput,
} from '../scenarios/congestionSchema';
import { pathToString } from '../scenarios/common';
import {
  createPlayer,
  runWith,
  type PlayerCore,
  type CaptureSource,
  type PlayerInit,
  type ScenarioEntry,
  type Validated,
} from './playerCore';

/** How a loss placed by a click is detected. */
export type LossType = 'tripleDupAck' | 'timeout';
/** A loss of a congestion scenario input. */
export type LossInput = NonNullable<CongestionScenarioInput['losses']>[number];

/** What the store is built from: the catalogue and the engine. */
export interface CongestionDeps {
  builtins: readonly ScenarioEntry<CongestionScenarioInput>[];
  simulate: (scenario: CongestionScenario) => CongestionTrace;
  /** Loads the engine a valid input needs, if not in yet (see KindDeps.prepare). */
  prepare?: (input: unknown) => Promise<void> | null;
}

/** The lab player's state and actions. */
export interface CongestionPlayerState extends PlayerCore<
  CongestionScenarioInput,
  CongestionTrace
> {
  /** The loss type a click on the chart places. */
  clickLossType: LossType;
  setClickLossType(type: LossType): void;
  /** Adds a loss of `clickLossType` at `round`, or removes the loss already there. */
  toggleLossAt(round: number): void;
  removeLoss(position: number): void;
  /**
   * Shows a captured conversation (step 0, paused): one step per segment, the charts of the bulk
   * sender's data. Any scenario action (select, edit, reset) leaves it.
   */
  showConversation(conv: Conversation, source: CaptureSource): void;
  /** While a conversation is shown: draws the data `sender` sent instead (same step). */
  setCaptureSender(sender: Endpoint): void;
  /** Leaves the conversation: the last simulated input again, from step 0. */
  leaveCapture(): void;
}

/** A congestion player store. */
export type CongestionStore = StoreApi<CongestionPlayerState>;

/** Validates a congestion input (readable errors; any other kind is rejected). */
export function parseCongestion(input: unknown): Validated<CongestionScenario> {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return {
      ok: false,
      errors: ['(scenario): must be a JSON object like {"kind": "congestion", ...}'],
    };
  if ((input as { kind?: unknown }).kind !== 'congestion')
    return { ok: false, errors: ['kind: must be "congestion"'] };
  const r = congestionScenarioSchema.safeParse(input);
  // A JSON round trip drops keys whose value is undefined (the scenario is plain JSON data).
  return r.success
    ? { ok: true, value: JSON.parse(JSON.stringify(r.data)) as CongestionScenario }
    : { ok: false, errors: r.error.issues.map((i) => `${pathToString(i.path)}: ${i.message}`) };
}

/**
 * `input` with the list `key` set to `list`, or without `key` when `list` is empty: an emptied list
 * leaves the input equal to a built-in that never had one (so the link loses its `s`).
 */
export function withList<K extends 'losses' | 'compare'>(
  input: CongestionScenarioInput,
  key: K,
  list: NonNullable<CongestionScenarioInput[K]>,
): CongestionScenarioInput {
  if (list.length > 0) return { ...input, [key]: list };
  const rest = { ...input };
  delete rest[key];
  return rest;
}

/** The losses after clicking `round`: the loss there is removed, otherwise one of `type` added. */
export function toggleLoss(
  losses: readonly LossInput[],
  round: number,
  type: LossType,
): LossInput[] {
  return losses.some((l) => l.round === round)
    ? losses.filter((l) => l.round !== round)
    : [...losses, { round, type }].sort((a, b) => a.round - b.round);
}

/** Creates a lab store; throws if `init.input` is not a valid scenario (callers validate). */
export function createCongestionStore(
  deps: CongestionDeps,
  init: PlayerInit<CongestionScenarioInput>,
): CongestionStore {
  const kind = {
    view: 'congestion' as const,
    builtins: deps.builtins,
    run: runWith(parseCongestion, deps.simulate),
    prepare: deps.prepare,
  };
  return createPlayer<CongestionScenarioInput, CongestionTrace, CongestionPlayerState>(
    kind,
    init,
    ({ set, get, apply }) => ({
      clickLossType: 'tripleDupAck',
      setClickLossType: (clickLossType) => set({ clickLossType }),
      toggleLossAt(round) {
        const { input, step, clickLossType } = get();
        if (!Number.isInteger(round) || round < 1) return;
        const losses = toggleLoss(input.losses ?? [], round, clickLossType);
        apply(withList(input, 'losses', losses), step);
      },
      removeLoss(position) {
        const { input, step } = get();
        const losses = (input.losses ?? []).filter((_, i) => i !== position);
        apply(withList(input, 'losses', losses), step);
      },
      showConversation(conv, source) {
        get().showCaptured(captureFlightTrace(conv), source);
      },
      setCaptureSender(sender) {
        const { trace } = get();
        if (trace.model === 'capture') set({ trace: withSender(trace, sender) });
      },
      leaveCapture() {
        if (get().capture) apply(get().input, 0, { playing: false });
      },
    }),
  );
}
