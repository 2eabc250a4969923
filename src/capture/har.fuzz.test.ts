// Fuzzing the HAR reader (fast-check, 12,000 files a run): random JSON, mutated browser HARs,
// damaged text and random HAR-shaped logs with any timings and dates. analyzeHar must always give
// a result or a HarError — never another error, never a hang — and every result must make a
// trace whose times are finite, whose steps are in time order, and that the waterfall can lay out.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HAR_PHASES, HarError, analyzeHar, type HarAnalysis } from './har';
import { harTrace } from './harTrace';
import { chromeHar, chromeHarText } from './testing/har';
import { layoutWaterfall } from '../viz/journey/waterfallLayout';
import { WATERFALL_MARKS } from '../viz/journey/waterfallMarksPlugin';

/** analyzeHar's answer: the analysis, or the HarError (anything else fails the property). */
function read(text: string): HarAnalysis | HarError {
  try {
    return analyzeHar(text);
  } catch (e) {
    if (e instanceof HarError) return e;
    throw e;
  }
}

const finite = (v: number) => Number.isFinite(v);

/** How many checked files gave a result (the rest a HarError), per test. */
let results = 0;

/** What every result must satisfy, down to the waterfall's layout. */
function check(result: HarAnalysis | HarError): void {
  if (result instanceof HarError) {
    expect(result.message.length).toBeGreaterThan(0);
    return;
  }
  results++;
  for (const r of result.requests) {
    expect(finite(r.startMs) && r.startMs >= 0).toBe(true);
    for (const p of HAR_PHASES) expect(finite(r.timings[p]) && r.timings[p] >= 0).toBe(true);
    expect(finite(r.totalMs)).toBe(true);
  }
  const trace = harTrace(result);
  const pageEvents = result.pages.reduce(
    (n, p) => n + (p.onContentLoadMs !== null ? 1 : 0) + (p.onLoadMs !== null ? 1 : 0),
    0,
  );
  expect(trace.steps).toBe(2 * result.requests.length + pageEvents);
  trace.events.forEach((e, i) => {
    expect(e.step).toBe(i + 1);
    expect(finite(e.t)).toBe(true);
    if (i > 0) expect(e.t).toBeGreaterThanOrEqual(trace.events[i - 1]!.t);
  });
  const layout = layoutWaterfall(trace, { width: 800, marks: WATERFALL_MARKS });
  expect(layout.rows).toHaveLength(result.requests.length);
  expect(layout.rows.every((r) => finite(r.x0) && finite(r.x1))).toBe(true);
  // Each page event is a line of the waterfall, on the axis.
  expect(trace.marks).toHaveLength(pageEvents);
  expect(layout.marks.every((m) => m.x >= layout.plot.left && m.x <= layout.plot.right)).toBe(true);
}

/** Every path (keys and indices) of a JSON value. */
function paths(v: unknown, at: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}

/** `root` with the value at `path` replaced (or deleted when `value` is undefined). */
function mutate(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (!path.length) return value;
  const parent = path
    .slice(0, -1)
    .reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], root);
  const key = path[path.length - 1]!;
  if (Array.isArray(parent) && typeof key === 'number' && value === undefined)
    parent.splice(key, 1);
  else if (value === undefined) delete (parent as Record<string, unknown>)[key];
  else (parent as Record<string, unknown>)[key] = value;
  return root;
}

// What browsers and careless tools put where a value belongs.
const oddValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(-1, 0, null, '', 'NaN', 1e308, -1e308, 'x-unknown', [], {}),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string(),
  fc.constant(undefined),
);

