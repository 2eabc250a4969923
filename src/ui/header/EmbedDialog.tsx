// The Embed dialog: builds the `<iframe>` snippet of an embed from its options (view, scenario and
// parameters, start step, autoplay, loop, controls, language, theme, height, host origin), with a
// live preview and a Copy button. A modal <dialog>: focus stays inside, Escape closes, and the
// opener gets focus back. Loaded on first use (default export for React.lazy). While a capture or
// HAR file is on screen, an embed cannot show it (the file stays on this computer): the dialog
// says so and starts from the scenario the view had before, at step 0.
import { useEffect, useId, useRef, useState } from 'react';
import { BUILTIN_SCENARIOS, DEFAULT_SCENARIO_ID } from '../../scenarios';
import {
  BUILTIN_CONGESTION_SCENARIOS,
  DEFAULT_CONGESTION_SCENARIO_ID,
} from '../../scenarios/congestionBuiltins';
import {
  BUILTIN_JOURNEY_SCENARIOS,
  DEFAULT_JOURNEY_SCENARIO_ID,
} from '../../scenarios/journeyBuiltins';
import { LANGS, ensureLanguage, isLang, translatorFor, type Lang } from '../../i18n/i18n';
import { VIEWS, type ScenarioEntry, type ViewId } from '../../store/playerCore';
import { usePlayerStore, useWorkspace } from '../../store/PlayerProvider';
import { isModified } from '../../store/selectors';
import { THEMES, type Theme } from '../../store/pageOptions';
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
import { useT } from '../useT';
import { clip } from '../../export/messages';
import { copyText, CONFIRM_MS } from './clipboard';
import { EmbedPreview } from './EmbedPreview';
import { Field, trapTab } from './dialogParts';

/** The built-ins of every view (the dialog can embed any view, not only the one on screen). */
const BUILTINS: Record<ViewId, readonly ScenarioEntry<unknown>[]> = {
  tcp: BUILTIN_SCENARIOS,
  congestion: BUILTIN_CONGESTION_SCENARIOS,
  journey: BUILTIN_JOURNEY_SCENARIOS,
};
const DEFAULT_IDS: Record<ViewId, string> = {
  tcp: DEFAULT_SCENARIO_ID,
  congestion: DEFAULT_CONGESTION_SCENARIO_ID,
  journey: DEFAULT_JOURNEY_SCENARIO_ID,
};

/** What is on screen when the dialog opens: its options start there. */
interface Current {
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

/** The modal snippet builder; `onClose` unmounts it and focuses the Embed button. */
export default function EmbedDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const store = usePlayerStore();
  const pageTheme = useWorkspace((w) => w.page.theme);
  const [current] = useState<Current>(() => {
    const s = store.getState();
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
  });
  const headingId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const firstField = useRef<HTMLSelectElement>(null);
  const snippetArea = useRef<HTMLTextAreaElement>(null);

