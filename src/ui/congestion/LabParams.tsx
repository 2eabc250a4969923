// The lab's parameters: algorithm, compared algorithms, windows, rounds, RTT, inflation, losses.
// Bad values get an inline message and the last valid chart stays; Reset restores the built-in.
import { useId } from 'react';
import type { AlgorithmId } from '../../engine/congestion/algorithm';
import { ALGORITHM_IDS } from '../../engine/congestion/algorithm';
import { ALGORITHM_NAMES } from '../../viz/cwnd/format';
import { useCongestion, useCongestionStore } from '../../store/PlayerProvider';
import { builtinOf, isPlayerModified } from '../../store/selectors';
import { fieldError, unmappedErrors, errorMatches } from '../params/fields';
import { useDrafts } from '../params/useDrafts';
import { NumberInput } from '../params/NumberInput';
import { InvalidBox, ResetButton } from '../params/EditStatus';
import { useT } from '../useT';
import {
  LAB_FIELDS,
  comparable,
  lastLossRound,
  readAlgorithm,
  readInflation,
  writeAlgorithm,
  writeCompare,
} from './labFields';
import { LossList } from './LossList';

/** The parameters panel of the congestion lab (always open: the lab is about changing them). */
export function LabParams() {
  const t = useT();
  const id = useId();
  const input = useCongestion((s) => s.input);
  const errors = useCongestion((s) => s.errors);
  const builtinInput = useCongestion((s) => builtinOf(s)?.input);
  const modified = useCongestion(isPlayerModified);
  const api = useCongestionStore().getState();
  const drafts = useDrafts(input, LAB_FIELDS, api.editInput);
  // A loss past the last round belongs to the rounds field: that is what the student just typed.
  const lossConflict = errors.some((e) => errorMatches(e, 'losses'));
  const errorOf = (f: (typeof LAB_FIELDS)[number]) =>
    fieldError(f, errors, t) ??
    (f.id === 'rounds' && lossConflict
      ? t('lab.error.roundsLoss', { round: lastLossRound(input) })
      : null);
  const algorithm = readAlgorithm(input);
  const compare = new Set(input.compare ?? []);

  return (
    <section className="ww-panel ww-params ww-lab-params" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('params.heading')}</h2>
      <div className="ww-params-grid">
        <label className="ww-field">
          <span>{t('lab.params.algorithm')}</span>
          <select
            value={algorithm}
            onChange={(e) => api.editInput(writeAlgorithm(input, e.target.value as AlgorithmId))}
          >
            {ALGORITHM_IDS.map((a) => (
              <option key={a} value={a}>
                {ALGORITHM_NAMES[a]}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="ww-field ww-radios ww-compare" aria-describedby={`${id}-compare`}>
          <legend>{t('lab.params.compare')}</legend>
          {comparable(input).map((a) => (
            <label key={a}>
              <input
                type="checkbox"
                checked={compare.has(a)}
                onChange={(e) => api.editInput(writeCompare(input, a, e.target.checked))}
              />
              {ALGORITHM_NAMES[a]}
            </label>
          ))}
          <span id={`${id}-compare`} className="ww-hint">
            {t('lab.params.compareHint')}
          </span>
        </fieldset>
        {LAB_FIELDS.map((f) => (
          <NumberInput
            key={f.id}
            label={t(f.label)}
            value={drafts.value(f)}
            integer={f.integer}
            error={errorOf(f)}
            hint={f.id === 'rttMs' ? t('lab.params.rttHint') : undefined}
            placeholder={f.optional ? t('lab.params.rwndUnlimited') : undefined}
            onChange={(text) => drafts.change(f, text)}
          />
        ))}
        <div className="ww-field ww-switch">
          <label>
            <input
              type="checkbox"
              role="switch"
              checked={readInflation(input)}
              aria-describedby={`${id}-inflation`}
              onChange={(e) => api.editInput({ ...input, inflation: e.target.checked })}
            />
            {t('lab.params.inflation')}
          </label>
          <span id={`${id}-inflation`} className="ww-hint">
            {t('lab.params.inflationHint')}
          </span>
        </div>
      </div>
      <InvalidBox
        errors={errors}
        unmapped={unmappedErrors(errors, LAB_FIELDS).filter((e) => !errorMatches(e, 'losses'))}
      />
      <LossList />
      <ResetButton
        enabled={modified || errors.length > 0}
        onReset={() => {
          api.resetScenario();
          if (builtinInput) drafts.reset(builtinInput);
        }}
      />
    </section>
  );
}
