// HAR files (HTTP Archive 1.2, as browsers write them): JSON text → the requests with their
// waterfall timings, connections and headers. What `wirewalk analyze file.har` prints and what the
// URL journey's waterfall shows (harTrace.ts). Pure: no DOM, no wall time.
//
// The timings, from HAR's `timings` to the phases the browser's developer tools draw (ms; a
// missing value, -1 or any other negative number counts as 0):
//
//   Queueing            `_blocked_queueing` (Chrome), at most `blocked`
//   Stalled             `blocked` − Queueing (all of `blocked` when there is no `_blocked_queueing`:
//                       what Chrome DevTools shows when it imports such a HAR)
//   DNS Lookup          `dns`
//   Initial connection  `connect` − `ssl`: HAR's `connect` includes `ssl` (HAR 1.2 §timings), the
//                       waterfall draws them one after the other
//   SSL                 `ssl` (0 for an http:// or ws:// URL, where no TLS runs)
//   Request sent        `send`
//   Waiting (TTFB)      `wait`
//   Content Download    `receive`
//
// `totalMs` is their sum, so the bars add up to the request's duration; `timeMs` keeps the
// entry's own `time`, which some writers compute differently.
//
// A page's `pageTimings.onContentLoad` / `onLoad` (ms after its `startedDateTime`) become times on
// the same clock as the requests (the waterfall's DOMContentLoaded and load lines); one that is
// -1, absent or not a usable number is unknown (null), never a reason to refuse the file.
import '../zodSetup';
import * as z from 'zod/mini';
import { pathToString } from '../scenarios/common';

/** Largest HAR text accepted (characters; HAR is JSON, mostly ASCII: about the bytes). */
export const HAR_MAX_CHARS = 50 * 1024 * 1024;
/** Most entries a HAR may have (one waterfall row and two steps each). */
export const HAR_MAX_ENTRIES = 5000;
/** HAR versions read (1.2 is current; 1.1 differs only in fields Wirewalk does not read). */
export const HAR_VERSIONS: readonly string[] = ['1.1', '1.2'];

/** Why a text is not a HAR Wirewalk can show. */
export type HarErrorCode =
  'empty' | 'too-large' | 'not-json' | 'not-har' | 'version' | 'too-many' | 'invalid';

/** Thrown by {@link analyzeHar}; `message` is plain English for the user. */
export class HarError extends Error {
  readonly code: HarErrorCode;

  constructor(code: HarErrorCode, message: string) {
    super(message);
    this.name = 'HarError';
    this.code = code;
  }
}

/** One header as written (names keep their case; HTTP/2 pseudo-headers such as `:path` too). */
export interface HarHeader {
  name: string;
  value: string;
}

/** A request's phases in ms, named after HAR's fields (see the table at the top of the file). */
export interface HarTimings {
  queueing: number;
  stalled: number;
  dns: number;
  /** Initial connection: TCP (and QUIC) set-up, without the TLS handshake. */
  connect: number;
  ssl: number;
  send: number;
  wait: number;
  receive: number;
}

/** The phases in drawing order. */
export const HAR_PHASES: readonly (keyof HarTimings)[] = [
  'queueing',
  'stalled',
  'dns',
  'connect',
  'ssl',
  'send',
  'wait',
  'receive',
];

/** One entry of the HAR. */
export interface HarRequest {
  /** `req-<n>` in order of start (the file's order among equal starts), from 1. */
  id: string;
  /** The entry's index in `log.entries`. */
  entry: number;
  /** The page it belongs to (`pageref`), or null. */
  page: string | null;
  url: string;
  method: string;
  /** 0 when no response came (Chrome writes 0, Playwright -1). */
  status: number;
  statusText: string;
  /** As written ("HTTP/1.1", "http/2.0", "h3"…), the response's, else the request's; '' if none. */
  httpVersion: string;
  /** ms from the earliest entry's `startedDateTime`. */
  startMs: number;
  timings: HarTimings;
  /** The sum of `timings`. */
  totalMs: number;
  /** The entry's `time` (ms) when it is a number ≥ 0, else null. */
  timeMs: number | null;
  /** The connection id (`connection`), or null when the file gives none (Firefox writes the
   * server's port there, not a connection: ignored). */
  connection: string | null;
  /** True when an earlier request used the same connection. */
  reused: boolean;
  serverIp: string | null;
  requestHeaders: HarHeader[];
  responseHeaders: HarHeader[];
  /** The response's MIME type (`content.mimeType`, else Content-Type), or null. */
  mimeType: string | null;
  /** Bytes on the network (`_transferSize`, else headersSize + bodySize), or null if unknown. */
  size: number | null;
  /** Bytes of the decoded body (`content.size`), or null if unknown. */
  contentSize: number | null;
  /** Served by the browser's cache (Chrome's `_fromCache`), else null. */
  fromCache: 'memory' | 'disk' | null;
  /** Chrome's `_resourceType` ("document", "stylesheet", "script", "image"…), or null. */
  resourceType: string | null;
  /** Where a redirect goes (`redirectURL`, else Location), or null. */
  redirectUrl: string | null;
  /** Why the request failed (`_error`, `_failureText`), or null. */
  error: string | null;
}

