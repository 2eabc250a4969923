// The option fields of the Embed dialog: what to show (view, scenario, edits, start step), how it
// plays (autoplay, loop, controls) and how it looks (language, theme, height, host origin). The
// state and its validation live in useEmbedOptions; every text field shows its own message.
import type { Ref } from 'react';
import { LANGS, isLang, type Translate } from '../../i18n/i18n';
import { VIEWS } from '../../store/playerCore';
import { THEMES } from '../../store/pageOptions';
import { MAX_EMBED_HEIGHT, MIN_EMBED_HEIGHT } from '../embedLinks';
import { Field } from './dialogParts';
import { DEFAULT_IDS, type EmbedOptions, type TextOption } from './useEmbedOptions';

/** The three fieldsets of the form; `firstField` (the view menu) gets focus when the dialog opens. */
export function EmbedOptionsForm({
  o,
  t,
  firstField,
}: {
  o: EmbedOptions;
  t: Translate;
  firstField: Ref<HTMLSelectElement>;
}) {
  const { start, maxStep } = o;
  return (
    <div className="ww-embed-options">
      <fieldset>
        <legend>{t('embed.content')}</legend>
        <Field label={t('embed.view')} error={null}>
          {(a11y) => (
            <select
              {...a11y}
              ref={firstField}
              value={o.view}
              onChange={(e) => {
                const v = VIEWS.find((x) => x === e.target.value);
                if (v) o.chooseScenario(v, v === start.view ? start.scenarioId : DEFAULT_IDS[v]);
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
              value={o.entry.id}
              onChange={(e) => o.chooseScenario(o.view, e.target.value)}
            >
              {o.builtins.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.title[start.lang]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {o.edited && (
          <Check label={t('embed.keepEdits')} checked={o.keepEdits} onChange={o.setKeepEdits} />
        )}
        <TextField
          label={t('embed.step')}
          option={o.step}
          hint={maxStep === null ? t('embed.stepHintOpen') : t('embed.stepHint', { max: maxStep })}
          inputMode="numeric"
        />
      </fieldset>
      <fieldset>
        <legend>{t('embed.playback')}</legend>
        <Check label={t('embed.autoplay')} checked={o.autoplay} onChange={o.setAutoplay} />
        <Check label={t('embed.loop')} checked={o.loop} onChange={o.setLoop} />
        <Check label={t('embed.controls')} checked={o.controls} onChange={o.setControls} />
      </fieldset>
      <fieldset>
        <legend>{t('embed.look')}</legend>
        <Field label={t('embed.language')} error={null}>
          {(a11y) => (
            <select
              {...a11y}
              value={o.lang}
              onChange={(e) => isLang(e.target.value) && o.setLang(e.target.value)}
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
              value={o.theme}
              onChange={(e) => {
                const v = THEMES.find((x) => x === e.target.value);
                if (v) o.setTheme(v);
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
        <TextField
          label={t('embed.height')}
          option={o.height}
          hint={t('embed.heightHint', { min: MIN_EMBED_HEIGHT, max: MAX_EMBED_HEIGHT })}
          inputMode="numeric"
        />
        <TextField
          label={t('embed.origin')}
          option={o.origin}
          hint={t('embed.originHint')}
          inputMode="url"
          placeholder="https://school.example"
        />
      </fieldset>
    </div>
  );
}

function Check({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="ww-check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}

function TextField<T>({
  label,
  option,
  hint,
  inputMode,
  placeholder,
}: {
  label: string;
  option: TextOption<T> & { error: string | null };
  hint: string;
  inputMode: 'numeric' | 'url';
  placeholder?: string;
}) {
  return (
    <Field label={label} error={option.error} hint={hint}>
      {(a11y) => (
        <input
          {...a11y}
          type="text"
          inputMode={inputMode}
          spellCheck={inputMode === 'url' ? false : undefined}
          autoComplete={inputMode === 'url' ? 'off' : undefined}
          placeholder={placeholder}
          value={option.text}
          onChange={(e) => option.type(e.target.value)}
        />
      )}
    </Field>
  );
}
