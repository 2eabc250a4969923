// The lab's parameters: algorithm, compared algorithms, windows, rounds, RTT, inflation, losses.
// Bad values get an inline message and the last valid chart stays; Reset restores the built-in.
import { useEffect, useId } from 'react';
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
  SEGMENTS_FIELDS,
  comparable,
  lastLossRound,
  readAlgorithm,
  readInflation,
  readModel,
  writeAlgorithm,
  writeCompare,
  writeModel,
} from './labFields';
import { segmentsGeometry } from '../../engine/congestion/geometry';

const MODELS = ['rounds', 'segments'] as const;
const ALL_FIELDS = [...LAB_FIELDS, ...SEGMENTS_FIELDS];
import { LossList } from './LossList';
import { loadSegmentsModel } from '../../store/kinds/congestion';

/** The parameters panel of the congestion lab (always open: the lab is about changing them). */
export function LabParams() {
  const t = useT();
  const id = useId();
  const input = useCongestion((s) => s.input);
  const errors = useCongestion((s) => s.errors);
  const builtinInput = useCongestion((s) => builtinOf(s)?.input);
  const modified = useCongestion(isPlayerModified);
  // The model switch is here: fetch the "segments" engine now (after the first paint), so the
  // switch answers at once. The embed shell, which has no panel, never downloads it.
  useEffect(() => {
    void loadSegmentsModel();
  }, []);
  const api = useCongestionStore().getState();
  const drafts = useDrafts(input, ALL_FIELDS, api.editInput);
  const model = readModel(input);
  const trace = useCongestion((s) => s.trace);
  // A loss past the last round belongs to the rounds field: that is what the student just typed.
  const lossConflict = errors.some((e) => errorMatches(e, 'losses'));
  const fields = model === 'segments' ? ALL_FIELDS : LAB_FIELDS;
  const hintOf = (id: string): string | undefined => {
    if (id === 'rttMs')
      return t(model === 'segments' ? 'lab.params.rttHintSegments' : 'lab.params.rttHint');
    if (id === 'rwnd' && model === 'segments' && trace.model === 'segments')
      return t('lab.params.rwndSegments', {
        bytes: segmentsGeometry(trace.scenario).rwndBytes.toLocaleString('en-US'),
      });
    return undefined;
  };
  const placeholderOf = (id: string): string | undefined =>
    id === 'rwnd'
      ? t('lab.params.rwndUnlimited')
      : id === 'bandwidthBps'
        ? t('lab.params.bandwidthNone')
        : id === 'queuePackets'
          ? t('lab.params.queueNone')
          : undefined;
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
        <fieldset className="ww-field ww-radios" aria-describedby={`${id}-model`}>
          <legend>{t('lab.model')}</legend>
          {MODELS.map((m) => (
            <label key={m}>
              <input
                type="radio"
                name={`${id}-model`}
                value={m}
                checked={model === m}
                onChange={() => api.editInput(writeModel(input, m))}
              />
              {t(`lab.model.${m}`)}
            </label>
          ))}
          <span id={`${id}-model`} className="ww-hint">
            {t('lab.model.hint')}
          </span>
        </fieldset>
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
        {fields.map((f) => (
          <NumberInput
            key={f.id}
            label={t(f.label)}
            value={drafts.value(f)}
            integer={f.integer}
            error={errorOf(f)}
            hint={hintOf(f.id)}
            placeholder={placeholderOf(f.id)}
            onChange={(text) => drafts.change(f, text)}
          />
        ))}
        {model === 'rounds' && (
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
        )}
      </div>
      <InvalidBox
        errors={errors}
        unmapped={unmappedErrors(errors, fields).filter((e) => !errorMatches(e, 'losses'))}
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
