// What a kind of scenario brings to the page: its view, built-ins, default built-in and engine.
// The kinds themselves live in src/store/kinds/* and load on demand (loadKind.ts): each is a chunk.
import type { KindDeps, SteppedTrace } from './playerCore';

/** A kind of scenario: its view, built-ins, default built-in and engine. */
export interface Kind<I, Sc, T extends SteppedTrace> extends KindDeps<I, T> {
  defaultId: string;
  simulate: (scenario: Sc) => T;
}

/** The built-in `kind` starts with when nothing else is asked for. */
export function defaultEntry<I>(
  kind: Pick<KindDeps<I, SteppedTrace>, 'builtins' | 'view'> & { defaultId: string },
) {
  const entry = kind.builtins.find((b) => b.id === kind.defaultId) ?? kind.builtins[0];
  if (!entry) throw new Error(`no built-in scenario for view ${kind.view}`);
  return entry;
}
