// Guards public/scenario.schema.json: it must match what `npm run schema` generates now, and the
// JSON Schema must accept every built-in scenario (and reject what the zod schema rejects).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020';
import { parseScenario } from '../src/scenarios/schema';
import { parseAnyScenario } from '../src/scenarios/any';
import { bulkScenario } from '../bench/scenarios';
import { SCHEMA_PATH, scenarioJsonSchema, scenarioJsonSchemaText } from './writeSchema';

const BUILTIN_DIR = fileURLToPath(new URL('../src/scenarios/builtin/', import.meta.url));
const builtinFiles = readdirSync(BUILTIN_DIR).filter((f) => f.endsWith('.json'));
const JOURNEY_DIR = fileURLToPath(new URL('../src/scenarios/journey/', import.meta.url));
const journeyFiles = readdirSync(JOURNEY_DIR).filter((f) => f.endsWith('.json'));

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  return ajv.compile(scenarioJsonSchema());
}

describe('public/scenario.schema.json', () => {
  it('is up to date with src/scenarios/schema.ts (else run `npm run schema`)', async () => {
    const committed = readFileSync(SCHEMA_PATH, 'utf8');
    expect(committed, 'public/scenario.schema.json is stale: run `npm run schema`').toBe(
      await scenarioJsonSchemaText(),
    );
  });

  it('is a valid draft 2020-12 schema', () => {
    expect(() => validator()).not.toThrow();
  });

  it.each(builtinFiles)('accepts the built-in scenario %s', (file) => {
    const json: unknown = JSON.parse(readFileSync(BUILTIN_DIR + file, 'utf8'));
    const validate = validator();
    const ok = validate(json);
    expect(validate.errors ?? [], file).toEqual([]);
    expect(ok).toBe(true);
    expect(parseScenario(json).ok).toBe(true);
  });

  it.each(journeyFiles)('accepts the built-in journey %s', (file) => {
    const json: unknown = JSON.parse(readFileSync(JOURNEY_DIR + file, 'utf8'));
    const validate = validator();
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(parseAnyScenario(json).ok).toBe(true);
  });

  it('rejects a journey with an unknown cache state or status, as the zod schema does', () => {
    const validate = validator();
    for (const bad of [
      { kind: 'journey', cache: 'warm' },
      { kind: 'journey', status: 418 },
      { kind: 'journey', latency: { serverMs: 0 } },
      { kind: 'journey', network: { clientIp: '1.2.3' } },
    ]) {
      expect(validate(bad), JSON.stringify(bad)).toBe(false);
      expect(parseAnyScenario(bad).ok).toBe(false);
    }
  });

  it('accepts a congestion scenario and rejects an unknown algorithm', () => {
    const validate = validator();
    const ok = {
      kind: 'congestion',
      algorithm: 'cubic',
      rounds: 30,
      losses: [{ round: 9, type: 'timeout' }],
    };
    expect(validate(ok), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ kind: 'congestion', algorithm: 'vegas' })).toBe(false);
  });

  it('accepts the bench bulk scenario', () => {
    expect(validator()(bulkScenario(1000, { lossRate: 0.01 }))).toBe(true);
  });

  it.each([
    ['an unknown field', { kind: 'tcp', client: { open: { at: 0 } }, colour: 'red' }],
    ['a wrong kind', { kind: 'udp', client: { open: { at: 0 } } }],
    [
      'an unknown flag',
      {
        kind: 'tcp',
        client: { open: { at: 0 } },
        faults: [{ drop: { from: 'client', flags: ['URG'] } }],
      },
    ],
    ['a negative time', { kind: 'tcp', client: { open: { at: -1 } } }],
    [
      'a zero delay',
      { kind: 'tcp', client: { open: { at: 0 } }, faults: [{ delay: { index: 1, byMs: 0 } }] },
    ],
    ['a window above 65535', { kind: 'tcp', client: { open: { at: 0 }, window: 65536 } }],
  ])('rejects %s, as parseScenario does', (_what, input) => {
    expect(validator()(input)).toBe(false);
    expect(parseScenario(input).ok).toBe(false);
  });
});
