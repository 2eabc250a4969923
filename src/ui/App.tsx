// The app shell: header (with the view tabs), notices, the current view's main area, and the
// player bar at the bottom. Hosts the page-level effects for the player on screen. With `embed=1`
// the embed shell (EmbedShell.tsx) replaces the chrome around the same main area.
import type { ReactNode } from 'react';
import type { ViewId } from '../store/playerCore';
import { usePlayer, usePlayerStore } from '../store/PlayerProvider';
import { Header } from './Header';
import { tabId } from './ViewTabs';
import { PlayerBar } from './PlayerBar';
import { Notices } from './Notices';
import { useKeyboardShortcuts, usePlaybackClock, useUrlSync } from './hooks';
import { useT } from './useT';
import { DEFAULT_PAGE_OPTIONS, pageOptionsQuery, type PageOptions } from '../store/pageOptions';
import { EmbedShell } from './EmbedShell';

/** Props of the shell: the view on screen, how to switch, the page options, the view's main area. */
export interface AppProps {
  view: ViewId;
  onSwitchView: (view: ViewId) => void;
  page?: PageOptions;
  children: ReactNode;
}

/** The id of the main area, which the view tabs control. */
export const VIEW_PANEL_ID = 'ww-view-panel';

/** The whole page for the player store of the nearest provider. */
export function App({ view, onSwitchView, page = DEFAULT_PAGE_OPTIONS, children }: AppProps) {
  const t = useT();
  const store = usePlayerStore();
  const playing = usePlayer((s) => s.playing);
  usePlaybackClock(store, playing);
  useKeyboardShortcuts(store);
  useUrlSync(store, pageOptionsQuery(page));
  if (page.embed) {
    return (
      <EmbedShell view={view} page={page}>
        {children}
      </EmbedShell>
    );
  }
  return (
    <div className="ww-app">
      <Header view={view} onSwitchView={onSwitchView} panelId={VIEW_PANEL_ID} />
      <Notices />
      <main className="ww-main-landmark" aria-label={t(`view.${view}`)}>
        <div
          id={VIEW_PANEL_ID}
          role="tabpanel"
          aria-labelledby={tabId(view)}
          className={`ww-main ww-main-${view}`}
        >
          {children}
        </div>
      </main>
      <PlayerBar />
    </div>
  );
}
