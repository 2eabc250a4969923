// The "Congestion control" view: the cwnd chart (large) and the per-round table (left); the
// narration and the parameters (right, scrolling). A click on a round of the chart toggles a loss.
// In the "segments" model the sequence diagram of the same run sits between chart and table,
// following the same player step, with a zoom for its time axis.
import { lazy, Suspense, useMemo, useState } from 'react';
import { CwndChartView } from '../views/CwndChartView';
import { RoundsTable } from '../views/RoundsTable';
import { useCongestion, useCongestionStore } from '../../store/PlayerProvider';
import { narrateCongestion } from '../../narration/congestion';
import { narrateSegments, segmentsHeading } from '../../narration/congestionSegments';
import {
  roundAtStep,
  tcpTraceOf,
  type CongestionSegmentsTrace,
} from '../../engine/congestion/trace';
import { NarrationPanel } from '../NarrationPanel';
import { ViewBoundary } from '../ViewBoundary';
import { useReducedMotion } from '../hooks';
import { useLabel, useT } from '../useT';
import { NotInEmbed } from '../params/NotInEmbed';

// The parameter panel is its own chunk: the embed shell never loads it.
const LabParams = lazy(() => import('./LabParams').then((m) => ({ default: m.LabParams })));
// The sequence diagram only shows in the "segments" model: the rounds model never loads it.
const SequenceView = lazy(() =>
  import('../views/SequenceView').then((m) => ({ default: m.SequenceView })),
);

function LabNarration() {
  const t = useT();
  const trace = useCongestion((s) => s.trace);
  const step = useCongestion((s) => s.step);
  const sentences = useMemo(
    () =>
      trace.model === 'segments'
        ? narrateSegments(trace, step, t)
        : narrateCongestion(trace, step, t),
    [trace, step, t],
  );
  const heading =
    trace.model === 'segments'
      ? segmentsHeading(trace, step, t)
      : step === 0
        ? t('lab.round0')
        : t('lab.round', { round: step });
  return <NarrationPanel heading={heading} sentences={sentences} />;
}

/** Zoom levels of the lab's sequence diagram (time axis scale); 2×: a bulk transfer's labels stay apart. */
const ZOOMS = [0.5, 1, 2, 4] as const;

/** The segments model's sequence diagram with its zoom buttons. */
function LabSequence({ trace }: { trace: CongestionSegmentsTrace }) {
  const t = useT();
  const label = useLabel();
  const reducedMotion = useReducedMotion();
  const step = useCongestion((s) => s.step);
  const progress = useCongestion((s) => (s.playing && !reducedMotion ? s.progress : 0));
  const [zoomAt, setZoomAt] = useState(ZOOMS.indexOf(2));
  const zoom = ZOOMS[zoomAt]!;
  const tcp = tcpTraceOf(trace);
  return (
    <>
      <div className="ww-lab-seq-bar">
        <h2>{t('lab.sequence')}</h2>
        <div role="group" aria-label={t('lab.sequence.zoom', { zoom })}>
          <button
            type="button"
            className="ww-small"
            disabled={zoomAt === 0}
            onClick={() => setZoomAt(zoomAt - 1)}
            aria-label={t('lab.sequence.zoomOut')}
          >
            −
          </button>
          <output aria-live="polite">{t('lab.sequence.zoom', { zoom })}</output>
          <button
            type="button"
            className="ww-small"
            disabled={zoomAt === ZOOMS.length - 1}
            onClick={() => setZoomAt(zoomAt + 1)}
            aria-label={t('lab.sequence.zoomIn')}
          >
            +
          </button>
        </div>
      </div>
      <SequenceView
        trace={tcp}
        step={step}
        progress={progress}
        relative
        label={label}
        reducedMotion={reducedMotion}
        zoom={zoom}
      />
    </>
  );
}

/** The main area of the congestion lab. */
export function CongestionLab() {
  const t = useT();
  const label = useLabel();
  const trace = useCongestion((s) => s.trace);
  const step = useCongestion((s) => s.step);
  const scenarioId = useCongestion((s) => s.scenarioId);
  // Actions never change: the chart's memo is not broken by a new callback.
  const toggleLossAt = useCongestionStore().getState().toggleLossAt;
  const failed = <p className="ww-view-failed">{t('view.failed')}</p>;
  return (
    <>
      <div className={`ww-lab-left ww-lab-${trace.model}`}>
        <div className="ww-panel ww-lab-chart">
          <ViewBoundary key={scenarioId} fallback={failed}>
            <CwndChartView trace={trace} step={step} label={label} onRoundClick={toggleLossAt} />
          </ViewBoundary>
        </div>
        {trace.model === 'segments' && (
          <section className="ww-panel ww-lab-seq" aria-label={t('lab.sequence')}>
            <ViewBoundary key={scenarioId} fallback={failed}>
              <Suspense fallback={<div className="ww-loading" aria-busy="true" />}>
                <LabSequence trace={trace} />
              </Suspense>
            </ViewBoundary>
          </section>
        )}
        <div className="ww-panel ww-lab-table">
          <ViewBoundary key={scenarioId} fallback={failed}>
            <RoundsTable trace={trace} step={roundAtStep(trace, step)} label={label} />
          </ViewBoundary>
        </div>
      </div>
      <div className="ww-side">
        <LabNarration />
        <NotInEmbed>
          <LabParams />
        </NotInEmbed>
      </div>
    </>
  );
}
