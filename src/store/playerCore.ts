// The player logic every view shares, whatever it simulates: scenario input → trace (simulated
// only when the input changes), cursor, playback, speed, language, notices. Kind-specific stores
// (TCP, congestion) spread this slice into their own zustand store and add their actions.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Lang } from '../i18n/i18n';
import type { UiKey } from '../i18n/ui.en';

/** Playback speeds offered by the player. */
export const SPEEDS = [0.25, 0.5, 1, 2, 4] as const;
/** A playback speed. */
export type Speed = (typeof SPEEDS)[number];
/** Wall time one step takes at speed 1. */
export const STEP_MS = 800;

/** The views the app can show (the `view` URL parameter). */
export const VIEWS = ['tcp', 'congestion', 'journey'] as const;
/** A view id. */
export type ViewId = (typeof VIEWS)[number];

/** A dismissible message shown above the page (e.g. a bad URL parameter). */
export interface Notice {
  id: string;
  key: UiKey;
  params: Record<string, string | number>;
}

/** A built-in scenario as a store needs it. */
export interface ScenarioEntry<I> {
  id: string;
  title: { en: string; 'zh-CN': string };
  explanation: { en: string; 'zh-CN': string };
  input: I;
}

/** Where a trace from real traffic came from: the file opened (nothing is uploaded) and, for a
 * capture, the conversation picked. Null while the trace is a simulation of `input`. */
export interface CaptureSource {
  fileName: string;
  format: 'pcap' | 'pcapng' | 'har';
  /** The conversation's id (`conv-<n>`) for pcap/pcapng. */
  conversation?: string;
}

/** What every trace the player steps through has: a step count and timed, stepped events. */
export interface SteppedTrace {
  steps: number;
  events: readonly { step: number; t: number }[];
}

/** Validation then simulation of one input: a trace, or readable errors. */
export type RunResult<T> = { trace: T } | { errors: string[] };

/** A validator's answer: the scenario, or readable errors. */
export type Validated<Sc> = { ok: true; value: Sc } | { ok: false; errors: string[] };

/** Validation then simulation, from a kind's validator and engine. */
export function runWith<Sc, T>(
  parse: (input: unknown) => Validated<Sc>,
  simulate: (scenario: Sc) => T,
): (input: unknown) => RunResult<T> {
  return (input) => {
    const parsed = parse(input);
    return parsed.ok ? { trace: simulate(parsed.value) } : { errors: parsed.errors };
  };
}

/** What a kind of scenario brings to the player. */
export interface KindDeps<I, T extends SteppedTrace> {
  view: ViewId;
  builtins: readonly ScenarioEntry<I>[];
  /** Validates `input` and simulates it (pure). */
  run(input: unknown): RunResult<T>;
  /**
   * Loads what simulating a valid `input` needs but the kind's chunk leaves out (e.g. the lab's
   * "segments" model and its TCP engine): a promise while that code loads, null when `run` can
   * go ahead at once (ready, or `input` is invalid and `run` will say why).
   */
  prepare?(input: unknown): Promise<void> | null;
}

/** Where a new store starts (from the URL or defaults); `input` must be valid. */
export interface PlayerInit<I> {
  scenarioId: string;
  input: I;
  step: number;
  lang: Lang;
  notices?: Notice[];
}

/** The state and actions every player has. */
export interface PlayerCore<I = unknown, T extends SteppedTrace = SteppedTrace> {
  /** Which view this player belongs to. */
  view: ViewId;
  /** The built-in scenarios of this view (constant: the scenario menu lists them). */
  builtins: readonly ScenarioEntry<I>[];
  scenarioId: string;
  /** The last valid input: the one the trace on screen comes from. */
  input: I;
  /** Errors of the latest rejected edit; empty when the last edit was valid. */
  errors: string[];
  trace: T;
  step: number;
  playing: boolean;
  speed: Speed;
  /** Animation progress from `step` toward `step + 1`, 0..1. */
  progress: number;
  lang: Lang;
  notices: Notice[];
  /** Set while the trace on screen comes from a capture or a HAR file, not from `input`. */
  capture: CaptureSource | null;

  selectScenario(id: string): void;
  /** Validates and applies an edited input; returns whether it was accepted. */
  editInput(candidate: unknown): boolean;
  resetScenario(): void;
  seek(step: number): void;
  stepForward(): void;
  stepBack(): void;
  restart(): void;
  play(): void;
  pause(): void;
  togglePlay(): void;
  /** Advances playback by `dtMs` of wall time (called each animation frame). */
  advance(dtMs: number): void;
  setSpeed(speed: Speed): void;
  setLang(lang: Lang): void;
  dismissNotice(id: string): void;
  /**
   * Shows a trace made from real traffic (step 0, paused). `input` stays the last scenario; any
   * scenario action (select, edit, reset) leaves the capture and simulates again.
   */
  showCaptured(trace: T, source: CaptureSource): void;
}

