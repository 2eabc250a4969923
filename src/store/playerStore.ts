// The player store: scenario input → trace (simulated only when the input changes) + cursor.
// One vanilla zustand store per mounted view, so an embedding page can host several.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { TcpTrace } from '../engine/trace';
import { parseScenario, type TcpScenario, type TcpScenarioInput } from '../scenarios/schema';
import type { Lang } from '../i18n/i18n';
import type { UiKey } from '../i18n/ui.en';
import { toggleDropFault } from './faults';

/** Playback speeds offered by the player. */
export const SPEEDS = [0.25, 0.5, 1, 2, 4] as const;
/** A playback speed. */
export type Speed = (typeof SPEEDS)[number];
/** Wall time one step takes at speed 1. */
export const STEP_MS = 800;

/** A dismissible message shown above the page (e.g. a bad URL parameter). */
export interface Notice {
  id: string;
  key: UiKey;
  params: Record<string, string | number>;
}

/** A built-in scenario as the store needs it. */
export interface ScenarioEntry {
  id: string;
  title: { en: string; 'zh-CN': string };
  explanation: { en: string; 'zh-CN': string };
  input: TcpScenarioInput;
}

/** What the store is built from: the catalogue, the engine, and where to start. */
export interface PlayerDeps {
  builtins: readonly ScenarioEntry[];
  simulate: (scenario: TcpScenario) => TcpTrace;
}

/** Where a new store starts (from the URL or defaults); `input` must be valid. */
export interface PlayerInit {
  scenarioId: string;
  input: TcpScenarioInput;
  step: number;
  lang: Lang;
  notices?: Notice[];
}

/** The player's state and actions. */
export interface PlayerState {
  scenarioId: string;
  /** The last valid input: the one the trace on screen comes from. */
  input: TcpScenarioInput;
  /** Errors of the latest rejected edit; empty when the last edit was valid. */
  errors: string[];
  trace: TcpTrace;
  step: number;
  playing: boolean;
  speed: Speed;
  /** Animation progress from `step` toward `step + 1`, 0..1. */
  progress: number;
  relative: boolean;
  lang: Lang;
  notices: Notice[];

  selectScenario(id: string): void;
  /** Validates and applies an edited input; returns whether it was accepted. */
  editInput(candidate: unknown): boolean;
  resetScenario(): void;
  /** Toggles loss of segment `seg-n` (see faults.ts), re-simulating at the same step. */
  toggleDrop(segId: string): void;
  removeFault(position: number): void;
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
  setRelative(relative: boolean): void;
  setLang(lang: Lang): void;
  dismissNotice(id: string): void;
}

/** A player store. */
export type PlayerStore = StoreApi<PlayerState>;

/**
 * The scenario's `numbers` choice; without one, relative (like Wireshark) unless it injects
 * segments, which read better in absolute numbers (they belong to no ISN).
 */
const prefersRelative = (input: TcpScenarioInput): boolean =>
  input.numbers ? input.numbers === 'relative' : !input.inject?.length;

const clamp = (n: number, max: number): number => Math.min(Math.max(0, Math.round(n)), max);

/** Creates a player store; throws if `init.input` is not a valid scenario (callers validate). */
export function createPlayerStore(deps: PlayerDeps, init: PlayerInit): PlayerStore {
  const run = (input: unknown): { trace: TcpTrace } | { errors: string[] } => {
    const parsed = parseScenario(input);
    return parsed.ok ? { trace: deps.simulate(parsed.value) } : { errors: parsed.errors };
  };
  const first = run(init.input);
  if ('errors' in first) throw new Error(`invalid initial scenario: ${first.errors.join('; ')}`);

  return createStore<PlayerState>()((set, get) => {
    /** Applies a valid input, keeping the cursor where it was (clamped). */
    const apply = (
      input: TcpScenarioInput,
      step: number,
      extra: Partial<PlayerState> = {},
    ): boolean => {
      const r = run(input);
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
      });
      return true;
    };
    const moveTo = (step: number) =>
      set({ step: clamp(step, get().trace.steps), progress: 0, playing: false });

    return {
      scenarioId: init.scenarioId,
      input: init.input,
      errors: [],
      trace: first.trace,
      step: clamp(init.step, first.trace.steps),
      playing: false,
      speed: 1,
      progress: 0,
      relative: prefersRelative(init.input),
      lang: init.lang,
      notices: init.notices ?? [],

      selectScenario(id) {
        const entry = deps.builtins.find((b) => b.id === id);
        if (entry) {
          apply(entry.input, 0, {
            scenarioId: id,
            playing: false,
            relative: prefersRelative(entry.input),
          });
        }
      },
      editInput(candidate) {
        return apply(candidate as TcpScenarioInput, get().step);
      },
      resetScenario() {
        const entry = deps.builtins.find((b) => b.id === get().scenarioId);
        if (entry) apply(entry.input, get().step);
      },
      toggleDrop(segId) {
        const { trace, input, step } = get();
        const faults = toggleDropFault(trace, input.faults ?? [], segId);
        if (faults) apply({ ...input, faults }, step);
      },
      removeFault(position) {
        const { input, step } = get();
        apply({ ...input, faults: (input.faults ?? []).filter((_, i) => i !== position) }, step);
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
      setRelative: (relative) => set({ relative }),
      setLang: (lang) => set({ lang }),
      dismissNotice: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
    };
  });
}
