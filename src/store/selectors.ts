// Derived values of (trace, step): what the screen shows besides the views. Pure and O(events).
import type { Endpoint, Outcome, TcpState, TcpTrace } from '../engine/trace';
import type { PlayerCore, SteppedTrace } from './playerCore';

/** An endpoint's TCP state after `step` (every endpoint starts CLOSED). */
export function endpointStateAt(trace: TcpTrace, step: number, ep: Endpoint): TcpState {
  let state: TcpState = 'CLOSED';
  for (const e of trace.events) {
    if (e.step > step) break;
    if (e.kind === 'state.changed' && e.endpoint === ep) state = e.to;
  }
  return state;
}

/** How an endpoint's connection ended, if it has by `step`. */
export function outcomeAt(
  trace: TcpTrace,
  step: number,
  ep: Endpoint,
): { outcome: Outcome; retries: number } | null {
  let found: { outcome: Outcome; retries: number } | null = null;
  for (const e of trace.events) {
    if (e.step > step) break;
    if (e.kind === 'connection.ended' && e.endpoint === ep) {
      found = { outcome: e.outcome, retries: e.retries ?? 0 };
    }
  }
  return found;
}

/** Virtual time (ms) of `step`: the time of its events (0 before anything happened). Events are
 * in step order: a binary search (a captured conversation has 100,000 steps, and the player bar
 * asks on every store change). */
export function timeAt(trace: SteppedTrace, step: number): number {
  const ev = trace.events;
  let lo = 0;
  let hi = ev.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ev[mid]!.step <= step) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? 0 : ev[lo - 1]!.t;
}

/** JSON with object keys sorted, so two equal inputs compare equal whatever their key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Does `input` differ from the built-in scenario's input? */
export function isModified(input: unknown, builtin: unknown): boolean {
  return canonicalJson(input) !== canonicalJson(builtin);
}

/** The built-in scenario the player's scenario id names, if any. */
export function builtinOf<I>(s: Pick<PlayerCore<I>, 'builtins' | 'scenarioId'>) {
  return s.builtins.find((b) => b.id === s.scenarioId);
}

/** Has the player's input been changed from its built-in scenario? */
export function isPlayerModified(
  s: Pick<PlayerCore, 'builtins' | 'scenarioId' | 'input'>,
): boolean {
  const builtin = builtinOf(s);
  return builtin !== undefined && isModified(s.input, builtin.input);
}
