// The embed's side of the postMessage API (see docs/embed.md): posts `ready`, `step` and `ended` to
// the host page (window.parent) and carries out the host's `play`, `pause`, `goto` and `load`.
// Mounted only by the embed shell. With a host origin, only that origin is heard and written to.
// `connectEmbedApi` holds the logic (testable without a DOM); the hook wires it to `window`.
import { useEffect } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { PlayerCore } from '../store/playerCore';
import {
  acceptsOrigin,
  endedMessage,
  errorMessage,
  parseCommand,
  readScenarioPayload,
  readyMessage,
  stepMessage,
  targetOrigin,
  type Command,
  type EmbedMessage,
} from './protocol';
import { loadNarrator, summaryOf, type Narrator } from './summary';

/** Where the embed's messages go and whom it obeys. */
export interface EmbedApiOptions {
  /** The only origin obeyed and written to; null: any origin (posts use `*`). */
  hostOrigin: string | null;
}

/** The host page as the API sees it: something to post to. */
export type Host = Pick<Window, 'postMessage'>;

/** The parts of a MessageEvent the API reads. */
export interface IncomingMessage {
  source: unknown;
  origin: string;
  data: unknown;
}

/** A warning sink (console.warn in the page). */
export type Warn = (message: string) => void;

/** Carries out one valid command on the player; returns an error message to post, if any. */
export function runCommand(store: StoreApi<PlayerCore>, command: Command): string | null {
  const s = store.getState();
  switch (command.type) {
    case 'play':
      s.play();
      return null;
    case 'pause':
      s.pause();
      return null;
    case 'goto':
      s.seek(command.step); // seek clamps to 0…total and pauses
      return null;
    case 'load': {
      const payload = readScenarioPayload(command.scenario);
      if (!payload.ok) return payload.message;
      const errorsBefore = s.errors;
      if (!s.editInput(payload.value)) {
        const errors = store.getState().errors;
        // "Nothing changes": the rejected edit's errors are the host's, not the screen's.
        store.setState({ errors: errorsBefore });
        return errors.join('; ') || 'the scenario is not valid for this view';
      }
      store.getState().seek(command.step ?? 0);
      return null;
    }
  }
}

/** The API between one player and its host: `receive` incoming messages, `start` the events. */
export interface EmbedApi {
  /** Handles one message event (ignored with a warning unless a valid command from the host). */
  receive(e: IncomingMessage): void;
  /** Posts `ready` and the current `step`, then follows the store; returns the unsubscribe. */
  start(narrator: Narrator): () => void;
}

/** The API of `store` talking to `host` (null: not framed, nothing is posted or obeyed). */
export function connectEmbedApi(
  store: StoreApi<PlayerCore>,
  host: Host | null,
  { hostOrigin }: EmbedApiOptions,
  warn: Warn,
): EmbedApi {
  const post = (message: EmbedMessage) => host?.postMessage(message, targetOrigin(hostOrigin));
  let warnedForeign = false;
  return {
    receive(e) {
      // Only the embedding page commands the embed (not sibling frames, not this window).
      if (host === null || e.source !== host) return;
      if (!acceptsOrigin(hostOrigin, e.origin)) {
        warn(`Wirewalk embed: ignored a message from ${e.origin} (only ${hostOrigin} is obeyed).`);
        return;
      }
      const parsed = parseCommand(e.data);
      if (!parsed.ok) {
        // Other scripts' messages are reported once, so the console stays readable.
        if (parsed.reason === 'foreign' && warnedForeign) return;
        if (parsed.reason === 'foreign') warnedForeign = true;
        warn(`Wirewalk embed: ignored a message: ${parsed.detail}.`);
        return;
      }
      const error = runCommand(store, parsed.command);
      if (error !== null) post(errorMessage(parsed.command.type, error));
    },
    start(narrator) {
      if (host === null) return () => {};
      const postStep = (s: PlayerCore) =>
        post(stepMessage(s.step, s.trace.steps, summaryOf(narrator, s)));
      const s = store.getState();
      post(
        readyMessage({
          view: s.view,
          scenario: s.scenarioId,
          step: s.step,
          total: s.trace.steps,
          lang: s.lang,
        }),
      );
      postStep(s);
      return store.subscribe((now, before) => {
        const traceChanged = now.trace !== before.trace;
        if (now.step === before.step && !traceChanged && now.lang === before.lang) return;
        postStep(now);
        const total = now.trace.steps;
        if (now.step === total && total > 0 && (before.step !== total || traceChanged)) {
          post(endedMessage(total));
        }
      });
    },
  };
}

/** Posts the player's events to the host page and obeys the host's commands (embed mode only). */
export function useEmbedApi(store: StoreApi<PlayerCore>, options: EmbedApiOptions): void {
  const { hostOrigin } = options;
  useEffect(() => {
    const host = window.parent !== window ? window.parent : null;
    const api = connectEmbedApi(store, host, { hostOrigin }, (m) => console.warn(m));
    const onMessage = (e: MessageEvent) => api.receive(e);
    // Commands are obeyed at once; events wait for the view's narration (for the summaries).
    window.addEventListener('message', onMessage);
    let stop: (() => void) | undefined;
    let cancelled = false;
    void loadNarrator(store.getState().view).then((narrator) => {
      if (!cancelled) stop = api.start(narrator);
    });
    return () => {
      cancelled = true;
      window.removeEventListener('message', onMessage);
      stop?.();
    };
  }, [store, hostOrigin]);
}
