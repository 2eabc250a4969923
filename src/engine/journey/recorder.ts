// Collects the journey's steps while the engine works (not in time order: each connection's
// messages are known only once its TCP run is final), then sorts them by (time, priority,
// creation) and numbers steps and event ids. The first event of a step is its focus.
import type { JourneyEvent, JourneyPhase } from './trace';

/** An event before it has an id, a step, a time and a journey. */
export type Payload = JourneyEvent extends infer E
  ? E extends JourneyEvent
    ? Omit<E, 'id' | 'step' | 't' | 'journey'>
    : never
  : never;

interface Item {
  t: number;
  prio: number;
  seq: number;
  journey: number;
  phase: JourneyPhase | null;
  events: Payload[];
}

interface PendingPhase {
  t: number;
  journey: number;
  phase: JourneyPhase;
  state: string;
}

export interface Recorder {
  items: Item[];
  pending: PendingPhase[];
  seq: number;
}

export const newRecorder = (): Recorder => ({ items: [], pending: [], seq: 0 });

/** Adds a step at `t` whose focus is `focus`; `phase`: what the step belongs to. */
export function addStep(
  rec: Recorder,
  t: number,
  journey: number,
  phase: JourneyPhase | null,
  focus: Payload,
  prio = 0,
): Item {
  const item: Item = { t, prio, seq: rec.seq++, journey, phase, events: [focus] };
  rec.items.push(item);
  return item;
}

/** Adds an attendant event to a step. */
export function attach(item: Item, ev: Payload): void {
  item.events.push(ev);
}

/**
 * The journey machine entered `phase` at `t`: a `phase.entered` event joins the first step of
 * that phase (same journey) at or after `t`.
 */
export function phaseEntered(
  rec: Recorder,
  t: number,
  journey: number,
  phase: JourneyPhase,
  state: string,
): void {
  rec.pending.push({ t, journey, phase, state });
}

/** Sorts the steps and returns the events with ids, steps and times. */
export function finalize(rec: Recorder): JourneyEvent[] {
  const items = [...rec.items].sort((a, b) => a.t - b.t || a.prio - b.prio || a.seq - b.seq);
  for (const p of rec.pending) {
    const item = items.find((i) => i.journey === p.journey && i.phase === p.phase && i.t >= p.t);
    if (!item) continue;
    let at = 1;
    while (at < item.events.length && item.events[at]!.kind === 'phase.entered') at++;
    item.events.splice(at, 0, { kind: 'phase.entered', phase: p.phase, state: p.state });
  }
  const out: JourneyEvent[] = [];
  items.forEach((item, i) => {
    for (const e of item.events) {
      const ev = e as JourneyEvent;
      ev.id = `ev-${out.length + 1}`;
      ev.step = i + 1;
      ev.t = item.t;
      ev.journey = item.journey;
      out.push(ev);
    }
  });
  return out;
}
