// The player bar: play/pause, step back/forward, restart, timeline slider, speed, "Step k / n"
// (and "Round k / n" in the congestion lab: a step is a round, or in the segments model a step
// falls in the round of its time).
import { SPEEDS, type Speed } from '../store/playerCore';
import { usePlayer, usePlayerStore } from '../store/PlayerProvider';
import { timeAt } from '../store/selectors';
import { duration } from '../narration/format';
import { roundAtStep, type CongestionTrace } from '../engine/congestion/trace';
import { useT } from './useT';
import { Icon } from './Icon';

/** Playback controls; every control has an accessible name from the catalog. */
export function PlayerBar() {
  const t = useT();
  const step = usePlayer((s) => s.step);
  const total = usePlayer((s) => s.trace.steps);
  const playing = usePlayer((s) => s.playing);
  const speed = usePlayer((s) => s.speed);
  const time = usePlayer((s) => timeAt(s.trace, s.step));
  // The lab's store holds a congestion trace whenever the view is "congestion" (a captured
  // conversation has no rounds).
  const rounds = usePlayer(
    (s) => s.view === 'congestion' && (s.trace as CongestionTrace).model !== 'capture',
  );
  const round = usePlayer((s) =>
    s.view === 'congestion' ? roundAtStep(s.trace as CongestionTrace, s.step) : 0,
  );
  const roundTotal = usePlayer((s) => {
    const trace = s.trace as CongestionTrace;
    return s.view === 'congestion' && trace.model !== 'capture' ? trace.summary.rounds.length : 0;
  });
  // Actions never change, so reading them once per render subscribes to nothing.
  const actions = usePlayerStore().getState();
  return (
    <section className="ww-player" aria-label={t('player.controls')}>
      <div className="ww-buttons">
        <button
          type="button"
          onClick={actions.restart}
          aria-label={t('player.restart')}
          title={t('player.restart')}
        >
          <Icon name="restart" />
        </button>
        <button
          type="button"
          onClick={actions.stepBack}
          disabled={step === 0}
          aria-label={t('player.stepBack')}
          title={t('player.stepBack')}
        >
          <Icon name="back" />
        </button>
        <button
          type="button"
          className="ww-primary"
          onClick={actions.togglePlay}
          aria-label={playing ? t('player.pause') : t('player.play')}
          title={playing ? t('player.pause') : t('player.play')}
        >
          <Icon name={playing ? 'pause' : 'play'} />
        </button>
        <button
          type="button"
          onClick={actions.stepForward}
          disabled={step === total}
          aria-label={t('player.stepForward')}
          title={t('player.stepForward')}
        >
          <Icon name="forward" />
        </button>
      </div>
      <input
        className="ww-timeline"
        type="range"
        min={0}
        max={total}
        step={1}
        value={step}
        aria-label={t('player.timeline')}
        aria-valuetext={t('player.stepOf', { step, total })}
        onChange={(e) => actions.seek(Number(e.target.value))}
      />
      <span className="ww-stepof">{t('player.stepOf', { step, total })}</span>
      {rounds && (
        <span className="ww-roundof" data-testid="round-of">
          {t('player.roundOf', { round, total: roundTotal })}
        </span>
      )}
      <span className="ww-time">{t('player.time', { time: duration(time, t) })}</span>
      <label className="ww-field ww-field-inline">
        <span>{t('player.speed')}</span>
        <select
          aria-label={t('player.speed')}
          value={speed}
          onChange={(e) => actions.setSpeed(Number(e.target.value) as Speed)}
        >
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {t('player.speedOption', { speed: s })}
            </option>
          ))}
        </select>
      </label>
      <p className="ww-keys">{t('player.keys')}</p>
    </section>
  );
}
