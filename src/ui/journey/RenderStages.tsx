// The browser side after the response: DOM → CSSOM → render tree → layout → paint as a row of
// boxes that fill as the player passes each `render.stage` step (the current one highlighted,
// the ones not reached faint). Reduced motion: the fill jumps instead of sliding.
import { memo, useId, useMemo } from 'react';
import type { JourneyTrace } from '../../engine/journey/trace';
import type { Translate } from '../../i18n/i18n';
import { ms } from '../../narration/journeyFormat';
import { useT } from '../useT';
import { stageViews } from './inspectRender';
import '../views/inspector.css';
import './inspector.css';

/** Props of the render stages strip. */
export interface RenderStagesProps {
  trace: JourneyTrace;
  step: number;
  /** Translate function; omitted, the player store's language is used. */
  t?: Translate;
  /** The current step's animation progress (0..1); omitted or with reduced motion: 1. */
  progress?: number;
  reducedMotion?: boolean;
}

/** The five render stages at the player's step. */
export function RenderStages({ t, ...props }: RenderStagesProps) {
  return t ? <StagesView {...props} t={t} /> : <StagesWithStoreLanguage {...props} />;
}

function StagesWithStoreLanguage(props: Omit<RenderStagesProps, 't'>) {
  const t = useT();
  return <StagesView {...props} t={t} />;
}

// Memo: the strip changes only with the trace, the step, the language and the animation.
const StagesView = memo(function StagesView({
  trace,
  step,
  t,
  progress,
  reducedMotion = false,
}: RenderStagesProps & { t: Translate }) {
  const id = useId();
  const stages = useMemo(() => stageViews(trace, step), [trace, step]);
  const current = reducedMotion ? 1 : Math.min(1, Math.max(0, progress ?? 1));
  return (
    <div className={`ww-rs${reducedMotion ? ' is-still' : ''}`}>
      <h2 className="ww-insp-h" id={id}>
        {t('insp.stages')}
      </h2>
      <ol className="ww-rs-row" aria-labelledby={id}>
        {stages.map((s) => {
          const label = t(`insp.stage.${s.stage}`);
          const fill = s.status === 'done' ? 1 : s.status === 'current' ? current : 0;
          return (
            <li
              key={s.stage}
              className={`ww-rs-stage is-${s.status}`}
              data-stage={s.stage}
              aria-current={s.status === 'current' ? 'step' : undefined}
            >
              <span
                className="ww-rs-fill"
                aria-hidden="true"
                style={{ transform: `scaleX(${fill})` }}
              />
              <span className="ww-rs-label">{label}</span>
              <span className="ww-rs-time">
                {s.start !== null && s.end !== null ? ms(s.end - s.start, t) : '\u00a0'}
                {s.passes > 1 ? ` ×${s.passes}` : ''}
              </span>
              <span className="ww-rs-hidden">{t(`insp.stage.${s.status}`)}</span>
            </li>
          );
        })}
      </ol>
    </div>
  );
});
