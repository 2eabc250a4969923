// The page root: provides the player of the view on screen to the shell, and the view's own
// store to its main area. The shell stays mounted across view switches (focus stays on the tab).
import { lazy, Suspense } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { activeStore, type Workspace } from '../store/workspace';
import {
  CongestionProvider,
  JourneyProvider,
  PlayerProvider,
  TcpProvider,
  WorkspaceProvider,
} from '../store/PlayerProvider';
import { App } from './App';
import type { Chrome } from './chrome';
// Each view's page is its own chunk (with its D3 views, narration and styles).
const TcpPage = lazy(() => import('./TcpPage').then((m) => ({ default: m.TcpPage })));
const CongestionLab = lazy(() =>
  import('./congestion/CongestionLab').then((m) => ({ default: m.CongestionLab })),
);
const JourneyPage = lazy(() =>
  import('./journey/JourneyPage').then((m) => ({ default: m.JourneyPage })),
);

/** Renders the workspace's current view inside `chrome` (the app's or the embed shell). */
export function Root({ workspace, chrome }: { workspace: StoreApi<Workspace>; chrome: Chrome }) {
  const ws = useStore(workspace);
  const { view, tcp, congestion, journey, switchView, page } = ws;
  return (
    <WorkspaceProvider store={workspace}>
      <PlayerProvider store={activeStore(ws)}>
        <App chrome={chrome} view={view} onSwitchView={switchView} page={page}>
          <Suspense fallback={<div className="ww-loading" aria-busy="true" />}>
            {view === 'journey' && journey ? (
              <JourneyProvider store={journey}>
                <JourneyPage />
              </JourneyProvider>
            ) : view === 'congestion' && congestion ? (
              <CongestionProvider store={congestion}>
                <CongestionLab />
              </CongestionProvider>
            ) : (
              tcp && (
                <TcpProvider store={tcp}>
                  <TcpPage />
                </TcpProvider>
              )
            )}
          </Suspense>
        </App>
      </PlayerProvider>
    </WorkspaceProvider>
  );
}
