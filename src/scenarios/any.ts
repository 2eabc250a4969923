// Validation of a scenario of any kind ("tcp", "congestion", "journey"), for the CLI and uploads.
import { congestionScenarioSchema, type CongestionScenario } from './congestionSchema';
import { parseJourneyScenario } from './journeyBuiltins';
import type { JourneyScenario } from './journeySchema';
import { parseScenario, pathToString, type Parsed, type TcpScenario } from './schema';

/** A validated scenario of any kind. */
export type AnyScenario = TcpScenario | CongestionScenario | JourneyScenario;

/** The kinds the engine can run. */
export const SCENARIO_KINDS = ['tcp', 'congestion', 'journey'] as const;

/** Validates an unknown value as a scenario of the kind it names. */
export function parseAnyScenario(input: unknown): Parsed<AnyScenario> {
  const kind =
    typeof input === 'object' && input !== null && 'kind' in input
      ? (input as { kind: unknown }).kind
      : undefined;
  if (kind === 'congestion') {
    const r = congestionScenarioSchema.safeParse(input);
    return r.success
      ? { ok: true, value: JSON.parse(JSON.stringify(r.data)) as CongestionScenario }
      : { ok: false, errors: r.error.issues.map((i) => `${pathToString(i.path)}: ${i.message}`) };
  }
  if (kind === 'journey') return parseJourneyScenario(input);
  if (kind === undefined || kind === 'tcp' || typeof input !== 'object' || input === null)
    return parseScenario(input);
  return {
    ok: false,
    errors: [`kind: must be one of ${SCENARIO_KINDS.map((k) => `"${k}"`).join(', ')}`],
  };
}

/** Parses JSON text, then validates it. */
export function parseAnyScenarioText(text: string): Parsed<AnyScenario> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`not valid JSON: ${(e as Error).message}`] };
  }
  return parseAnyScenario(json);
}
