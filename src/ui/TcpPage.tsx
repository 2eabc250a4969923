// The "TCP connection" view: sequence diagram (left); states, narration, the event list (the
// diagram as text), state diagrams and parameters (right, scrolling). While a captured
// conversation is shown, the parameters (which edit scenarios) give way to the capture header
// (file, endpoints, packets, duration, mark counts, "Back to the simulation") and the segment
// inspector; clicking an arrow then goes to its step instead of losing the segment.
import { lazy, Suspense, useCallback, useMemo } from 'react';
import { SequenceView } from './views/SequenceView';
import { StateDiagramView } from './views/StateDiagramView';
import { EventList } from './views/EventList';
import { useTcp, useTcpStore } from '../store/PlayerProvider';
import { narrate } from '../narration/narrate';
import { captureHeading } from '../narration/capture';
import { NarrationPanel } from './NarrationPanel';
import { EndpointStatus } from './EndpointStatus';
import { NotInEmbed } from './params/NotInEmbed';
import { ViewBoundary } from './ViewBoundary';
import { useReducedMotion } from './hooks';
import { useLabel, useT } from './useT';

// The parameter panel is its own chunk: the embed shell never loads it.
const ParamsPanel = lazy(() =>
  import('./params/ParamsPanel').then((m) => ({ default: m.ParamsPanel })),
);
// The capture header and the segment inspector load only when a capture is shown.
const CaptureHeader = lazy(() =>
  import('./capture/CaptureHeader').then((m) => ({ default: m.CaptureHeader })),
);
const SegmentInspector = lazy(() =>
  import('./capture/SegmentInspector').then((m) => ({ default: m.SegmentInspector })),
);

function TcpNarration() {
  const t = useT();
  const trace = useTcp((s) => s.trace);
  const step = useTcp((s) => s.step);
  const relative = useTcp((s) => s.relative);
  const sentences = useMemo(
    () => narrate(trace, step, t, { relative }),
    [trace, step, t, relative],
  );
  const heading = trace.capture ? captureHeading(trace, step, t) : t('narration.step', { step });
  return <NarrationPanel heading={heading} sentences={sentences} />;
}

/** The main area of the TCP view. */
export function TcpPage() {
  const t = useT();
  const label = useLabel();
  const reducedMotion = useReducedMotion();
  const trace = useTcp((s) => s.trace);
  const step = useTcp((s) => s.step);
  const progress = useTcp((s) => (s.playing && !reducedMotion ? s.progress : 0));
  const relative = useTcp((s) => s.relative);
  const scenarioId = useTcp((s) => s.scenarioId);
  const source = useTcp((s) => s.capture);
  const store = useTcpStore();
  const captured = source !== null && trace.capture !== undefined;
  // A captured segment cannot be "lost" (nothing is re-simulated): a click goes to its step.
  const onSegmentClick = useCallback(
    (segId: string) => {
      const s = store.getState();
      if (s.trace.capture) s.seek(Number(segId.slice(4)));
      else s.toggleDrop(segId);
    },
    [store],
  );
  // A new conversation or scenario remounts the views (a failed drawing gets a fresh start).
  const viewKey = captured
    ? `capture|${source.fileName}|${trace.capture?.conversation}`
    : scenarioId;
  const failed = <p className="ww-view-failed">{t('view.failed')}</p>;
  return (
    <>
      <section className="ww-panel ww-sequence" aria-label={t('view.sequence')}>
        <ViewBoundary key={viewKey} fallback={failed}>
          <SequenceView
            trace={trace}
            step={step}
            progress={progress}
            relative={relative}
            label={label}
            reducedMotion={reducedMotion}
            onSegmentClick={onSegmentClick}
          />
        </ViewBoundary>
      </section>
      <div className="ww-side">
        {captured && (
          <Suspense fallback={null}>
            <CaptureHeader trace={trace} source={source} />
          </Suspense>
        )}
        <EndpointStatus />
        <TcpNarration />
        {captured && (
          <Suspense fallback={null}>
            <SegmentInspector trace={trace} step={step} relative={relative} t={t} />
          </Suspense>
        )}
        {/* The sequence diagram as text (its text alternative), right under the narration. */}
        <EventList trace={trace} step={step} relative={relative} />
        <div className="ww-states">
          {(['client', 'server'] as const).map((endpoint) => (
            <section
              key={endpoint}
              className="ww-panel ww-state-diagram"
              aria-label={t(endpoint === 'client' ? 'view.stateClient' : 'view.stateServer')}
            >
              <ViewBoundary key={viewKey} fallback={failed}>
                <StateDiagramView trace={trace} step={step} endpoint={endpoint} label={label} />
              </ViewBoundary>
            </section>
          ))}
        </div>
        {!captured && (
          <NotInEmbed>
            <ParamsPanel />
          </NotInEmbed>
        )}
      </div>
    </>
  );
}
