// The page's workspace: which view is shown and the player store of each view opened so far.
// Switching views keeps each view's player where it was and carries the language across.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Lang } from '../i18n/i18n';
import type { TcpScenarioInput } from '../scenarios/schema';
import type { CongestionScenarioInput } from '../scenarios/congestionSchema';
import type { PlayerCore, PlayerInit, ViewId } from './playerCore';
import { createPlayerStore, type PlayerStore } from './playerStore';
import { createCongestionStore, type CongestionStore } from './congestionStore';
import { createJourneyStore, type JourneyStore } from './journeyStore';
import type { JourneyScenarioInput } from '../scenarios/journeySchema';
import { CONGESTION_KIND, JOURNEY_KIND, TCP_KIND, defaultEntry } from './kinds';
import { DEFAULT_PAGE_OPTIONS, type PageOptions, type Theme } from '../ui/pageOptions';

/** Where the page starts: a view and its player's start (from the URL). */
export type WorkspaceInit =
  | ({ view: 'tcp' } & PlayerInit<TcpScenarioInput>)
  | ({ view: 'congestion' } & PlayerInit<CongestionScenarioInput>)
  | ({ view: 'journey' } & PlayerInit<JourneyScenarioInput>);

/** The workspace state. */
export interface Workspace {
  view: ViewId;
  tcp: PlayerStore | null;
  congestion: CongestionStore | null;
  journey: JourneyStore | null;
  /** Theme and embed settings (from the URL; the theme can change). */
  page: PageOptions;
  setTheme(theme: Theme): void;
  /** Shows `view`: pauses the current player, opens the other at its default if new. */
  switchView(view: ViewId): void;
}

/** The player store of the view on screen. */
export function activeStore(ws: Workspace): StoreApi<PlayerCore> {
  const store = ws.view === 'tcp' ? ws.tcp : ws.view === 'congestion' ? ws.congestion : ws.journey;
  if (!store) throw new Error(`no player for view ${ws.view}`);
  return store;
}

const start = <I>(kind: Parameters<typeof defaultEntry<I>>[0], lang: Lang): PlayerInit<I> => {
  const entry = defaultEntry(kind);
  return { scenarioId: entry.id, input: entry.input, step: 0, lang };
};

/** Creates the workspace with the player of the starting view. */
export function createWorkspace(
  init: WorkspaceInit,
  page: PageOptions = DEFAULT_PAGE_OPTIONS,
): StoreApi<Workspace> {
  return createStore<Workspace>()((set, get) => ({
    view: init.view,
    page,
    setTheme: (theme) => set({ page: { ...get().page, theme } }),
    tcp: init.view === 'tcp' ? createPlayerStore(TCP_KIND, init) : null,
    congestion: init.view === 'congestion' ? createCongestionStore(CONGESTION_KIND, init) : null,
    journey: init.view === 'journey' ? createJourneyStore(JOURNEY_KIND, init) : null,
    switchView(view) {
      const ws = get();
      if (view === ws.view) return;
      const from = activeStore(ws).getState();
      from.pause();
      const lang = from.lang;
      if (view === 'tcp') {
        const tcp = ws.tcp ?? createPlayerStore(TCP_KIND, start(TCP_KIND, lang));
        tcp.getState().setLang(lang);
        set({ view, tcp });
      } else if (view === 'congestion') {
        const congestion =
          ws.congestion ?? createCongestionStore(CONGESTION_KIND, start(CONGESTION_KIND, lang));
        congestion.getState().setLang(lang);
        set({ view, congestion });
      } else {
        const journey = ws.journey ?? createJourneyStore(JOURNEY_KIND, start(JOURNEY_KIND, lang));
        journey.getState().setLang(lang);
        set({ view, journey });
      }
    },
  }));
}
