// A HAR as the URL journey's player shows it: the trace of "what the browser recorded". Each
// request is a waterfall row (the fields the waterfall and its CSV read, as a simulated
// JourneyRequest has them) and two steps — it starts, its last byte arrives — plus a step for each
// page's DOMContentLoaded and load events, all in time order; those page events are also the
// waterfall's vertical lines (`marks`), as in the browser's developer tools. There is no
// topology, no TCP trace and no render stage: a HAR holds none of them, and the views say so
// instead of inventing them.
import type { WaterfallTimings } from '../engine/journey/trace';
import { TRACE_VERSION } from '../engine/trace';
import type { HarAnalysis, HarHeader, HarRequest } from './har';
import type {
  HarConnection,
  HarEvent,
  HarLoadMark,
  HarResourceType,
  HarTrace,
  HarTraceRequest,
} from './harTraceTypes';

// The types live in harTraceTypes.ts (the journey view's first load needs only them and
// isHarTrace, which is not re-exported: this module's exports stay its own chunk's).
export type * from './harTraceTypes';

const MIME_TYPES: [RegExp, HarResourceType][] = [
  [/^text\/html|xhtml/, 'document'],
  [/css/, 'css'],
  [/javascript|ecmascript|wasm/, 'js'],
  [/^image\//, 'img'],
  [/^font\/|woff|opentype|truetype/, 'font'],
  [/^(audio|video)\//, 'media'],
  [/json|xml|^text\/plain|event-stream/, 'fetch'],
];
const RESOURCE_TYPES: Record<string, HarResourceType> = {
  document: 'document',
  stylesheet: 'css',
  script: 'js',
  image: 'img',
  font: 'font',
  media: 'media',
  xhr: 'fetch',
  fetch: 'fetch',
  eventsource: 'fetch',
  preflight: 'fetch',
};

/** The resource type of a request: Chrome's `_resourceType`, else its MIME type. */
export function resourceTypeOf(r: Pick<HarRequest, 'resourceType' | 'mimeType'>): HarResourceType {
  if (r.resourceType) return RESOURCE_TYPES[r.resourceType] ?? 'other';
  const mime = (r.mimeType ?? '').toLowerCase();
  return MIME_TYPES.find(([re]) => re.test(mime))?.[1] ?? 'other';
}

// Not har.ts's headerValue: this module loads with a HAR file shown in the journey, har.ts's
// schema (zod) does not.
const hasHeader = (list: readonly HarHeader[], name: string): boolean =>
  list.some((h) => h.name.toLowerCase() === name);

const waterfallTimings = (r: HarRequest): WaterfallTimings => ({
  Queueing: r.timings.queueing,
  Stalled: r.timings.stalled,
  'DNS Lookup': r.timings.dns,
  'Initial connection': r.timings.connect,
  SSL: r.timings.ssl,
  'Request sent': r.timings.send,
  'Waiting (TTFB)': r.timings.wait,
  'Content Download': r.timings.receive,
});

/** The player's trace of an analysed HAR. */
export function harTrace(har: HarAnalysis): HarTrace {
  const pageIndex = new Map(har.pages.map((p, i) => [p.id, i + 1]));
  const requests = har.requests.map((r): HarTraceRequest => ({
    id: r.id,
    journey: (r.page !== null ? pageIndex.get(r.page) : undefined) ?? 1,
    url: r.url,
    type: resourceTypeOf(r),
    method: r.method,
    conditional:
      hasHeader(r.requestHeaders, 'if-none-match') ||
      hasHeader(r.requestHeaders, 'if-modified-since'),
    fromCache: r.fromCache !== null,
    cacheKind: r.fromCache,
    status: r.status,
    conn: r.connection,
    start: r.startMs,
    end: round3(r.startMs + r.totalMs),
    timings: waterfallTimings(r),
    har: r,
  }));

  // Among events at the same time: a response before a request (a connection freed, then
  // reused) — except a request's own response when it took no time — page events last.
  type Draft = Unstepped<HarEvent> & { rank: number; order: number };
  const drafts: Draft[] = [];
  requests.forEach((r, i) => {
    drafts.push({ kind: 'har.request', t: r.start, requestId: r.id, rank: 1, order: i });
    const rank = r.end > r.start ? 0 : 2;
    drafts.push({ kind: 'har.response', t: r.end, requestId: r.id, rank, order: i });
  });
  har.pages.forEach((p, i) => {
    const page = { kind: 'har.page' as const, pageId: p.id, rank: 3, order: i };
    if (p.onContentLoadMs !== null)
      drafts.push({ ...page, t: p.onContentLoadMs, event: 'onContentLoad' });
    if (p.onLoadMs !== null) drafts.push({ ...page, t: p.onLoadMs, event: 'onLoad' });
  });
  // A page event before the first request (a page that started before its entries) shows at 0.
  drafts.sort((a, b) => a.t - b.t || a.rank - b.rank || a.order - b.order);
  const events = drafts.map(({ rank: _rank, order: _order, ...d }, i) => ({
    ...d,
    t: Math.max(0, d.t),
    id: `ev-${i + 1}`,
    step: i + 1,
  })) as HarEvent[];

  const connections = new Map<string, HarConnection>();
  for (const r of har.requests) {
    if (r.connection === null) continue;
    const c = connections.get(r.connection);
    if (c) c.requestIds.push(r.id);
    else
      connections.set(r.connection, { id: r.connection, serverIp: r.serverIp, requestIds: [r.id] });
  }
  // Numbered as the requests' pages are (`journey`), so a page's lines go with its rows.
  const marks = events.flatMap((e): HarLoadMark[] =>
    e.kind === 'har.page'
      ? [
          {
            kind: e.event === 'onContentLoad' ? 'dcl' : 'load',
            page: pageIndex.get(e.pageId)!,
            t: e.t,
            step: e.step,
          },
        ]
      : [],
  );
  const doc = requests.find((r) => r.type === 'document') ?? requests[0];
  return {
    version: TRACE_VERSION,
    kind: 'har',
    creator: har.creator,
    pages: har.pages,
    pageUrl: doc?.url ?? '',
    steps: events.length,
    endMs: events.length ? events[events.length - 1]!.t : 0,
    requests,
    connections: [...connections.values()],
    events,
    marks,
  };
}

/** An event without its id and step (each member of the union). */
type Unstepped<E> = E extends HarEvent ? Omit<E, 'id' | 'step'> : never;

const round3 = (v: number): number => Math.round(v * 1000) / 1000;
