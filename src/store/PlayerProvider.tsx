// React access to player stores: one provider per mounted view, narrow selectors for components.
// Shared components (header, player bar, notices) read the core player; view-specific components
// read their own kind's store, provided alongside it.
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { PlayerCore } from './playerCore';
import type { PlayerState } from './playerStore';
import type { CongestionPlayerState } from './congestionStore';
import type { JourneyPlayerState } from './journeyStore';
import type { Workspace } from './workspace';

/** A context for one kind of player store, with its provider and typed hooks. */
function playerContext<S>(name: string) {
  const Context = createContext<StoreApi<S> | null>(null);
  function Provider({ store, children }: { store: StoreApi<S>; children: ReactNode }) {
    return <Context.Provider value={store}>{children}</Context.Provider>;
  }
  function useApi(): StoreApi<S> {
    const store = useContext(Context);
    if (!store) throw new Error(`${name}: no provider above this component`);
    return store;
  }
  function useSelect<T>(selector: (state: S) => T): T {
    return useStore(useApi(), selector);
  }
  return { Provider, useApi, useSelect };
}

const core = playerContext<PlayerCore>('usePlayer');
const tcp = playerContext<PlayerState>('useTcp');
const congestion = playerContext<CongestionPlayerState>('useCongestion');
const journey = playerContext<JourneyPlayerState>('useJourney');
const workspace = playerContext<Workspace>('useWorkspace');

/** Makes `store` the player of everything inside (shared components read it). */
export const PlayerProvider = core.Provider;
/** The player store of the nearest provider (for actions and subscriptions). */
export const usePlayerStore = core.useApi;
/** A slice of the shared player state; re-renders only when the slice changes. */
export const usePlayer = core.useSelect;

/** Makes `store` the TCP player of everything inside. */
export const TcpProvider = tcp.Provider;
/** The TCP player store (for actions). */
export const useTcpStore = tcp.useApi;
/** A slice of the TCP player state. */
export const useTcp = tcp.useSelect;

/** Makes `store` the congestion-lab player of everything inside. */
export const CongestionProvider = congestion.Provider;
/** The congestion-lab player store (for actions). */
export const useCongestionStore = congestion.useApi;
/** A slice of the congestion-lab player state. */
export const useCongestion = congestion.useSelect;

/** Makes `store` the journey player of everything inside. */
export const JourneyProvider = journey.Provider;
/** The journey player store (for actions). */
export const useJourneyStore = journey.useApi;
/** A slice of the journey player state. */
export const useJourney = journey.useSelect;

/** Makes `store` the workspace (view on screen, page options) of everything inside. */
export const WorkspaceProvider = workspace.Provider;
/** A slice of the workspace state (the view, the page options and their actions). */
export const useWorkspace = workspace.useSelect;
