// The state of the Embed dialog's form: the options as typed (text fields keep what the user
// wrote, beside the last valid value), their validation messages, and what they make — the embed's
// address and its `<iframe>` snippet. Options start from what is on screen when the dialog opens.
import { useEffect, useState } from 'react';
import { BUILTIN_SCENARIOS, DEFAULT_SCENARIO_ID } from '../../scenarios';
import {
  BUILTIN_CONGESTION_SCENARIOS,
  DEFAULT_CONGESTION_SCENARIO_ID,
} from '../../scenarios/congestionBuiltins';
import {
  BUILTIN_JOURNEY_SCENARIOS,
  DEFAULT_JOURNEY_SCENARIO_ID,
} from '../../scenarios/journeyBuiltins';
import { ensureLanguage, translatorFor, type Lang, type Translate } from '../../i18n/i18n';
import type { PlayerCore, ScenarioEntry, ViewId } from '../../store/playerCore';
import { isModified } from '../../store/selectors';
import type { Theme } from '../../store/pageOptions';
import {
  DEFAULT_EMBED_HEIGHT,
  MAX_EMBED_HEIGHT,
  MIN_EMBED_HEIGHT,
  baseUrl,
  embedSrc,
  iframeSnippet,
  readHeight,
  readHostOrigin,
  readStep,
} from '../embedLinks';

/** The built-ins of every view (the dialog can embed any view, not only the one on screen). */
const BUILTINS: Record<ViewId, readonly ScenarioEntry<unknown>[]> = {
  tcp: BUILTIN_SCENARIOS,
  congestion: BUILTIN_CONGESTION_SCENARIOS,
  journey: BUILTIN_JOURNEY_SCENARIOS,
};
export const DEFAULT_IDS: Record<ViewId, string> = {
  tcp: DEFAULT_SCENARIO_ID,
  congestion: DEFAULT_CONGESTION_SCENARIO_ID,
  journey: DEFAULT_JOURNEY_SCENARIO_ID,
};

/** What is on screen when the dialog opens: its options start there. */
export interface EmbedStart {
  view: ViewId;
  scenarioId: string;
  input: unknown;
  step: number;
  /** Steps of the scenario on screen; null when a capture is on screen (the scenario's is not). */
  total: number | null;
  lang: Lang;
  /** The capture or HAR file on screen, which an embed cannot show. */
  captureName: string | null;
}

/** What is on screen, as the dialog starts from it (a capture cannot be embedded: step 0). */
export function embedStart(s: PlayerCore): EmbedStart {
  const captured = s.capture !== null;
  return {
    view: s.view,
    scenarioId: s.scenarioId,
    input: s.input,
    step: captured ? 0 : s.step,
    total: captured ? null : s.trace.steps,
    lang: s.lang,
    captureName: s.capture?.fileName ?? null,
  };
}

/** A text field: what the user typed, and the last value it read as. */
export interface TextOption<T> {
  text: string;
  value: T;
  /** Takes what the user typed; the value follows when the text reads as one. */
  type(text: string): void;
}

function useTextOption<T>(
  initial: T,
  read: (text: string) => { ok: true; value: T } | null,
  initialText = String(initial),
): TextOption<T> & { reset(value: T): void } {
  const [text, setText] = useState(initialText);
  const [value, setValue] = useState(initial);
  return {
    text,
    value,
    type(next) {
      setText(next);
      const r = read(next);
      if (r) setValue(r.value);
    },
    reset(next) {
      setText(String(next));
      setValue(next);
    },
  };
}

const asRead = <T>(v: T | null) => (v === null ? null : { ok: true as const, value: v });

/** The Embed dialog's options, their messages and the snippet they make. */
export function useEmbedOptions(start: EmbedStart, pageTheme: Theme, t: Translate) {
  const [view, setView] = useState<ViewId>(start.view);
  const [scenarioId, setScenarioId] = useState(start.scenarioId);
  const [keepEdits, setKeepEdits] = useState(true);
  const [autoplay, setAutoplay] = useState(false);
  const [loop, setLoop] = useState(false);
  const [controls, setControls] = useState(true);
  const [lang, setLang] = useState<Lang>(start.lang);
  const [theme, setTheme] = useState<Theme>(pageTheme);

  const builtins = BUILTINS[view];
  const entry = builtins.find((b) => b.id === scenarioId) ?? builtins[0]!;
  const isCurrent = view === start.view && entry.id === start.scenarioId;
  const edited = isCurrent && isModified(start.input, entry.input);
  const input = edited && keepEdits ? start.input : entry.input;
  // The number of steps is known for what is on screen; elsewhere the embed clamps the step.
  const maxStep = isCurrent && (keepEdits || !edited) ? start.total : null;

  const step = useTextOption(start.step, (s) => asRead(readStep(s, maxStep)));
  const height = useTextOption(DEFAULT_EMBED_HEIGHT, (s) => asRead(readHeight(s)));
  // No origin at first: the field starts empty.
  const origin = useTextOption<string | null>(
    null,
    (s) => {
      const r = readHostOrigin(s);
      return r.ok ? r : null;
    },
    '',
  );

  const stepError =
    readStep(step.text, maxStep) === null
      ? maxStep === null
        ? t('embed.stepErrorOpen')
        : t('embed.stepError', { max: maxStep })
      : null;
  const heightError =
    readHeight(height.text) === null
      ? t('embed.heightError', { min: MIN_EMBED_HEIGHT, max: MAX_EMBED_HEIGHT })
      : null;
  const originError = readHostOrigin(origin.text).ok ? null : t('embed.originError');

  const src = embedSrc(baseUrl(window.location.href), {
    view,
    scenarioId: entry.id,
    input,
    builtinInput: entry.input,
    step: step.value,
    lang,
    theme,
    autoplay,
    loop,
    controls,
    hostOrigin: origin.value,
  });
  // The snippet's title is in the embed's language: load its messages if the page has not yet.
  const [langReady, setLangReady] = useState<Lang | null>(null);
  useEffect(() => {
    let live = true;
    void ensureLanguage(lang).then(() => live && setLangReady(lang));
    return () => {
      live = false;
    };
  }, [lang]);
  const title =
    langReady === lang
      ? translatorFor(lang)('embed.iframeTitle', { title: entry.title[lang] })
      : `Wirewalk: ${entry.title[lang]}`;

  /** Picks a view's scenario; the step goes back to where the screen is, or to 0. */
  const chooseScenario = (nextView: ViewId, id: string) => {
    setView(nextView);
    setScenarioId(id);
    const back = nextView === start.view && id === start.scenarioId;
    step.reset(back ? start.step : 0);
  };

  return {
    start,
    view,
    builtins,
    entry,
    chooseScenario,
    edited,
    keepEdits,
    setKeepEdits,
    maxStep,
    step: { ...step, error: stepError },
    autoplay,
    setAutoplay,
    loop,
    setLoop,
    controls,
    setControls,
    lang,
    setLang,
    theme,
    setTheme,
    height: { ...height, error: heightError },
    origin: { ...origin, error: originError },
    invalid: stepError !== null || heightError !== null || originError !== null,
    src,
    title,
    snippet: iframeSnippet({ src, title, heightPx: height.value }),
  };
}

/** The Embed dialog's form state (see {@link useEmbedOptions}). */
export type EmbedOptions = ReturnType<typeof useEmbedOptions>;
