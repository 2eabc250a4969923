// Each endpoint's TCP state at any player step, from the trace's state.changed events:
// an index built once per trace, then O(log n) per query.
import type { Endpoint, TcpState, TcpTrace } from '../../engine/trace';

/** One recorded transition. */
export interface Transition {
  step: number;
  from: TcpState;
  to: TcpState;
  /** The machine event that caused it, e.g. 'segment.received', 'timer.rto'. */
  cause: string;
}

/** Transitions per endpoint, in trace order (steps ascending). */
export type StateIndex = Record<Endpoint, Transition[]>;

/** An endpoint's state at a step and the transition that led there (if any). */
export interface StateAtStep {
  current: TcpState;
  lastTransition?: Transition;
}

/** Collects the state.changed events of `trace` per endpoint. O(n). */
export function indexStates(trace: TcpTrace): StateIndex {
  const index: StateIndex = { client: [], server: [] };
  for (const ev of trace.events) {
    if (ev.kind === 'state.changed')
      index[ev.endpoint].push({ step: ev.step, from: ev.from, to: ev.to, cause: ev.cause });
  }
  return index;
}

const cache = new WeakMap<TcpTrace, StateIndex>();

/**
 * The state of `endpoint` once every event up to `step` has happened (step 0: before anything).
 * Takes a trace (its index is built on first use and cached) or a prebuilt index. O(log n).
 * Before its first transition an endpoint is CLOSED, or, in a trace made from a capture, in the
 * state the capture starts it in (LISTEN, or ESTABLISHED when it started mid-connection).
 */
export function stateAtStep(
  source: TcpTrace | StateIndex,
  endpoint: Endpoint,
  step: number,
): StateAtStep {
  let index: StateIndex;
  let initial: TcpState = 'CLOSED';
  if ('events' in source) {
    index = cache.get(source) ?? indexStates(source);
    cache.set(source, index);
    initial = source.capture?.initialStates[endpoint] ?? initial;
  } else index = source;
  const list = index[endpoint];
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid]?.step ?? Infinity) <= step) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const last = list[found];
  if (!last) return { current: list[0]?.from ?? initial };
  return { current: last.to, lastTransition: last };
}
