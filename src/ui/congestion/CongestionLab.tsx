// The "Congestion control" view: the cwnd chart (large) and the per-round table (left); the
// narration and the parameters (right, scrolling). A click on a round of the chart toggles a loss.
import { useMemo } from 'react';
import { CwndChartView } from '../views/CwndChartView';
import { RoundsTable } from '../views/RoundsTable';
import { useCongestion, useCongestionStore } from '../../store/PlayerProvider';
import { narrateCongestion } from '../../narration/congestion';
import { NarrationPanel } from '../NarrationPanel';
import { ViewBoundary } from '../ViewBoundary';
import { useLabel, useT } from '../useT';
import { LabParams } from './LabParams';

function LabNarration() {
  const t = useT();
  const trace = useCongestion((s) => s.trace);
  const step = useCongestion((s) => s.step);
  const sentences = useMemo(() => narrateCongestion(trace, step, t), [trace, step, t]);
  const heading = step === 0 ? t('lab.round0') : t('lab.round', { round: step });
  return <NarrationPanel heading={heading} sentences={sentences} />;
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
      <div className="ww-lab-left">
        <div className="ww-panel ww-lab-chart">
          <ViewBoundary key={scenarioId} fallback={failed}>
            <CwndChartView trace={trace} step={step} label={label} onRoundClick={toggleLossAt} />
          </ViewBoundary>
        </div>
        <div className="ww-panel ww-lab-table">
          <ViewBoundary key={scenarioId} fallback={failed}>
            <RoundsTable trace={trace} step={step} label={label} />
          </ViewBoundary>
        </div>
      </div>
      <div className="ww-side">
        <LabNarration />
        <LabParams />
      </div>
    </>
  );
}
