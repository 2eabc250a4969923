// The journey's waterfall panel, for a simulated journey and for a HAR file alike: the player's
// step and animation progress, a fresh error boundary per trace (`viewKey`).
import { useJourney } from '../../store/PlayerProvider';
import { ViewBoundary } from '../ViewBoundary';
import { useReducedMotion } from '../hooks';
import { useLabel, useT } from '../useT';
import { WaterfallView, type WaterfallViewProps } from '../views/WaterfallView';

/** The waterfall of `trace` at the journey player's step. */
export function WaterfallPanel({
  trace,
  viewKey,
}: {
  trace: WaterfallViewProps['trace'];
  viewKey: string;
}) {
  const t = useT();
  const label = useLabel();
  const reducedMotion = useReducedMotion();
  const step = useJourney((s) => s.step);
  const progress = useJourney((s) => (s.playing && !reducedMotion ? s.progress : 0));
  return (
    <section className="ww-panel ww-journey-waterfall" aria-label={t('jp.waterfall')}>
      <ViewBoundary key={viewKey} fallback={<p className="ww-view-failed">{t('view.failed')}</p>}>
        <WaterfallView
          trace={trace}
          step={step}
          progress={progress}
          label={label}
          reducedMotion={reducedMotion}
        />
      </ViewBoundary>
    </section>
  );
}
