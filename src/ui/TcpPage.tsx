// The "TCP connection" view: sequence diagram (left); states, narration, the event list (the
// diagram as text), state diagrams and parameters (right, scrolling).
import { lazy, useMemo } from 'react';
import { SequenceView } from './views/SequenceView';
import { StateDiagramView } from './views/StateDiagramView';
import { EventList } from './views/EventList';
import { useTcp, useTcpStore } from '../store/PlayerProvider';
import { narrate } from '../narration/narrate';
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

function TcpNarration() {
  const t = useT();
  const trace = useTcp((s) => s.trace);
  const step = useTcp((s) => s.step);
  const relative = useTcp((s) => s.relative);
  const sentences = useMemo(
    () => narrate(trace, step, t, { relative }),
    [trace, step, t, relative],
  );
  return <NarrationPanel heading={t('narration.step', { step })} sentences={sentences} />;
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
  const toggleDrop = useTcpStore().getState().toggleDrop;
  const failed = <p className="ww-view-failed">{t('view.failed')}</p>;
  return (
    <>
      <section className="ww-panel ww-sequence" aria-label={t('view.sequence')}>
        <ViewBoundary key={scenarioId} fallback={failed}>
          <SequenceView
            trace={trace}
            step={step}
            progress={progress}
            relative={relative}
            label={label}
            reducedMotion={reducedMotion}
            onSegmentClick={toggleDrop}
          />
        </ViewBoundary>
      </section>
      <div className="ww-side">
        <EndpointStatus />
        <TcpNarration />
        {/* The sequence diagram as text (its text alternative), right under the narration. */}
        <EventList trace={trace} step={step} relative={relative} />
        <div className="ww-states">
          {(['client', 'server'] as const).map((endpoint) => (
            <section
              key={endpoint}
              className="ww-panel ww-state-diagram"
              aria-label={t(endpoint === 'client' ? 'view.stateClient' : 'view.stateServer')}
            >
              <ViewBoundary key={scenarioId} fallback={failed}>
                <StateDiagramView trace={trace} step={step} endpoint={endpoint} label={label} />
              </ViewBoundary>
            </section>
          ))}
        </div>
        <NotInEmbed>
          <ParamsPanel />
        </NotInEmbed>
      </div>
    </>
  );
}
