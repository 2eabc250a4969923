// Journey traces for tests: the built-ins and custom scenarios run through the real engine (cached
// per id so a test file simulates each once), and a finder for the step of a given event.
import { simulateJourney } from '../engine/journey/simulate';
import type { JourneyEvent, JourneyTrace } from '../engine/journey/trace';
import { getJourneyBuiltin } from '../scenarios/journeyBuiltins';
import { journeyScenarioSchema, type JourneyScenarioInput } from '../scenarios/journeySchema';

const cache = new Map<string, JourneyTrace>();

/** The trace of built-in journey `id`. */
export function builtinJourney(id: string): JourneyTrace {
  let trace = cache.get(id);
  if (!trace) {
    const builtin = getJourneyBuiltin(id);
    if (!builtin) throw new Error(`no built-in journey ${id}`);
    trace = simulateJourney(builtin.scenario);
    cache.set(id, trace);
  }
  return trace;
}

/** The trace of a journey scenario (defaults filled in by the schema). */
export function customJourney(input: Omit<JourneyScenarioInput, 'kind'>): JourneyTrace {
  return simulateJourney(journeyScenarioSchema.parse({ kind: 'journey', ...input }));
}

/** The first event matching `pred` that is the focus of its step (throws if there is none). */
export function focusWhere(trace: JourneyTrace, pred: (e: JourneyEvent) => boolean): JourneyEvent {
  const e = trace.events.find(
    (x, i) => pred(x) && (i === 0 || trace.events[i - 1]!.step !== x.step),
  );
  if (!e) throw new Error('no such focus event');
  return e;
}

/** The step of the first focus event matching `pred`. */
export const stepWhere = (trace: JourneyTrace, pred: (e: JourneyEvent) => boolean): number =>
  focusWhere(trace, pred).step;