const timing = fc.oneof(
  fc.constant(-1),
  fc.constant(null),
  fc.double({ min: -10, max: 1e6, noNaN: true }),
  fc.integer({ min: 0, max: 5000 }),
);
// Mostly valid dates: one bad date refuses the whole file.
const date = fc.oneof(
  {
    weight: 30,
    arbitrary: fc
      .date({ noInvalidDate: true, min: new Date(0), max: new Date(4e12) })
      .map((d) => d.toISOString()),
  },
  {
    weight: 3,
    arbitrary: fc.constantFrom('2025-03-03T09:00:00.000+08:00', '2025-03-03T09:00:00Z'),
  },
  { weight: 1, arbitrary: fc.constantFrom('not a date', '') },
);
const headerList = fc.array(fc.record({ name: fc.string(), value: fc.string() }), { maxLength: 4 });
const randomEntry = fc.record(
  {
    startedDateTime: date,
    time: timing,
    pageref: fc.constantFrom('page_1', 'page_2', undefined),
    connection: fc.oneof(fc.constantFrom('1', '2', '3', ''), fc.nat(5), fc.constant(undefined)),
    serverIPAddress: fc.constantFrom('93.184.216.34', '::1', '', undefined),
    _fromCache: fc.constantFrom('memory', 'disk', 'elsewhere', undefined),
    _resourceType: fc.constantFrom('document', 'image', 'xhr', 'unknown', undefined),
    request: fc.record({
      method: fc.constantFrom('GET', 'POST', 'OPTIONS'),
      url: fc.oneof(fc.webUrl(), fc.string(), fc.constantFrom('data:,x', 'http://a/')),
      httpVersion: fc.constantFrom('HTTP/1.1', 'h2', 'http/2.0', ''),
      headers: headerList,
    }),
    response: fc.record({
      status: fc.oneof(
        fc.integer({ min: -1, max: 999 }),
        fc.double({ noNaN: true, min: -5, max: 700 }),
      ),
      statusText: fc.string(),
      headers: headerList,
      content: fc.record({ size: timing, mimeType: fc.constantFrom('text/css', 'x-unknown', '') }),
      _transferSize: timing,
      headersSize: timing,
      bodySize: timing,
    }),
    timings: fc.record({
      blocked: timing,
      dns: timing,
      connect: timing,
      ssl: timing,
      send: timing,
      wait: timing,
      receive: timing,
      _blocked_queueing: timing,
    }),
  },
  { requiredKeys: ['startedDateTime', 'request', 'response'] },
);
const randomLog = fc.record({
  log: fc.record(
    {
      version: fc.constantFrom('1.2', '1.1', 1.2, undefined),
      creator: fc.record({ name: fc.constantFrom('WebInspector', 'Firefox', 'Playwright', '') }),
      pages: fc.array(
        fc.record({
          id: fc.constantFrom('page_1', 'page_2'),
          startedDateTime: date,
          title: fc.string(),
          pageTimings: fc.oneof(fc.record({ onContentLoad: timing, onLoad: timing }), oddValue),
        }),
        { maxLength: 2 },
      ),
      entries: fc.array(randomEntry, { maxLength: 12 }),
    },
    { requiredKeys: ['entries'] },
  ),
});

describe('analyzeHar under fuzzing: a result or a HarError, never anything else', () => {
  it('random JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => check(read(JSON.stringify(v) ?? ''))),
      { numRuns: 2000 },
    );
  }, 120_000);

  it('random text, and a HAR’s text cut or with characters changed', () => {
    const text = chromeHarText();
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.nat(text.length).map((n) => text.slice(0, n)),
          fc
            .tuple(fc.nat(text.length - 1), fc.string({ minLength: 1, maxLength: 3 }))
            .map(([i, s]) => text.slice(0, i) + s + text.slice(i + 1)),
        ),
        (t) => check(read(t)),
      ),
      { numRuns: 3000 },
    );
  }, 120_000);

  it('a browser’s HAR with fields replaced, deleted or given the wrong type', () => {
    results = 0;
    const all = paths(chromeHar());
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(all.length - 1), oddValue), { minLength: 1, maxLength: 4 }),
        (edits) => {
          let har: unknown = chromeHar();
          for (const [i, value] of edits) {
            const path = all[i]!;
            // Earlier edits may have removed the parent: then there is nothing to change.
            try {
              har = mutate(har, path, value);
            } catch {
              continue;
            }
          }
          check(read(JSON.stringify(har) ?? ''));
        },
      ),
      { numRuns: 4000 },
    );
    // Some edits are tolerated (a field browsers may leave out): about a fifth give results.
    expect(results).toBeGreaterThan(400);
  }, 120_000);

  it('random HAR-shaped logs: any timings, dates, statuses, connections and pages', () => {
    results = 0;
    fc.assert(
      fc.property(randomLog, (har) => check(read(JSON.stringify(har)))),
      { numRuns: 3000 },
    );
    expect(results).toBeGreaterThan(1000);
  }, 120_000);
});
