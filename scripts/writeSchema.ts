// Writes public/scenario.schema.json: the JSON Schema of scenario files, generated from the zod
// schema (src/scenarios/schema.ts) so editors can validate and complete them. `npm run schema`.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format, resolveConfig } from 'prettier';
import * as z from 'zod/mini';
import { tcpScenarioSchema } from '../src/scenarios/schema';
import { congestionScenarioSchema } from '../src/scenarios/congestionSchema';
import { journeyScenarioSchema } from '../src/scenarios/journeySchema';

/** Where the schema is published (served by the app at ./scenario.schema.json). */
export const SCHEMA_PATH = fileURLToPath(
  new URL('../public/scenario.schema.json', import.meta.url),
);

type JsonObject = { [key: string]: unknown };

/**
 * What JSON Schema cannot say by itself: rules that span fields (checked by `parseScenario`),
 * and one refinement that zod's export drops.
 */
const ROOT_DESCRIPTION =
  'A Wirewalk scenario: kind "tcp", "congestion" or "journey". Times are milliseconds of simulated ' +
  'time. Also checked by Wirewalk but not expressible here: (tcp) at least one side has "open"; a ' +
  'side has "listen" or "open", not both; rtoMinMs ≤ rtoMaxMs; (congestion) each loss round ≤ ' +
  'rounds, one loss per round; (journey) url and redirectTo are http(s) URLs the address bar ' +
  "accepts; the mask is contiguous (/8 … /30); the gateway is in the client's subnet; status 304 " +
  'needs cache "stale"; redirects do not loop. See docs/scenario-format.md.';

/** The JSON Schema document (draft 2020-12; inputs, so fields with defaults are optional). */
export function scenarioJsonSchema(): JsonObject {
  const generated = z.toJSONSchema(
    z.union([tcpScenarioSchema, congestionScenarioSchema, journeyScenarioSchema]),
    {
      io: 'input',
      target: 'draft-2020-12',
    },
  ) as JsonObject;
  const { $schema, ...rest } = generated;
  const doc: JsonObject = {
    $schema,
    $id: 'https://wirewalk.invalid/scenario.schema.json',
    title: 'Wirewalk scenario',
    description: ROOT_DESCRIPTION,
    ...rest,
  };
  // `delay.byMs` is refined to be > 0 in zod; toJSONSchema keeps only its ≥ 0 bound.
  const delay = findDelayByMs(doc);
  if (delay) {
    delete delay.minimum;
    delay.exclusiveMinimum = 0;
  }
  return doc;
}

/** The `byMs` property schema inside the `delay` fault, wherever the generator put it. */
function findDelayByMs(node: unknown): JsonObject | undefined {
  if (typeof node !== 'object' || node === null) return undefined;
  const obj = node as JsonObject;
  const props = obj.properties as JsonObject | undefined;
  const delay = props?.delay as JsonObject | undefined;
  const byMs = (delay?.properties as JsonObject | undefined)?.byMs;
  if (typeof byMs === 'object' && byMs !== null) return byMs as JsonObject;
  for (const v of Object.values(obj)) {
    const found = findDelayByMs(v);
    if (found) return found;
  }
  return undefined;
}

/** The file's exact text: the schema formatted by Prettier with the project's settings. */
export async function scenarioJsonSchemaText(): Promise<string> {
  const options = (await resolveConfig(SCHEMA_PATH)) ?? {};
  return format(JSON.stringify(scenarioJsonSchema()), {
    ...options,
    parser: 'json',
    filepath: SCHEMA_PATH,
  });
}

async function main(): Promise<void> {
  const text = await scenarioJsonSchemaText();
  let old = '';
  try {
    old = readFileSync(SCHEMA_PATH, 'utf8');
  } catch {
    // first run
  }
  if (old === text) {
    console.log(`${SCHEMA_PATH} is up to date`);
    return;
  }
  writeFileSync(SCHEMA_PATH, text);
  console.log(`wrote ${SCHEMA_PATH}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
