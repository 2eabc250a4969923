// The parameters panel: edit the scenario; bad values get an inline message and the last valid
// run stays on screen. Typed text is kept as drafts until the scenario changes from elsewhere.
import { useId, useState } from 'react';
import type { TcpScenarioInput } from '../../scenarios/schema';
import { getBuiltin } from '../../scenarios';
import { usePlayer, usePlayerStore } from '../../store/PlayerProvider';
import { isModified } from '../../store/selectors';
import type { Translate } from '../../i18n/i18n';
import { useT } from '../useT';
import {
  CLOSERS,
  NUMBER_FIELDS,
  errorMatches,
  parseFieldText,
  readCloser,
  type Closer,
  type NumberField,
  writeCloser,
} from './fields';
import { LostSegments } from './LostSegments';

type Drafts = Partial<Record<NumberField['id'], string>>;

function fieldError(field: NumberField, errors: readonly string[], t: Translate): string | null {
  if (!errors.some((e) => errorMatches(e, field.path))) return null;
  const range = { min: field.min, max: field.max };
  return t(field.integer ? 'params.error.int' : 'params.error.number', range);
}

/** The collapsible panel of scenario parameters. */
export function ParamsPanel() {
  const t = useT();
  const id = useId();
  const input = usePlayer((s) => s.input);
  const errors = usePlayer((s) => s.errors);
  const relative = usePlayer((s) => s.relative);
  const builtinInput = usePlayer((s) => getBuiltin(s.scenarioId)?.input);
  const modified = builtinInput !== undefined && isModified(input, builtinInput);
  const api = usePlayerStore().getState();
  // Drafts belong to the input they were typed against; a new input from elsewhere clears them.
  const [own, setOwn] = useState<{ base: TcpScenarioInput; drafts: Drafts }>({
    base: input,
    drafts: {},
  });
  if (own.base !== input) setOwn({ base: input, drafts: {} });

  const applyDrafts = (drafts: Drafts) => {
    const candidate = NUMBER_FIELDS.reduce(
      (acc, f) =>
        drafts[f.id] === undefined ? acc : f.write(acc, parseFieldText(f, drafts[f.id] ?? '')),
      input,
    );
    const accepted = api.editInput(candidate);
    setOwn({ base: accepted ? candidate : input, drafts });
  };
  const unmapped = errors.filter((e) => !NUMBER_FIELDS.some((f) => errorMatches(e, f.path)));

  return (
    <details className="ww-panel ww-params">
      <summary>{t('params.heading')}</summary>
      <div className="ww-params-grid">
        {NUMBER_FIELDS.map((f) => {
          const error = fieldError(f, errors, t);
          const errorId = `${id}-${f.id}-error`;
          const value = own.drafts[f.id] ?? String(f.read(input) ?? '');
          return (
            <label key={f.id} className="ww-field">
              <span>{t(f.label)}</span>
              <input
                type="text"
                inputMode={f.integer ? 'numeric' : 'decimal'}
                value={value}
                placeholder={f.optional ? t('params.isnAuto') : undefined}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? errorId : undefined}
                onChange={(e) => applyDrafts({ ...own.drafts, [f.id]: e.target.value })}
              />
              {error && (
                <span id={errorId} className="ww-error">
                  {error}
                </span>
              )}
            </label>
          );
        })}
        <label className="ww-field">
          <span>{t('params.closer')}</span>
          <select
            value={readCloser(input)}
            onChange={(e) => api.editInput(writeCloser(input, e.target.value as Closer))}
          >
            {CLOSERS.map((c) => (
              <option key={c} value={c}>
                {t(`params.closer.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="ww-field ww-radios">
          <legend>{t('params.numbers')}</legend>
          {(['relative', 'absolute'] as const).map((mode) => (
            <label key={mode}>
              <input
                type="radio"
                name={`${id}-numbers`}
                checked={relative === (mode === 'relative')}
                onChange={() => api.setRelative(mode === 'relative')}
              />
              {t(`params.numbers.${mode}`)}
            </label>
          ))}
        </fieldset>
      </div>
      {errors.length > 0 && (
        <div className="ww-error-box" role="alert">
          <p>{t('params.invalid')}</p>
          {unmapped.map((e) => (
            <p key={e}>{t('params.error.other', { message: e })}</p>
          ))}
        </div>
      )}
      <LostSegments />
      <button
        type="button"
        onClick={() => {
          api.resetScenario();
          if (builtinInput) setOwn({ base: builtinInput, drafts: {} });
        }}
        disabled={!modified && errors.length === 0}
        title={t('params.resetHint')}
      >
        {t('params.reset')}
      </button>
    </details>
  );
}
