// Page-level effects: reduced-motion preference, playback clock, keyboard shortcuts, URL + <html lang>.
import { useEffect, useSyncExternalStore } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { PlayerCore } from '../store/playerCore';
import { builtinOf } from '../store/selectors';
import { writeUrl } from './url';
import { captureSearch } from './capture/captureUrl';

/** Any view's player store: the page-level effects need only the shared player. */
type PlayerStore = StoreApi<PlayerCore>;

const REDUCED = '(prefers-reduced-motion: reduce)';

/** True when the user asks for reduced motion (live: follows changes of the preference). */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const mq = window.matchMedia(REDUCED);
      mq.addEventListener('change', onChange);
      return () => mq.removeEventListener('change', onChange);
    },
    () => window.matchMedia(REDUCED).matches,
  );
}

/** While playing, feeds wall time to the store once per animation frame (UI layer only). */
export function usePlaybackClock(store: PlayerStore, playing: boolean): void {
  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    let frame = requestAnimationFrame(function tick(now) {
      store.getState().advance(now - last);
      last = now;
      frame = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(frame);
  }, [store, playing]);
}

/** The event the "?" key sends: the help dialog (HelpButton) listens and calls preventDefault. */
export const HELP_EVENT = 'wirewalk:help';

/** Asks for the keyboard help; true when a help dialog answered (opened). */
export function requestHelp(): boolean {
  return !window.dispatchEvent(new Event(HELP_EVENT, { cancelable: true }));
}

/** Is the key meant for the focused control rather than for the player? */
function ownedByTarget(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('input, select, textarea')) return true;
  // An open dialog (help, embed) owns the keyboard: the player behind it must not move.
  if (target.closest('dialog[open]')) return true;
  // Space and Enter activate a focused button or summary themselves.
  return (key === ' ' || key === 'Enter') && target.closest('button, summary, a[href]') !== null;
}

/** Space = play/pause, ← / → = step, Home / End = first / last step, ? = keyboard help. */
export function useKeyboardShortcuts(store: PlayerStore): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // A control that handled the key itself (view tabs, chart rounds) called preventDefault.
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      if (ownedByTarget(e.target, e.key)) return;
      const s = store.getState();
      const action: Record<string, () => void> = {
        ' ': s.togglePlay,
        ArrowLeft: s.stepBack,
        ArrowRight: s.stepForward,
        Home: s.restart,
        End: () => s.seek(s.trace.steps),
        '?': requestHelp,
        // The full-width question mark of a Chinese input method.
        '？': requestHelp,
      };
      const run = action[e.key];
      if (!run) return;
      e.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}

/** While the step keeps changing (playback, a held arrow key), the URL is written at most this
 * often: `history.replaceState` can take tens of ms, too much for every frame. */
export const URL_STEP_SYNC_MS = 200;

/** Writes a URL update still waiting for its turn, if any (before something reads the URL). */
let flushPending: (() => void) | null = null;

/** Brings the address bar up to date now (Share and Embed read it). */
export function flushUrlSync(): void {
  flushPending?.();
}

/**
 * Mirrors what is on screen into the URL (replaceState) and the language into <html lang>;
 * `extra`: the page options' parameters (theme, embed settings), kept in the URL as they are.
 * While a capture or HAR file is on screen, the URL keeps only the view, step and language (see
 * captureUrl.ts): it must not claim a scenario that is not shown. A change of scenario, input,
 * language or capture is written at once; step changes at most every URL_STEP_SYNC_MS (the first
 * at once, the last always).
 */
export function useUrlSync(store: PlayerStore, extra: readonly string[] = []): void {
  const extraKey = extra.join('&');
  useEffect(() => {
    const tail = extraKey ? extraKey.split('&') : [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastWrite = -Infinity;
    const sync = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      flushPending = null;
      lastWrite = performance.now();
      const s = store.getState();
      const { view, scenarioId, input, step, lang } = s;
      const search = s.capture
        ? captureSearch({ view, step, lang }, tail)
        : writeUrl({ view, scenarioId, input, step, lang }, builtinOf(s)?.input, tail);
      if (search !== window.location.search) {
        window.history.replaceState(
          window.history.state,
          '',
          `${window.location.pathname}${search}`,
        );
      }
      document.documentElement.lang = lang;
    };
    const syncStep = () => {
      if (timer !== undefined) return;
      const wait = lastWrite + URL_STEP_SYNC_MS - performance.now();
      if (wait <= 0) return sync();
      timer = setTimeout(sync, wait);
      flushPending = sync;
    };
    sync();
    const unsubscribe = store.subscribe((now, before) => {
      if (
        now.input !== before.input ||
        now.lang !== before.lang ||
        now.scenarioId !== before.scenarioId ||
        now.capture !== before.capture
      ) {
        sync();
      } else if (now.step !== before.step) {
        syncStep();
      }
    });
    return () => {
      unsubscribe();
      // A step still waiting is written now (the next store's own sync follows at once).
      if (timer !== undefined) sync();
    };
  }, [store, extraKey]);
}
