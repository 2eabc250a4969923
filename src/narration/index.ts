// Per-trace lookup tables for narration, built once per trace (O(n)) and cached by identity.
import type { Segment, TcpTrace, TraceEvent } from '../engine/trace';

/** Events grouped by step, and segments by id. */
export interface TraceIndex {
  /** byStep[k] = the events of step k (step 0 has none). */
  byStep: TraceEvent[][];
  segments: Map<string, Segment>;
}

const cache = new WeakMap<TcpTrace, TraceIndex>();

/** The index of `trace`, computed on first use. */
export function indexTrace(trace: TcpTrace): TraceIndex {
  const hit = cache.get(trace);
  if (hit) return hit;
  const byStep: TraceEvent[][] = Array.from({ length: trace.steps + 1 }, () => []);
  const segments = new Map<string, Segment>();
  for (const e of trace.events) {
    byStep[e.step]?.push(e);
    if (e.kind === 'segment.sent') segments.set(e.segment.id, e.segment);
  }
  const index = { byStep, segments };
  cache.set(trace, index);
  return index;
}
