// The lab's losses: the list with remove buttons, which loss type a click on the chart places,
// and a toggle for the current round (the keyboard way to place a loss).
import { useId } from 'react';
import { useCongestion, useCongestionStore } from '../../store/PlayerProvider';
import type { LossType } from '../../store/congestionStore';
import { roundAtStep } from '../../engine/congestion/trace';
import { useT } from '../useT';

const TYPES: readonly LossType[] = ['tripleDupAck', 'timeout'];

/** The "Losses" fieldset of the lab's parameters. */
export function LossList() {
  const t = useT();
  const id = useId();
  const losses = useCongestion((s) => s.input.losses);
  const clickType = useCongestion((s) => s.clickLossType);
  // The round the player is in (in the segments model: the round of the step's time).
  const step = useCongestion((s) => roundAtStep(s.trace, s.step));
  const model = useCongestion((s) => s.trace.model);
  const api = useCongestionStore().getState();
  const here = (losses ?? []).some((l) => l.round === step);
  return (
    <fieldset className="ww-lost">
      <legend>{t('lab.losses')}</legend>
      {losses?.length ? (
        <ul aria-label={t('lab.losses')}>
          {losses.map((l, position) => (
            <li key={l.round}>
              <span>{t(`lab.losses.item.${l.type}`, { round: l.round })}</span>
              <button
                type="button"
                className="ww-small"
                aria-label={t('lab.losses.removeLabel', { round: l.round })}
                onClick={() => api.removeLoss(position)}
              >
                {t('lab.losses.remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="ww-muted">{t('lab.losses.none')}</p>
      )}
      <fieldset className="ww-field ww-radios ww-loss-type">
        <legend>{t('lab.losses.clickType')}</legend>
        {TYPES.map((type) => (
          <label key={type}>
            <input
              type="radio"
              name={`${id}-type`}
              checked={clickType === type}
              onChange={() => api.setClickLossType(type)}
            />
            {t(`lab.losses.type.${type}`)}
          </label>
        ))}
      </fieldset>
      <p className="ww-hint">
        {t(model === 'segments' ? 'lab.losses.hintSegments' : 'lab.losses.hint')}
      </p>
      <button
        type="button"
        className="ww-small"
        aria-pressed={here}
        disabled={step === 0}
        onClick={() => api.toggleLossAt(step)}
      >
        {t('lab.losses.here', { round: step })}
      </button>
    </fieldset>
  );
}
