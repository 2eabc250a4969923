// The page's workspace: which view is shown and the player store of each view opened so far.
// Switching views keeps each view's player where it was and carries the language across. A view
// opened for the first time loads its module (kind, engine, catalogs) as a chunk first.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { TcpScenarioInput } from '../scenarios/schema';
import type { CongestionScenarioInput } from '../scenarios/congestionSchema';
import type { JourneyScenarioInput } from '../scenarios/journeySchema';
import type { PlayerCore, PlayerInit, ViewId } from './playerCore';
import type { PlayerStore } from './playerStore';
import type { CongestionStore } from './congestionStore';
import type { JourneyStore } from './journeyStore';
import { defaultEntry } from './kind';
import { loadView as loadViewModule, type ViewModules } from './loadKind';
import { DEFAULT_PAGE_OPTIONS, type PageOptions, type Theme } from './pageOptions';
import { ensureLanguage } from '../i18n/i18n';

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
  /** The view whose module is loading after a switch (null when none). */
  loading: ViewId | null;
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

type Loader = <V extends ViewId>(view: V) => Promise<ViewModules[V]>;

/**
 * Creates the workspace with the player of the starting view, made by `first` (its module,
 * already loaded). Other views load through `load` when first shown.
 */
export function createWorkspace(
  init: WorkspaceInit,
  first: ViewModules[ViewId],
  page: PageOptions = DEFAULT_PAGE_OPTIONS,
  load: Loader = loadViewModule,
): StoreApi<Workspace> {
  const firstStore = (first.createStore as (i: WorkspaceInit) => unknown)(init);
  return createStore<Workspace>()((set, get) => ({
    view: init.view,
    tcp: init.view === 'tcp' ? (firstStore as PlayerStore) : null,
    congestion: init.view === 'congestion' ? (firstStore as CongestionStore) : null,
    journey: init.view === 'journey' ? (firstStore as JourneyStore) : null,
    loading: null,
    page,
    setTheme: (theme) => set({ page: { ...get().page, theme } }),
    switchView(view) {
      const ws = get();
      if (view === ws.view) return;
      const from = activeStore(ws).getState();
      from.pause();
      const lang = from.lang;
      const show = (store: StoreApi<PlayerCore> & { getState(): PlayerCore }) => {
        store.getState().setLang(lang);
        set({ view, [view]: store, loading: null } as Partial<Workspace>);
      };
      const existing = ws[view];
      if (existing) {
        show(existing as StoreApi<PlayerCore>);
        return;
      }
      set({ loading: view });
      void load(view).then(async (mod) => {
        // Its module marked its catalogs as needed: load them in the language on screen.
        await ensureLanguage(lang);
        // A later switch wins over this one.
        if (get().loading !== view) return;
        const entry = defaultEntry(mod.kind as Parameters<typeof defaultEntry<unknown>>[0]);
        await mod.kind.prepare?.(entry.input);
        if (get().loading !== view) return;
        const start = { scenarioId: entry.id, input: entry.input, step: 0, lang };
        const store = get()[view] ?? (mod.createStore as (i: typeof start) => unknown)(start);
        show(store as StoreApi<PlayerCore>);
      });
    },
  }));
}