/** A page of the HAR (`log.pages`): when it started and its load events, in ms from the earliest
 * entry (null when the file does not say). */
export interface HarPage {
  id: string;
  title: string;
  startMs: number | null;
  onContentLoadMs: number | null;
  onLoadMs: number | null;
}

/** Everything `wirewalk analyze file.har` prints (and the journey view shows). */
export interface HarAnalysis {
  kind: 'har';
  /** HAR version as written ("1.2"). */
  version: string;
  creator: { name: string; version: string };
  pages: HarPage[];
  /** In order of start. */
  requests: HarRequest[];
}

// ---------------------------------------------------------------------------------------------
// The schema: HAR 1.2 as browsers really write it. Only the fields read are declared (the rest,
// response bodies included, is dropped); what browsers leave out or write as null is optional.

/** The largest duration or size read (ms or bytes): a larger one is no measurement, and the sums
 * of such values would overflow. */
export const HAR_MAX_VALUE = 1e12;
const optNum = z.optional(
  z.nullable(
    z.number().check(z.maximum(HAR_MAX_VALUE, { error: 'must be at most 10^12 (ms or bytes)' })),
  ),
);
const optStr = z.optional(z.nullable(z.string()));
const header = z.object({ name: z.string(), value: z.string() });
const headers = z.optional(z.nullable(z.array(header)));

const timings = z.object({
  blocked: optNum,
  dns: optNum,
  connect: optNum,
  ssl: optNum,
  send: optNum,
  wait: optNum,
  receive: optNum,
  _blocked_queueing: optNum,
});

const entry = z.object({
  pageref: optStr,
  startedDateTime: z.string(),
  time: optNum,
  request: z.object({
    method: z.string(),
    url: z.string(),
    httpVersion: optStr,
    headers,
  }),
  response: z.object({
    status: z.number(),
    statusText: optStr,
    httpVersion: optStr,
    headers,
    content: z.optional(z.nullable(z.object({ size: optNum, mimeType: optStr }))),
    redirectURL: optStr,
    headersSize: optNum,
    bodySize: optNum,
    _transferSize: optNum,
    _error: optStr,
    _failureText: optStr,
  }),
  timings: z.optional(z.nullable(timings)),
  serverIPAddress: optStr,
  // Chrome writes a string; some tools a number.
  connection: z.optional(z.nullable(z.union([z.string(), z.number()]))),
  _fromCache: optStr,
  _resourceType: optStr,
});

const page = z.object({
  id: z.string(),
  title: optStr,
  startedDateTime: optStr,
  // Read field by field (pageTiming): a load time of the wrong type draws no line rather than
  // refusing a file whose requests are fine.
  pageTimings: z.optional(z.unknown()),
});

const log = z.object({
  version: z.optional(z.nullable(z.union([z.string(), z.number()]))),
  creator: z.optional(z.nullable(z.object({ name: optStr, version: optStr }))),
  pages: z.optional(z.nullable(z.array(page))),
  entries: z.array(entry),
});

type RawEntry = z.infer<typeof entry>;
/** HAR `timings` as read (before the mapping). */
export type HarRawTimings = z.infer<typeof timings>;

// ---------------------------------------------------------------------------------------------

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A duration as HAR writes it: a number ≥ 0, else (absent, -1, null) 0; to the µs. */
const dur = (v: number | null | undefined): number =>
  typeof v === 'number' && Number.isFinite(v) && v > 0 ? round3(v) : 0;
