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

/**
 * Mirrors what is on screen into the URL (replaceState) and the language into <html lang>;
 * `extra`: the page options' parameters (theme, embed settings), kept in the URL as they are.
 * While a capture or HAR file is on screen, the URL keeps only the view, step and language (see
 * captureUrl.ts): it must not claim a scenario that is not shown.
 */
export function useUrlSync(store: PlayerStore, extra: readonly string[] = []): void {
  const extraKey = extra.join('&');
  useEffect(() => {
    const tail = extraKey ? extraKey.split('&') : [];
    const sync = () => {
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
    sync();
    return store.subscribe((now, before) => {
      if (
        now.step !== before.step ||
        now.input !== before.input ||
        now.lang !== before.lang ||
        now.scenarioId !== before.scenarioId ||
        now.capture !== before.capture
      ) {
        sync();
      }
    });
  }, [store, extraKey]);
}
