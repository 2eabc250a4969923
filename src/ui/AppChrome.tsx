// The app's chrome: the header (with the view tabs and the tools), the notices, the current view's
// main area as the tab panel, and the player bar at the bottom.
import { Header } from './Header';
import { tabId } from './ViewTabs';
import { PlayerBar } from './PlayerBar';
import { Notices } from './Notices';
import { useT } from './useT';
import type { ChromeProps } from './chrome';
import { needCatalogs } from '../i18n/i18n';

// The header's tools (Share, Embed, Export) speak from their own catalogs; the embed shell never
// loads them.
needCatalogs('tools');

/** The id of the main area, which the view tabs control. */
export const VIEW_PANEL_ID = 'ww-view-panel';

/** The whole page around the view's main area. */
export function AppChrome({ view, onSwitchView, children }: ChromeProps) {
  const t = useT();
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
