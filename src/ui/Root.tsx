// The page root: provides the player of the view on screen to the shell, and the view's own
// store to its main area. The shell stays mounted across view switches (focus stays on the tab).
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
import { TcpPage } from './TcpPage';
import { CongestionLab } from './congestion/CongestionLab';
import { JourneyPage } from './journey/JourneyPage';

/** Renders the workspace's current view. */
export function Root({ workspace }: { workspace: StoreApi<Workspace> }) {
  const ws = useStore(workspace);
  const { view, tcp, congestion, journey, switchView, page } = ws;
  return (
    <WorkspaceProvider store={workspace}>
      <PlayerProvider store={activeStore(ws)}>
        <App view={view} onSwitchView={switchView} page={page}>
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
        </App>
      </PlayerProvider>
    </WorkspaceProvider>
  );
}
