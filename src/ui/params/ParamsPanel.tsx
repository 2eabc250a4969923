// The TCP parameters panel: edit the scenario; bad values get an inline message and the last valid
// run stays on screen. Typed text is kept as drafts until the scenario changes from elsewhere.
import { useId } from 'react';
import { useTcp, useTcpStore } from '../../store/PlayerProvider';
import { builtinOf, isPlayerModified } from '../../store/selectors';
import { useT } from '../useT';
import {
  CLOSERS,
  NUMBER_FIELDS,
  fieldError,
  readCloser,
  unmappedErrors,
  writeCloser,
  type Closer,
} from './fields';
import { useDrafts } from './useDrafts';
import { NumberInput } from './NumberInput';
import { InvalidBox, ResetButton } from './EditStatus';
import { LostSegments } from './LostSegments';

/** The collapsible panel of scenario parameters. */
export function ParamsPanel() {
  const t = useT();
  const id = useId();
  const input = useTcp((s) => s.input);
  const errors = useTcp((s) => s.errors);
  const relative = useTcp((s) => s.relative);
  const builtinInput = useTcp((s) => builtinOf(s)?.input);
  const modified = useTcp(isPlayerModified);
  const api = useTcpStore().getState();
  const drafts = useDrafts(input, NUMBER_FIELDS, api.editInput);

  return (
    <details className="ww-panel ww-params">
      <summary>{t('params.heading')}</summary>
      <div className="ww-params-grid">
        {NUMBER_FIELDS.map((f) => (
          <NumberInput
            key={f.id}
            label={t(f.label)}
            value={drafts.value(f)}
            integer={f.integer}
            error={fieldError(f, errors, t)}
            placeholder={f.optional ? t('params.isnAuto') : undefined}
            onChange={(text) => drafts.change(f, text)}
          />
        ))}
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
      <InvalidBox errors={errors} unmapped={unmappedErrors(errors, NUMBER_FIELDS)} />
      <LostSegments />
      <ResetButton
        enabled={modified || errors.length > 0}
        onReset={() => {
          api.resetScenario();
          if (builtinInput) drafts.reset(builtinInput);
        }}
      />
    </details>
  );
}
