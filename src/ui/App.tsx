// The page around the view on screen: hosts the page-level effects for its player (clock, keys,
// URL) and renders the chrome loaded for the page — the app's (AppChrome.tsx) or, with `embed=1`,
// the embed shell (EmbedShell.tsx) — around the same main area.
import type { ReactNode } from 'react';
import type { ViewId } from '../store/playerCore';
import { usePlayer, usePlayerStore } from '../store/PlayerProvider';
import { useKeyboardShortcuts, usePlaybackClock, useUrlSync } from './hooks';
import { DEFAULT_PAGE_OPTIONS, pageOptionsQuery, type PageOptions } from '../store/pageOptions';
import type { Chrome } from './chrome';

/** Props: the chrome, the view on screen, how to switch, the page options, the view's main area. */
export interface AppProps {
  chrome: Chrome;
  view: ViewId;
  onSwitchView: (view: ViewId) => void;
  page?: PageOptions;
  children: ReactNode;
}

/** The whole page for the player store of the nearest provider. */
export function App({
  chrome: Chrome,
  view,
  onSwitchView,
  page = DEFAULT_PAGE_OPTIONS,
  children,
}: AppProps) {
  const store = usePlayerStore();
  const playing = usePlayer((s) => s.playing);
  usePlaybackClock(store, playing);
  useKeyboardShortcuts(store);
  useUrlSync(store, pageOptionsQuery(page));
  return (
    <Chrome view={view} onSwitchView={onSwitchView} page={page}>
      {children}
    </Chrome>
  );
}