/** Applies a valid input keeping the cursor (clamped); `extra` is merged into the same update. */
export type Apply<I, S> = (input: I, step: number, extra?: Partial<S>) => boolean;

const clamp = (n: number, max: number): number => Math.min(Math.max(0, Math.round(n)), max);

/**
 * The shared slice of a player store, for `createStore<S>()((set, get) => …)`. Returns the slice
 * and `apply` for the kind's own edit actions. `onScenario` adds kind state that a newly selected
 * built-in resets. Throws if `init.input` is not valid (callers validate first).
 */
export function playerCore<I, T extends SteppedTrace, S extends PlayerCore<I, T>>(
  deps: KindDeps<I, T>,
  init: PlayerInit<I>,
  set: (partial: Partial<PlayerCore<I, T>>) => void,
  get: () => PlayerCore<I, T>,
  onScenario: (input: I) => Partial<S> = () => ({}),
): { core: PlayerCore<I, T>; apply: Apply<I, S> } {
  // The caller prepared `init.input` (kind.prepare) before making the store.
  const first = deps.run(init.input);
  if ('errors' in first) throw new Error(`invalid initial scenario: ${first.errors.join('; ')}`);

  const apply: Apply<I, S> = (input, step, extra) => {
    // A valid input whose engine is still loading: applied once it is in (at the step then shown).
    const loading = deps.prepare?.(input);
    if (loading) {
      void loading.then(() => apply(input, get().step, extra));
      return true;
    }
    const r = deps.run(input);
    if ('errors' in r) {
      set({ errors: r.errors });
      return false;
    }
    set({
      ...extra,
      input,
      trace: r.trace,
      errors: [],
      step: clamp(step, r.trace.steps),
      progress: 0,
      capture: null,
    });
    return true;
  };
  const moveTo = (step: number) =>
    set({ step: clamp(step, get().trace.steps), progress: 0, playing: false });

  const core: PlayerCore<I, T> = {
    view: deps.view,
    builtins: deps.builtins,
    scenarioId: init.scenarioId,
    input: init.input,
    errors: [],
    trace: first.trace,
    step: clamp(init.step, first.trace.steps),
    playing: false,
    speed: 1,
    progress: 0,
    lang: init.lang,
    notices: init.notices ?? [],
    capture: null,

    selectScenario(id) {
      const entry = deps.builtins.find((b) => b.id === id);
      if (entry) {
        apply(entry.input, 0, { ...onScenario(entry.input), scenarioId: id, playing: false });
      }
    },
    editInput: (candidate) => apply(candidate as I, get().step),
    resetScenario() {
      const entry = deps.builtins.find((b) => b.id === get().scenarioId);
      if (entry) apply(entry.input, get().step);
    },
    seek: moveTo,
    stepForward: () => moveTo(get().step + 1),
    stepBack: () => moveTo(get().step - 1),
    restart: () => moveTo(0),
    play() {
      const { step, trace } = get();
      if (trace.steps === 0) return;
      set({ playing: true, progress: 0, step: step >= trace.steps ? 0 : step });
    },
    pause: () => set({ playing: false }),
    togglePlay: () => (get().playing ? get().pause() : get().play()),
    advance(dtMs) {
      const { playing, speed, trace } = get();
      if (!playing || dtMs <= 0) return;
      let { step, progress } = get();
      progress += (dtMs * speed) / STEP_MS;
      while (progress >= 1 && step < trace.steps) {
        step += 1;
        progress -= 1;
      }
      if (step >= trace.steps) set({ step: trace.steps, progress: 0, playing: false });
      else set({ step, progress });
    },
    setSpeed: (speed) => set({ speed }),
    setLang: (lang) => set({ lang }),
    dismissNotice: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
    showCaptured: (trace, capture) =>
      set({ trace, capture, step: 0, progress: 0, playing: false, errors: [] }),
  };
  return { core, apply };
}

/** What a kind's own actions can use: zustand's set/get and the shared `apply`. */
export interface KindTools<I, S> {
  set: StoreApi<S>['setState'];
  get: () => S;
  apply: Apply<I, S>;
}

/**
 * Creates a player store of state `S`: the shared player plus what `extend` adds (the kind's own
 * state and actions). `onScenario` is kind state a newly selected built-in resets.
 */
export function createPlayer<I, T extends SteppedTrace, S extends PlayerCore<I, T>>(
  kind: KindDeps<I, T>,
  init: PlayerInit<I>,
  extend: (tools: KindTools<I, S>) => Omit<S, keyof PlayerCore<I, T>>,
  onScenario?: (input: I) => Partial<S>,
): StoreApi<S> {
  return createStore<S>()((set, get) => {
    // S extends the core, so a partial core state is a partial S (TS cannot see it generically).
    const setCore = (partial: Partial<PlayerCore<I, T>>) => set(partial as Partial<S>);
    const { core, apply } = playerCore<I, T, S>(kind, init, setCore, get, onScenario);
    // The kind adds exactly the keys the core lacks, so together they are an S.
    return { ...core, ...extend({ set, get, apply }) } as S;
  });
}
