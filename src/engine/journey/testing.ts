// Test helpers for journey traces: run a scenario written by hand, pick events by kind.
import { parseJourneyScenario } from '../../scenarios/journeyBuiltins';
import type { JourneyScenarioInput } from '../../scenarios/journeySchema';
import { simulateJourney } from './simulate';
import type { JourneyEventKind, JourneyEventOf, JourneyTrace } from './trace';

/** Validates and runs a journey (the kind is added). */
export function runJourney(input: Omit<JourneyScenarioInput, 'kind'> = {}): JourneyTrace {
  const parsed = parseJourneyScenario({ kind: 'journey', ...input });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return simulateJourney(parsed.value);
}

/** The events of one kind, in order. */
export function eventsOf<K extends JourneyEventKind>(
  trace: JourneyTrace,
  kind: K,
): JourneyEventOf<K>[] {
  return trace.events.filter((e): e is JourneyEventOf<K> => e.kind === kind);
}
