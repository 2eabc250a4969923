// "Open scenario or trace…" and "Open capture or HAR…": what a chosen or dropped file holds. First
// where it goes, by its content (routeOpen): a capture or HAR file to the capture worker
// (src/capture/client.ts), JSON to this module. Here: a scenario file of any kind, a trace
// exported by Wirewalk (its `scenario` is re-simulated: the input is the truth, the trace is
// derived), or a trace exported from real traffic — a captured conversation or a HAR — whose
// source data is checked and its trace rebuilt (src/capture/reopen.ts). Everything is checked
// before the page is touched; failures are codes with parameters, turned into words by the menu.
import { parseAnyScenario } from '../scenarios/any';
import { TRACE_VERSION } from '../engine/trace';
import { detectFileKind, isHarJson, type TrafficFormat } from '../capture/detect';
import { reopenTrafficTrace, trafficTraceView, type Reopened } from '../capture/reopen';
import { canonicalJson } from '../store/selectors';

export { SNIFF_BYTES } from '../capture/detect';

/** The largest file the menu reads (a long trace is a few MB; anything bigger is refused unread). */
export const MAX_OPEN_BYTES = 5 * 1024 * 1024;

/** The views a file can open in (one per scenario kind). */
export type OpenView = 'tcp' | 'congestion' | 'journey';

/** Why a file cannot be opened. */
export type OpenError =
  | { code: 'tooLarge'; bytes: number }
  | { code: 'notJson'; reason: string }
  | { code: 'shape' }
  | { code: 'version'; version: string; expected: number }
  | { code: 'invalid'; errors: string[] }
  | { code: 'traffic'; errors: string[] };

/** A scenario, or a simulated trace: the view to show and the scenario input to apply there. */
export interface SimulationTarget {
  /** What the file was. */
  source: 'scenario' | 'trace';
  view: OpenView;
  /** The scenario as written in the file (a trace's `scenario`): valid, the store runs it. */
  input: unknown;
  /** A trace file's own trace, to compare with the re-simulated one. */
  trace?: unknown;
}

/** A trace of real traffic: what to show (checked), and whether the rebuilt trace is the file's. */
export interface TrafficTarget {
  source: 'traffic';
  view: OpenView;
  reopened: Reopened;
  same: boolean;
}

/** A file that can be opened. */
export type OpenTarget = SimulationTarget | TrafficTarget;

/** The answer for one file. */
export type OpenResult = { ok: true; target: OpenTarget } | { ok: false; error: OpenError };

const KINDS: readonly string[] = ['tcp', 'congestion', 'journey'];

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Where a file goes: the capture worker, the JSON reader below, or nowhere (and why). */
export type OpenRoute =
  { to: 'traffic'; kind: TrafficFormat } | { to: 'json' } | { to: 'refuse'; why: 'unsupported' };

/**
 * Where a file goes, from its first bytes (capture/detect.ts's SNIFF_BYTES of them) and its name:
 * the content decides; a file whose content says nothing goes by its extension (so a broken
 * `.pcap` gets the capture reader's message, and a broken `.json` this module's). A gzip file goes
 * to the capture worker, which decompresses it and reads what it holds.
 */
export function routeOpen(head: Uint8Array, name: string): OpenRoute {
  const kind = detectFileKind(head, name);
  if (kind === 'pcap' || kind === 'pcapng' || kind === 'har' || kind === 'gzip')
    return { to: 'traffic', kind };
  if (kind === 'json') return { to: 'json' };
  return { to: 'refuse', why: 'unsupported' };
}

/** Is this text, routed as JSON, a HAR file after all (its "log" key not first)? */
export function isHarText(text: string): boolean {
  if (!text.includes('"log"')) return false;
  try {
    return isHarJson(JSON.parse(text));
  } catch {
    return false;
  }
}

/** Refuses a file by its size before reading it. */
export function checkOpenSize(bytes: number): OpenError | null {
  return bytes > MAX_OPEN_BYTES ? { code: 'tooLarge', bytes } : null;
}

/** Does this JSON value look like a trace (rather than a scenario)? */
export function looksLikeTrace(json: unknown): json is Record<string, unknown> {
  return isObject(json) && 'version' in json && 'kind' in json && isObject(json.scenario);
}

/** The view a valid scenario opens in: its `kind` ("tcp" when absent). */
function viewOf(scenario: unknown): OpenView {
  const kind = isObject(scenario) ? scenario.kind : undefined;
  return kind === 'congestion' || kind === 'journey' ? kind : 'tcp';
}

/**
 * Reads the text of a file: a scenario of any kind (validated as the CLI does), a Wirewalk
 * trace of this version whose `scenario` is valid and of the trace's kind, or a trace of this
 * version made from real traffic whose source data is valid (its trace rebuilt and compared).
 */
export function readOpenText(text: string): OpenResult {
  const tooLarge = checkOpenSize(text.length);
  if (tooLarge) return { ok: false, error: tooLarge };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: { code: 'notJson', reason: (e as Error).message } };
  }
  if (!isObject(json)) return { ok: false, error: { code: 'shape' } };
  const traffic = 'version' in json ? trafficTraceView(json) : null;
  if (traffic || looksLikeTrace(json)) {
    if (json.version !== TRACE_VERSION)
      return {
        ok: false,
        error: {
          code: 'version',
          version: String(json.version).slice(0, 40),
          expected: TRACE_VERSION,
        },
      };
    if (traffic) {
      const r = reopenTrafficTrace(json, traffic);
      if (!r.ok) return { ok: false, error: { code: 'traffic', errors: r.errors } };
      const same = sameTrace(r.trace, json);
      return { ok: true, target: { source: 'traffic', view: traffic, reopened: r.reopened, same } };
    }
    if (typeof json.kind !== 'string' || !KINDS.includes(json.kind))
      return { ok: false, error: { code: 'shape' } };
    const parsed = parseAnyScenario(json.scenario);
    if (!parsed.ok) return { ok: false, error: { code: 'invalid', errors: parsed.errors } };
    const view = viewOf(json.scenario);
    if (view !== json.kind) return { ok: false, error: { code: 'shape' } };
    return { ok: true, target: { source: 'trace', view, input: json.scenario, trace: json } };
  }
  const parsed = parseAnyScenario(json);
  if (!parsed.ok) return { ok: false, error: { code: 'invalid', errors: parsed.errors } };
  return { ok: true, target: { source: 'scenario', view: viewOf(json), input: json } };
}

/** Is `trace` (re-simulated or rebuilt) the same as the file's trace, field for field (in any
 * key order: a rebuilt trace's objects come from the checked data, in the schema's order)? */
export function sameTrace(trace: unknown, fromFile: unknown): boolean {
  try {
    return canonicalJson(trace) === canonicalJson(fromFile);
  } catch {
    // Nested too deep to serialise (a hostile file): not a trace Wirewalk wrote.
    return false;
  }
}