  const [view, setView] = useState<ViewId>(current.view);
  const [scenarioId, setScenarioId] = useState(current.scenarioId);
  const [keepEdits, setKeepEdits] = useState(true);
  const [stepText, setStepText] = useState(String(current.step));
  const [step, setStep] = useState(current.step);
  const [autoplay, setAutoplay] = useState(false);
  const [loop, setLoop] = useState(false);
  const [controls, setControls] = useState(true);
  const [lang, setLang] = useState<Lang>(current.lang);
  const [theme, setTheme] = useState<Theme>(pageTheme);
  const [heightText, setHeightText] = useState(String(DEFAULT_EMBED_HEIGHT));
  const [height, setHeight] = useState(DEFAULT_EMBED_HEIGHT);
  const [originText, setOriginText] = useState('');
  const [origin, setOrigin] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (!d.open) d.showModal();
    firstField.current?.focus();
    return () => {
      if (d.open) d.close();
    };
  }, []);

  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(''), CONFIRM_MS);
    return () => clearTimeout(timer);
  }, [status]);

  const builtins = BUILTINS[view];
  const entry = builtins.find((b) => b.id === scenarioId) ?? builtins[0]!;
  const isCurrent = view === current.view && entry.id === current.scenarioId;
  const edited = isCurrent && isModified(current.input, entry.input);
  const input = edited && keepEdits ? current.input : entry.input;
  // The number of steps is known for what is on screen; elsewhere the embed clamps the step.
  const maxStep = isCurrent && (keepEdits || !edited) ? current.total : null;

  const stepError =
    readStep(stepText, maxStep) === null
      ? maxStep === null
        ? t('embed.stepErrorOpen')
        : t('embed.stepError', { max: maxStep })
      : null;
  const heightError =
    readHeight(heightText) === null
      ? t('embed.heightError', { min: MIN_EMBED_HEIGHT, max: MAX_EMBED_HEIGHT })
      : null;
  const originError = readHostOrigin(originText).ok ? null : t('embed.originError');
  const invalid = stepError !== null || heightError !== null || originError !== null;

  const src = embedSrc(baseUrl(window.location.href), {
    view,
    scenarioId: entry.id,
    input,
    builtinInput: entry.input,
    step,
    lang,
    theme,
    autoplay,
    loop,
    controls,
    hostOrigin: origin,
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
  const snippet = iframeSnippet({ src, title, heightPx: height });

  const chooseScenario = (nextView: ViewId, id: string) => {
    setView(nextView);
    setScenarioId(id);
    const back = nextView === current.view && id === current.scenarioId;
    setStep(back ? current.step : 0);
    setStepText(String(back ? current.step : 0));
  };

  const copy = async () => {
    if (await copyText(snippet)) setStatus(t('embed.copied'));
    else {
      snippetArea.current?.focus();
      snippetArea.current?.select();
      setStatus(t('embed.copyFallback'));
    }
  };

  return (
    <dialog
      ref={dialog}
      className="ww-embed-dialog ww-modal"
      aria-labelledby={headingId}
      // Ignore a close that a reopen overtook (React's StrictMode runs the effect twice in dev).
      onClose={() => dialog.current?.open || onClose()}
      onKeyDown={trapTab}
      // A click on the backdrop (the dialog element itself, outside its content) closes it.
      onClick={(e) => e.target === e.currentTarget && dialog.current?.close()}
    >
      <div className="ww-embed-dialog-body">
        <div className="ww-embed-dialog-head">
          <h2 id={headingId}>{t('embed.title')}</h2>
          <button type="button" className="ww-small" onClick={() => dialog.current?.close()}>
            {t('embed.close')}
          </button>
        </div>
        <p className="ww-muted">{t('embed.intro')}</p>
        {current.captureName !== null && (
          <p className="ww-embed-capture-note" role="note">
            {t('capture.embed.note', { name: clip(current.captureName, 80) })}
          </p>
        )}
        <div className="ww-embed-grid">
          <div className="ww-embed-options">
            <fieldset>
              <legend>{t('embed.content')}</legend>
              <Field label={t('embed.view')} error={null}>
                {(a11y) => (
                  <select
                    {...a11y}
                    ref={firstField}
                    value={view}
                    onChange={(e) => {
                      const v = VIEWS.find((x) => x === e.target.value);
                      if (v)
                        chooseScenario(v, v === current.view ? current.scenarioId : DEFAULT_IDS[v]);
                    }}
                  >
                    {VIEWS.map((v) => (
                      <option key={v} value={v}>
                        {t(`view.${v}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label={t('embed.scenario')} error={null}>
                {(a11y) => (
                  <select
                    {...a11y}
                    value={entry.id}
                    onChange={(e) => chooseScenario(view, e.target.value)}
                  >
                    {builtins.map((b) => (
                      <option key={b.id} value={b.id}>
                        {b.title[current.lang]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              {edited && (
                <label className="ww-check">
                  <input
                    type="checkbox"
                    checked={keepEdits}
                    onChange={(e) => setKeepEdits(e.target.checked)}
                  />
                  {t('embed.keepEdits')}
                </label>
              )}
              <Field
                label={t('embed.step')}
                error={stepError}
                hint={
                  maxStep === null ? t('embed.stepHintOpen') : t('embed.stepHint', { max: maxStep })
                }
              >
                {(a11y) => (
                  <input
                    {...a11y}
                    type="text"
                    inputMode="numeric"
                    value={stepText}
                    onChange={(e) => {
                      setStepText(e.target.value);
                      const n = readStep(e.target.value, maxStep);
                      if (n !== null) setStep(n);
                    }}
                  />
                )}
              </Field>
            </fieldset>
            <fieldset>
              <legend>{t('embed.playback')}</legend>
              <label className="ww-check">
                <input
                  type="checkbox"
                  checked={autoplay}
                  onChange={(e) => setAutoplay(e.target.checked)}
                />
                {t('embed.autoplay')}
              </label>
              <label className="ww-check">
                <input type="checkbox" checked={loop} onChange={(e) => setLoop(e.target.checked)} />
                {t('embed.loop')}
              </label>
              <label className="ww-check">
                <input
                  type="checkbox"
                  checked={controls}
                  onChange={(e) => setControls(e.target.checked)}
                />
                {t('embed.controls')}
              </label>
            </fieldset>
            <fieldset>
              <legend>{t('embed.look')}</legend>
              <Field label={t('embed.language')} error={null}>
                {(a11y) => (
                  <select
                    {...a11y}
                    value={lang}
                    onChange={(e) => isLang(e.target.value) && setLang(e.target.value)}
                  >
                    {LANGS.map((l) => (
                      <option key={l} value={l} lang={l}>
                        {t(`lang.${l}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label={t('embed.theme')} error={null}>
                {(a11y) => (
                  <select
                    {...a11y}
                    value={theme}
                    onChange={(e) => {
                      const v = THEMES.find((x) => x === e.target.value);
                      if (v) setTheme(v);
                    }}
                  >
                    {THEMES.map((v) => (
                      <option key={v} value={v}>
                        {t(`embed.theme.${v}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field
                label={t('embed.height')}
                error={heightError}
                hint={t('embed.heightHint', { min: MIN_EMBED_HEIGHT, max: MAX_EMBED_HEIGHT })}
              >
                {(a11y) => (
                  <input
                    {...a11y}
                    type="text"
                    inputMode="numeric"
                    value={heightText}
                    onChange={(e) => {
                      setHeightText(e.target.value);
                      const n = readHeight(e.target.value);
                      if (n !== null) setHeight(n);
                    }}
                  />
                )}
              </Field>
              <Field label={t('embed.origin')} error={originError} hint={t('embed.originHint')}>
                {(a11y) => (
                  <input
                    {...a11y}
                    type="text"
                    inputMode="url"
                    spellCheck={false}
                    autoComplete="off"
                    placeholder="https://school.example"
                    value={originText}
                    onChange={(e) => {
                      setOriginText(e.target.value);
                      const r = readHostOrigin(e.target.value);
                      if (r.ok) setOrigin(r.value);
                    }}
                  />
                )}
              </Field>
            </fieldset>
          </div>
          <div className="ww-embed-output">
            <Field label={t('embed.snippet')} error={invalid ? t('embed.invalid') : null}>
              {(a11y) => (
                <textarea
                  {...a11y}
                  aria-invalid={undefined}
                  ref={snippetArea}
                  className="ww-embed-snippet"
                  readOnly
                  rows={8}
                  spellCheck={false}
                  value={snippet}
                  data-testid="embed-snippet"
                />
              )}
            </Field>
            <div className="ww-embed-copy">
              <button
                type="button"
                className="ww-primary-button"
                disabled={invalid}
                onClick={() => void copy()}
              >
                {t('embed.copy')}
              </button>
              <span aria-live="polite" aria-atomic="true">
                {status}
              </span>
            </div>
            <EmbedPreview src={src} title={t('embed.previewTitle', { title })} heightPx={height} />
          </div>
        </div>
      </div>
    </dialog>
  );
}
