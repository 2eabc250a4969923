// Loads a view's kind (built-ins, schema, engine, catalogs, store) as its own chunk, once.
import type * as Congestion from './kinds/congestion';
import type * as Journey from './kinds/journey';
import type * as Tcp from './kinds/tcp';
import type { ViewId } from './playerCore';

/** Each view's module: its kind and how to make its player store. */
export interface ViewModules {
  tcp: { kind: typeof Tcp.TCP_KIND; createStore: typeof Tcp.createStore };
  congestion: {
    kind: typeof Congestion.CONGESTION_KIND;
    createStore: typeof Congestion.createStore;
  };
  journey: { kind: typeof Journey.JOURNEY_KIND; createStore: typeof Journey.createStore };
}

const loaders: { [V in ViewId]: () => Promise<ViewModules[V]> } = {
  tcp: () => import('./kinds/tcp').then((m) => ({ kind: m.TCP_KIND, createStore: m.createStore })),
  congestion: () =>
    import('./kinds/congestion').then((m) => ({
      kind: m.CONGESTION_KIND,
      createStore: m.createStore,
    })),
  journey: () =>
    import('./kinds/journey').then((m) => ({ kind: m.JOURNEY_KIND, createStore: m.createStore })),
};

/** The module of `view` (the module system loads each chunk once). */
export function loadView<V extends ViewId>(view: V): Promise<ViewModules[V]> {
  return loaders[view]();
}
