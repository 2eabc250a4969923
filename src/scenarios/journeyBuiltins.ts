// The built-in journeys (src/scenarios/journey/*.json) and the parser every journey input passes
// (file, upload, URL, parameters panel, CLI), with one readable line per error.
import firstVisit from './journey/journey-first-visit.json' with { type: 'json' };
import tls12Rsa from './journey/journey-tls12-rsa.json' with { type: 'json' };
import tls12Ecdhe from './journey/journey-tls12-ecdhe.json' with { type: 'json' };
import cacheFresh from './journey/journey-cache-fresh.json' with { type: 'json' };
import cacheStale from './journey/journey-cache-stale-304.json' with { type: 'json' };
import http10 from './journey/journey-http10-close.json' with { type: 'json' };
import redirect301 from './journey/journey-redirect-301.json' with { type: 'json' };
import subresources from './journey/journey-subresources.json' with { type: 'json' };
import sameSubnet from './journey/journey-same-subnet.json' with { type: 'json' };
import { loadBuiltins, type Builtin } from './common';
import {
  journeyScenarioSchema,
  type JourneyScenario,
  type JourneyScenarioInput,
} from './journeySchema';
import { pathToString, type Parsed } from './common';

/** Validates an unknown value as a journey scenario; errors name the field. */
export function parseJourneyScenario(input: unknown): Parsed<JourneyScenario> {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return {
      ok: false,
      errors: ['(scenario): must be a JSON object like {"kind": "journey", ...}'],
    };
  const r = journeyScenarioSchema.safeParse(input);
  return r.success
    ? { ok: true, value: JSON.parse(JSON.stringify(r.data)) as JourneyScenario }
    : { ok: false, errors: r.error.issues.map((i) => `${pathToString(i.path)}: ${i.message}`) };
}

/** A built-in journey. */
export type BuiltinJourneyScenario = Builtin<JourneyScenarioInput, JourneyScenario>;

const FILES: unknown[] = [
  firstVisit,
  tls12Rsa,
  tls12Ecdhe,
  cacheFresh,
  cacheStale,
  http10,
  redirect301,
  subresources,
  sameSubnet,
];

/** Every built-in journey, in menu order. */
export const BUILTIN_JOURNEY_SCENARIOS: readonly BuiltinJourneyScenario[] = loadBuiltins(
  FILES,
  parseJourneyScenario,
);

/** The journey shown first: an HTTPS first visit with full DNS resolution and an ARP miss. */
export const DEFAULT_JOURNEY_SCENARIO_ID = 'journey-first-visit';

/** The built-in journey with this id, if any. */
export function getJourneyBuiltin(id: string): BuiltinJourneyScenario | undefined {
  return BUILTIN_JOURNEY_SCENARIOS.find((b) => b.id === id);
}
