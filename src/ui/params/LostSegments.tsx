// The "lost segments" list: the scenario's loss faults with remove buttons, and how to add one.
import { useTcp, useTcpStore } from '../../store/PlayerProvider';
import { describeFault } from '../../store/faults';
import { flagsLabel } from '../../narration/format';
import type { TcpFlag } from '../../engine/trace';
import { useT } from '../useT';

/** Lists drop faults (by index, by rule, random); delays and duplicates are not losses. */
export function LostSegments() {
  const t = useT();
  const faults = useTcp((s) => s.input.faults);
  const removeFault = useTcpStore().getState().removeFault;
  const items = (faults ?? [])
    .map((f, position) => ({ item: describeFault(f), position }))
    .flatMap(({ item, position }) => {
      if (item.kind === 'index')
        return [{ position, text: t('params.lost.index', { index: item.index }) }];
      if (item.kind === 'random')
        return [{ position, text: t('params.lost.random', { rate: item.rate }) }];
      if (item.kind === 'rule') {
        const endpoint = t(item.from === 'client' ? 'endpoint.client' : 'endpoint.server');
        const flags = flagsLabel(item.flags as TcpFlag[]);
        return [
          {
            position,
            text: t('params.lost.rule', { endpoint, flags, occurrence: item.occurrence }),
          },
        ];
      }
      return [];
    });
  return (
    <fieldset className="ww-lost">
      <legend>{t('params.lost')}</legend>
      {items.length === 0 ? (
        <p className="ww-muted">{t('params.lost.none')}</p>
      ) : (
        <ul>
          {items.map(({ position, text }) => (
            <li key={position}>
              <span>{text}</span>
              <button
                type="button"
                className="ww-small"
                aria-label={t('params.lost.removeLabel', { what: text })}
                onClick={() => removeFault(position)}
              >
                {t('params.lost.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="ww-hint">{t('params.lost.hint')}</p>
    </fieldset>
  );
}