const round3 = (v: number): number => Math.round(v * 1000) / 1000;
/** A size or count ≥ 0, else null. */
const count = (v: number | null | undefined): number | null =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : null;
const text = (v: string | null | undefined): string | null => (v ? v : null);

/**
 * A page's `pageTimings.onContentLoad` or `onLoad` (ms after the page's start), or null when it
 * is unknown: absent, -1 (HAR 1.2 §pageTimings: "not available"), or not a number from 0 to
 * {@link HAR_MAX_VALUE} (another type, or `pageTimings` itself not an object).
 */
function pageTiming(timings: unknown, name: 'onContentLoad' | 'onLoad'): number | null {
  const v = isObject(timings) ? timings[name] : undefined;
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= HAR_MAX_VALUE ? v : null;
}

/**
 * The waterfall phases of HAR `timings` (the mapping at the top of the file). `url` decides
 * whether an `ssl` value can be real (not on http:// or ws://).
 */
export function harTimings(raw: HarRawTimings | null | undefined, url = ''): HarTimings {
  const t = raw ?? {};
  const blocked = dur(t.blocked);
  const queueing = Math.min(dur(t._blocked_queueing), blocked);
  const plain = /^(http|ws):/i.test(url);
  const ssl = plain ? 0 : dur(t.ssl);
  return {
    queueing,
    stalled: round3(blocked - queueing),
    dns: dur(t.dns),
    connect: round3(Math.max(0, dur(t.connect) - ssl)),
    ssl,
    send: dur(t.send),
    wait: dur(t.wait),
    receive: dur(t.receive),
  };
}

/** The sum of the phases (the bar's length). */
export const totalOf = (t: HarTimings): number => round3(HAR_PHASES.reduce((s, p) => s + t[p], 0));

/** The value of the first header called `name` (case-insensitive), or null. */
export function headerValue(list: readonly HarHeader[], name: string): string | null {
  const lower = name.toLowerCase();
  return list.find((h) => h.name.toLowerCase() === lower)?.value ?? null;
}

/**
 * Reads a HAR file's text. Throws {@link HarError} when it is not a HAR Wirewalk can show: too
 * large, not JSON, no `log.entries`, another version, more than {@link HAR_MAX_ENTRIES} entries, or
 * a field of the wrong type (the message names the first ones, e.g.
 * "log.entries[3].request.url: Invalid input: expected string, received number").
 */
export function analyzeHar(text: string): HarAnalysis {
  if (text.length > HAR_MAX_CHARS)
    throw new HarError(
      'too-large',
      `The file is ${mb(text.length)} MB: Wirewalk opens HAR files up to ${mb(HAR_MAX_CHARS)} MB. ` +
        'Record a shorter page load, or save the HAR without response bodies.',
    );
  if (!text.trim()) throw new HarError('empty', 'The file is empty.');
  const json = parseJson(text);
  const rawLog = isObject(json) ? json.log : undefined;
  if (!isObject(rawLog) || !Array.isArray(rawLog.entries))
    throw new HarError(
      'not-har',
      'Not a HAR file: this JSON has no "log.entries" (a HAR file is ' +
        '{"log": {"version": "1.2", "entries": [...]}}).',
    );
  // Only a string or a number is read as a version (String() of a deeply nested array recurses).
  const version = rawLog.version;
  const versionText =
    typeof version === 'string' || typeof version === 'number' ? String(version) : null;
  if (version !== undefined && version !== null && !HAR_VERSIONS.includes(versionText ?? ''))
    throw new HarError(
      'version',
      `HAR version "${short(versionText ?? '(not text)')}" is not supported: Wirewalk reads ` +
        'HAR 1.1 and 1.2.',
    );
  if (rawLog.entries.length > HAR_MAX_ENTRIES)
    throw new HarError(
      'too-many',
      `The HAR file has ${rawLog.entries.length.toLocaleString('en')} requests: Wirewalk shows ` +
        `at most ${HAR_MAX_ENTRIES.toLocaleString('en')}. Record a shorter page load, or filter ` +
        'the requests in the Network panel before saving.',
    );
  const parsed = log.safeParse(rawLog);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const first = issues
      .slice(0, 3)
      .map((i) => `log.${pathToString(i.path)}: ${i.message}`)
      .join('; ');
    const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
    throw new HarError('invalid', `Not a valid HAR 1.2 file: ${first}${more}.`);
  }
  return fromLog(parsed.data);
}

