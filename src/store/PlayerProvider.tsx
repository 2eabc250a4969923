// React access to a player store: one provider per mounted view, narrow selectors for components.
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { PlayerState, PlayerStore } from './playerStore';

const PlayerContext = createContext<PlayerStore | null>(null);

/** Makes `store` the player store of everything inside. */
export function PlayerProvider({ store, children }: { store: PlayerStore; children: ReactNode }) {
  return <PlayerContext.Provider value={store}>{children}</PlayerContext.Provider>;
}

/** The store of the nearest provider (for actions and subscriptions). */
export function usePlayerStore(): PlayerStore {
  const store = useContext(PlayerContext);
  if (!store) throw new Error('usePlayerStore: no <PlayerProvider> above this component');
  return store;
}

/** A slice of the player state; the component re-renders only when the slice changes. */
export function usePlayer<T>(selector: (state: PlayerState) => T): T {
  return useStore(usePlayerStore(), selector);
}
