// The journey's waterfall panel, for a simulated journey and for a HAR file alike: the player's
// step and animation progress, a fresh error boundary per trace (`viewKey`), and a click (or
// Enter, Space) on a row that moves the player to the row's step, so the inspector shows it. The
// HAR layout also passes the page load events' plug-in (`marks`).
import { useCallback } from 'react';
import { useJourney, useJourneyStore } from '../../store/PlayerProvider';
import { ViewBoundary } from '../ViewBoundary';
import { useReducedMotion } from '../hooks';
import { useLabel, useT } from '../useT';
import { WaterfallView, type WaterfallViewProps } from '../views/WaterfallView';

/** The waterfall of `trace` at the journey player's step. */
export function WaterfallPanel({
  trace,
  viewKey,
  marks,
}: {
  trace: WaterfallViewProps['trace'];
  viewKey: string;
  marks?: WaterfallViewProps['marks'];
}) {
  const t = useT();
  const label = useLabel();
  const reducedMotion = useReducedMotion();
  const step = useJourney((s) => s.step);
  const progress = useJourney((s) => (s.playing && !reducedMotion ? s.progress : 0));
  const store = useJourneyStore();
  // The row's step (waterfallSteps.ts): where its request is sent, or a cache hit's lookup.
  const onRowClick = useCallback(
    (_requestId: string, rowStep: number) => store.getState().seek(rowStep),
    [store],
  );
  return (
    <section className="ww-panel ww-journey-waterfall" aria-label={t('jp.waterfall')}>
      <ViewBoundary key={viewKey} fallback={<p className="ww-view-failed">{t('view.failed')}</p>}>
        <WaterfallView
          trace={trace}
          step={step}
          progress={progress}
          label={label}
          reducedMotion={reducedMotion}
          onRowClick={onRowClick}
          marks={marks}
        />
      </ViewBoundary>
    </section>
  );
}