function parseJson(text: string): unknown {
  try {
    // A BOM is common in files saved on Windows; JSON.parse refuses it.
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new HarError('not-json', `Not a HAR file: it is not JSON (${short(why)}).`);
  }
}

const mb = (chars: number): string => String(Math.round((chars / 1024 / 1024) * 10) / 10);
/** A value quoted in a message, cut to 80 characters. */
const short = (s: string): string => (s.length > 80 ? `${s.slice(0, 80)}…` : s);

function fromLog(l: z.infer<typeof log>): HarAnalysis {
  const creator = { name: l.creator?.name ?? '', version: l.creator?.version ?? '' };
  // Firefox writes the server's port as `connection`: every request to port 443 would look like
  // one connection. It is not a connection id, so it is left out.
  const connectionIds = !/firefox/i.test(creator.name);
  const starts = l.entries.map((e, i) => {
    const at = Date.parse(e.startedDateTime);
    if (Number.isNaN(at))
      throw new HarError(
        'invalid',
        `Not a valid HAR 1.2 file: log.entries[${i}].startedDateTime: "${short(
          e.startedDateTime,
        )}" is not a date (ISO 8601, e.g. "2025-03-03T09:00:00.000Z").`,
      );
    return at;
  });
  const origin = starts.length ? Math.min(...starts) : 0;
  const order = l.entries.map((_, i) => i).sort((a, b) => starts[a]! - starts[b]! || a - b);
  const seen = new Set<string>();
  const requests = order.map((i, n) => {
    const r = request(l.entries[i]!, i, n + 1, round3(starts[i]! - origin), connectionIds);
    if (r.connection !== null) {
      r.reused = seen.has(r.connection);
      seen.add(r.connection);
    }
    return r;
  });
  const pages = (l.pages ?? []).map((p): HarPage => {
    const at = p.startedDateTime ? Date.parse(p.startedDateTime) : NaN;
    const startMs = Number.isNaN(at) ? null : round3(at - origin);
    const mark = (name: 'onContentLoad' | 'onLoad') => {
      const v = pageTiming(p.pageTimings, name);
      return startMs !== null && v !== null ? round3(startMs + v) : null;
    };
    return {
      id: p.id,
      title: p.title ?? '',
      startMs,
      onContentLoadMs: mark('onContentLoad'),
      onLoadMs: mark('onLoad'),
    };
  });
  return { kind: 'har', version: String(l.version ?? '1.2'), creator, pages, requests };
}

function request(
  e: RawEntry,
  entryIndex: number,
  n: number,
  startMs: number,
  connectionIds: boolean,
): HarRequest {
  const res = e.response;
  const requestHeaders = e.request.headers ?? [];
  const responseHeaders = res.headers ?? [];
  const timings = harTimings(e.timings, e.request.url);
  const transfer = count(res._transferSize);
  const headersSize = count(res.headersSize);
  const bodySize = count(res.bodySize);
  const status = Number.isFinite(res.status) && res.status > 0 ? Math.trunc(res.status) : 0;
  const cache = e._fromCache === 'memory' || e._fromCache === 'disk' ? e._fromCache : null;
  const conn = e.connection;
  const time = count(e.time);
  const mime = text(res.content?.mimeType);
  return {
    id: `req-${n}`,
    entry: entryIndex,
    page: text(e.pageref),
    url: e.request.url,
    method: e.request.method,
    status,
    statusText: res.statusText ?? '',
    httpVersion: res.httpVersion || e.request.httpVersion || '',
    startMs,
    timings,
    totalMs: totalOf(timings),
    timeMs: time === null ? null : round3(time),
    connection:
      connectionIds && conn !== null && conn !== undefined && String(conn) !== ''
        ? String(conn)
        : null,
    reused: false,
    serverIp: text(e.serverIPAddress),
    requestHeaders,
    responseHeaders,
    mimeType: mime && mime !== 'x-unknown' ? mime : headerValue(responseHeaders, 'content-type'),
    size:
      transfer ?? (headersSize !== null && bodySize !== null ? headersSize + bodySize : bodySize),
    contentSize: count(res.content?.size),
    fromCache: cache,
    resourceType: text(e._resourceType),
    redirectUrl:
      text(res.redirectURL) ??
      (status >= 300 && status < 400 ? headerValue(responseHeaders, 'location') : null),
    error: text(res._error) ?? text(res._failureText),
  };
}
