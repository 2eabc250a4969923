// The rows of the event list (the sequence diagram as text): per step its time, who acted and the
// narration's sentences (and, for a capture, the frame). Pure, and cached per (trace, language,
// numbering) so a window that moves with the player narrates each step once.
import type { Endpoint, TcpTrace, TraceEvent } from '../../engine/trace';
import type { Translate } from '../../i18n/i18n';
import { indexTrace } from '../../narration/index';
import { narrate } from '../../narration/narrate';
import { captureTime, stepSegment } from '../../narration/capture';

/** Who acted at a step: one endpoint, both, or only the network (a segment lost on the way). */
export type EventWho = Endpoint | 'both' | 'network';

/** One step of the event list. */
export interface EventRow {
  step: number;
  /** Virtual time of the step's events (ms). */
  t: number;
  who: EventWho;
  sentences: string[];
  /** A captured step: the frame it shows. */
  frame?: number;
  /** A captured step: its capture time, worded with the timestamps' precision. */
  time?: string;
}

/** The endpoint that acts in an event (null: the network). */
function actorOf(e: TraceEvent): Endpoint | null {
  switch (e.kind) {
    case 'segment.sent':
      return e.segment.from;
    case 'segment.lost':
      return null;
    default:
      return e.endpoint;
  }
}

/** Who acted among `events`. */
export function whoOf(events: readonly TraceEvent[]): EventWho {
  const actors = new Set(events.map(actorOf).filter((a): a is Endpoint => a !== null));
  if (actors.size === 2) return 'both';
  const [one] = actors;
  return one ?? (events.length > 0 ? 'network' : 'both');
}

const cache = new WeakMap<TcpTrace, WeakMap<Translate, Map<string, EventRow>>>();

/** The row of `step` (0: the set-up, before anything happens). */
export function eventRow(trace: TcpTrace, step: number, t: Translate, relative: boolean): EventRow {
  let byLang = cache.get(trace);
  if (!byLang) cache.set(trace, (byLang = new WeakMap()));
  let rows = byLang.get(t);
  if (!rows) byLang.set(t, (rows = new Map()));
  const key = `${relative ? 'r' : 'a'}${step}`;
  const hit = rows.get(key);
  if (hit) return hit;
  const events = indexTrace(trace).byStep[step] ?? [];
  const row: EventRow = {
    step,
    t: events[0]?.t ?? 0,
    who: step === 0 ? 'both' : whoOf(events),
    sentences: narrate(trace, step, t, { relative }),
  };
  const captured = stepSegment(trace, step);
  if (captured) {
    // The capture saw one segment: its sender acted (the arrival is only drawn).
    row.who = captured.sent.segment.from;
    row.frame = captured.info.frame;
    row.time = captureTime(captured.info.t, t);
  }
  rows.set(key, row);
  return row;
}

/** The first and last step of a window of at most `size` steps around `step`, shifted by `by`. */
export function eventWindow(
  total: number,
  step: number,
  size: number,
  before: number,
  by = 0,
): { first: number; last: number } {
  const count = total + 1; // steps 0..total
  if (count <= size) return { first: 0, last: total };
  const first = Math.min(count - size, Math.max(0, step - before + by));
  return { first, last: first + size - 1 };
}
