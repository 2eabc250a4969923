// The app shell: header, notices, sequence diagram (left); states, narration, state diagrams and
// parameters (right, scrolling); the player bar at the bottom. Hosts the page-level effects.
import { SequenceView } from './views/SequenceView';
import { StateDiagramView } from './views/StateDiagramView';
import { usePlayer, usePlayerStore } from '../store/PlayerProvider';
import { Header } from './Header';
import { PlayerBar } from './PlayerBar';
import { NarrationPanel } from './NarrationPanel';
import { EndpointStatus } from './EndpointStatus';
import { Notices } from './Notices';
import { ParamsPanel } from './params/ParamsPanel';
import { ViewBoundary } from './ViewBoundary';
import { useKeyboardShortcuts, usePlaybackClock, useReducedMotion, useUrlSync } from './hooks';
import { useLabel, useT } from './useT';

function Diagrams() {
  const t = useT();
  const label = useLabel();
  const reducedMotion = useReducedMotion();
  const trace = usePlayer((s) => s.trace);
  const step = usePlayer((s) => s.step);
  const progress = usePlayer((s) => (s.playing && !reducedMotion ? s.progress : 0));
  const relative = usePlayer((s) => s.relative);
  const scenarioId = usePlayer((s) => s.scenarioId);
  const toggleDrop = usePlayerStore().getState().toggleDrop;
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
        <NarrationPanel />
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
        <ParamsPanel />
      </div>
    </>
  );
}

/** The whole page for one player store. */
export function App() {
  const t = useT();
  const store = usePlayerStore();
  const playing = usePlayer((s) => s.playing);
  usePlaybackClock(store, playing);
  useKeyboardShortcuts(store);
  useUrlSync(store);
  return (
    <div className="ww-app">
      <Header />
      <Notices />
      <main className="ww-main" aria-label={t('app.main')}>
        <Diagrams />
      </main>
      <PlayerBar />
    </div>
  );
}
