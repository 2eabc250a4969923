// Playback settings of the embed shell: `autoplay` (start once loaded) and `loop` (after the last
// step, hold it for a moment and start again from step 0).
import { useEffect } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { STEP_MS, type PlayerCore } from '../store/playerCore';

/** The embed shell's playback options (from the page options). */
export interface EmbedPlayback {
  autoplay: boolean;
  loop: boolean;
}

/** How long the last step stays on screen before a loop starts again, at speed 1. */
export const LOOP_HOLD_MS = 2 * STEP_MS;

/**
 * Autoplay: a viewer who asks for reduced motion gets no autoplay — the view waits at its start
 * step, and the play button (or the host's `play`) starts it. Content that moves on its own for
 * more than five seconds is what WCAG 2.2.2 asks to avoid, and the embed may have no controls.
 */
export function shouldAutoplay(autoplay: boolean, reducedMotion: boolean): boolean {
  return autoplay && !reducedMotion;
}

/** Did this update stop playback at the last step (the end of a play-through)? */
export function reachedEnd(now: PlayerCore, before: PlayerCore): boolean {
  return before.playing && !now.playing && now.step === now.trace.steps && now.trace.steps > 0;
}

const prefersReducedMotion = (): boolean =>
  typeof window.matchMedia === 'function' &&
  window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Timers as the loop uses them (the page's, or fake ones in tests). */
export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const pageTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Loop: each time playback stops at the last step, holds it for `LOOP_HOLD_MS` (scaled by the
 * speed) and plays again from step 0 — unless the viewer or the host moved or played meanwhile.
 * Returns the unsubscribe.
 */
export function loopPlayback(store: StoreApi<PlayerCore>, timers: Timers = pageTimers): () => void {
  let timer: unknown;
  const cancel = () => {
    if (timer !== undefined) timers.clear(timer);
    timer = undefined;
  };
  const unsubscribe = store.subscribe((now, before) => {
    if (reachedEnd(now, before)) {
      cancel();
      timer = timers.set(() => {
        timer = undefined;
        store.getState().play(); // play() from the last step starts at step 0
      }, LOOP_HOLD_MS / now.speed);
    } else if (timer !== undefined && (now.step !== before.step || now.playing)) {
      cancel();
    }
  });
  return () => {
    cancel();
    unsubscribe();
  };
}

/** Starts playback once (autoplay) and restarts it after each play-through (loop). */
export function useEmbedPlayback(store: StoreApi<PlayerCore>, options: EmbedPlayback): void {
  const { autoplay, loop } = options;
  useEffect(() => {
    if (shouldAutoplay(autoplay, prefersReducedMotion())) store.getState().play();
  }, [store, autoplay]);

  useEffect(() => (loop ? loopPlayback(store) : undefined), [store, loop]);
}
