// The "URL → page" view: the address bar on top; the topology, the waterfall and the TCP
// connection of the current step on the left; the narration, the message inspector, the
// rendering stages and the situation panel on the right. Everything follows the player's step.
// A HAR file's trace has its own layout (HarJourney.tsx): the waterfall, no topology or TCP.
import { lazy, Suspense, useMemo } from 'react';
import type { JourneyEvent, JourneyTrace } from '../../engine/journey/trace';
import { isHarTrace } from '../../capture/harTraceTypes';
import { stepRange, tcpStepAt } from '../../engine/journey/trace';
import { useJourney } from '../../store/PlayerProvider';
import { ViewBoundary } from '../ViewBoundary';
import { useReducedMotion } from '../hooks';
import { useLabel, useT } from '../useT';
import { SequenceView } from '../views/SequenceView';
import { TopologyView } from '../views/TopologyView';
import { WaterfallPanel } from './WaterfallPanel';
import { AddressBar } from './AddressBar';
import { Inspector } from './Inspector';
import { NotInEmbed } from '../params/NotInEmbed';
import { RenderStages } from './RenderStages';
import { JourneyNarration } from './JourneyNarration';
import './journey.css';

// The parameter panel is its own chunk: the embed shell never loads it.
// A HAR file's layout loads only when a HAR is shown.
const HarJourney = lazy(() => import('./HarJourney').then((m) => ({ default: m.HarJourney })));
const JourneyParams = lazy(() =>
  import('./JourneyParams').then((m) => ({ default: m.JourneyParams })),
);

/** The connection the step is about (its focus event's, else the latest one before it) and when. */
export function connectionAt(
  trace: JourneyTrace,
  step: number,
): { conn: string; t: number } | null {
  const [from, to] = stepRange(trace, step);
  const withConn = (e: JourneyEvent): e is JourneyEvent & { conn: string } => 'conn' in e;
  for (let i = to - 1; i >= 0; i--) {
    const e = trace.events[i]!;
    if (!withConn(e)) continue;
    // The step's own message is shown once it has arrived; earlier ones as they were.
    const t = i >= from && 'arriveAt' in e ? e.arriveAt : e.t;
    return { conn: e.conn, t };
  }
  return null;
}

/** The foundation's sequence diagram of the current step's TCP connection. */
function JourneyTcp({ trace }: { trace: JourneyTrace }) {
  const t = useT();
  const label = useLabel();
  const reducedMotion = useReducedMotion();
  const step = useJourney((s) => s.step);
  const at = useMemo(() => connectionAt(trace, step), [trace, step]);
  const conn = at ? trace.connections.find((c) => c.id === at.conn) : undefined;
  if (!at || !conn) return <p className="ww-muted ww-journey-none">{t('jp.tcpNone')}</p>;
  return (
    <>
      <h2 className="ww-journey-h">{t('jp.tcp', { conn: conn.id })}</h2>
      <SequenceView
        trace={conn.tcp}
        step={tcpStepAt(conn.tcp, at.t)}
        progress={0}
        relative
        label={label}
        reducedMotion={reducedMotion}
      />
    </>
  );
}

/** The main area of the journey view: a simulated journey, or a HAR file as recorded. */
export function JourneyPage() {
  const trace = useJourney((s) => s.trace);
  return isHarTrace(trace) ? (
    <Suspense fallback={<div className="ww-loading" aria-busy="true" />}>
      <HarJourney trace={trace} />
    </Suspense>
  ) : (
    <SimulatedJourney trace={trace} />
  );
}

function SimulatedJourney({ trace }: { trace: JourneyTrace }) {
  const t = useT();
  const label = useLabel();
  const reducedMotion = useReducedMotion();
  const step = useJourney((s) => s.step);
  const progress = useJourney((s) => (s.playing && !reducedMotion ? s.progress : 0));
  const scenarioId = useJourney((s) => s.scenarioId);
  const failed = <p className="ww-view-failed">{t('view.failed')}</p>;
  return (
    <>
      <AddressBar />
      <div className="ww-journey-left">
        <section className="ww-panel ww-journey-topology" aria-label={t('jp.topology')}>
          <ViewBoundary key={scenarioId} fallback={failed}>
            <TopologyView
              trace={trace}
              step={step}
              progress={progress}
              label={label}
              reducedMotion={reducedMotion}
            />
          </ViewBoundary>
        </section>
        <WaterfallPanel trace={trace} viewKey={scenarioId} />
        <section className="ww-panel ww-journey-tcp" aria-label={t('jp.tcp', { conn: '' })}>
          <ViewBoundary key={scenarioId} fallback={failed}>
            <JourneyTcp trace={trace} />
          </ViewBoundary>
        </section>
      </div>
      <div className="ww-side">
        <JourneyNarration />
        {/* The inspector and the stages name themselves (their own headings). */}
        <div className="ww-panel ww-journey-inspector">
          <ViewBoundary key={scenarioId} fallback={failed}>
            <Inspector trace={trace} step={step} />
          </ViewBoundary>
        </div>
        <div className="ww-panel ww-journey-render">
          <RenderStages
            trace={trace}
            step={step}
            progress={progress}
            reducedMotion={reducedMotion}
          />
        </div>
        <NotInEmbed>
          <JourneyParams />
        </NotInEmbed>
      </div>
    </>
  );
}
