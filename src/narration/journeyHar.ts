// Step narration of a HAR file in the journey view: what the browser recorded at the step — a
// request starting (on which connection, new or reused, and what it waited for before and after
// it was sent), its last byte arriving (status, size, how long), a page event — with the file's
// own numbers; the introduction sums the recording up, page events included (as the developer
// tools' status bar: "DOMContentLoaded 401 ms · Load 449 ms"). Pure: trace + step + translate
// function in, strings out.
import type { HarTrace, HarTraceRequest } from '../capture/harTraceTypes';
import type { Translate } from '../i18n/i18n';
import { list, ms } from './journeyFormat';

/** The phases before the request is sent, with their catalog names. */
const SETUP = [
  ['Queueing', 'queueing'],
  ['Stalled', 'stalled'],
  ['DNS Lookup', 'dns'],
  ['Initial connection', 'connect'],
  ['SSL', 'ssl'],
] as const;

const byTrace = new WeakMap<HarTrace, Map<string, HarTraceRequest>>();
function requestOf(trace: HarTrace, id: string): HarTraceRequest | undefined {
  let index = byTrace.get(trace);
  if (!index) {
    index = new Map(trace.requests.map((r) => [r.id, r]));
    byTrace.set(trace, index);
  }
  return index.get(id);
}

/** The sentences for `step` of a HAR's trace (step 0: the recording; the last step adds a
 * closing one). */
export function narrateHar(trace: HarTrace, step: number, t: Translate): string[] {
  if (step <= 0) return intro(trace, t);
  const e = trace.events[step - 1];
  if (!e) return [];
  const out: string[] = [];
  if (e.kind === 'har.page') {
    out.push(t(`har.page.${e.event}`, { time: ms(e.t, t) }));
  } else {
    const r = requestOf(trace, e.requestId);
    if (r) out.push(...(e.kind === 'har.request' ? started(trace, r, t) : finished(trace, r, t)));
  }
  if (step === trace.steps) out.push(end(trace, t));
  return out;
}

/** The narration's heading: the step and its time. */
export function harHeading(trace: HarTrace, step: number, t: Translate): string {
  const e = step > 0 ? trace.events[step - 1] : undefined;
  return e ? t('har.heading', { step, time: ms(e.t, t) }) : t('har.heading.start');
}

/** How a sentence names a request: the path for the page's own origin ("/style.css"), else (and
 * for the origin's "/") host and path; cut to 80 characters. */
export function harName(url: string, pageUrl: string): string {
  let name = url;
  try {
    const u = new URL(url);
    const page = pageUrl ? new URL(pageUrl) : null;
    if (u.protocol === 'http:' || u.protocol === 'https:')
      name = `${page && page.origin === u.origin && u.pathname + u.search !== '/' ? '' : u.host}${
        u.pathname
      }${u.search}`;
  } catch {
    // Not a URL: shown as written.
  }
  return name.length > 80 ? `${name.slice(0, 79)}…` : name;
}

/**
 * Page `page`'s load events as the developer tools' status bar says them ("DOMContentLoaded
 * 401 ms · Load 449 ms"), on the waterfall's clock; '' when the file gives neither.
 */
export function pageEvents(trace: HarTrace, page: number, t: Translate): string {
  return trace.marks
    .filter((m) => m.page === page)
    .map((m) => t(`har.events.${m.kind}`, { time: ms(m.t, t) }))
    .join(' · ');
}

/** The pages (numbers, from 1) that have a load event, in order. */
export const pagesWithEvents = (trace: HarTrace): number[] =>
  [...new Set(trace.marks.map((m) => m.page))].sort((a, b) => a - b);

/** "Connection 101" as the sentences say it. */
const connName = (r: HarTraceRequest, t: Translate) => t('har.conn', { id: r.conn ?? '' });

function intro(trace: HarTrace, t: Translate): string[] {
  const requests = trace.requests.length;
  const creator = `${trace.creator.name} ${trace.creator.version}`.trim();
  const span = trace.requests.reduce((m, r) => Math.max(m, r.end), 0);
  const out = [
    t('har.intro.file', {
      creator: creator || t('har.intro.unknownCreator'),
      requests,
      duration: ms(span, t),
    }),
  ];
  const title = trace.pages.find((p) => p.title)?.title;
  if (trace.pages.length > 1) out.push(t('har.intro.pages', { count: trace.pages.length }));
  else if (title) out.push(t('har.intro.page', { title }));
  const withEvents = pagesWithEvents(trace);
  if (trace.pages.length > 1) {
    for (const n of withEvents)
      out.push(t('har.intro.eventsOf', { n, events: pageEvents(trace, n, t) }));
    if (withEvents.length) out.push(t('har.intro.linesPages'));
  } else if (withEvents.length)
    out.push(t('har.intro.events', { events: pageEvents(trace, withEvents[0]!, t) }));
  if (trace.connections.length)
    out.push(
      t('har.intro.conns', {
        connections: trace.connections.length,
        reused: trace.requests.filter((r) => r.har.reused).length,
        requests,
      }),
    );
  else if (requests) out.push(t('har.intro.noConns'));
  out.push(t('har.intro.noPackets'));
  out.push(t(requests ? 'har.intro.start' : 'har.intro.empty'));
  return out;
}

function started(trace: HarTrace, r: HarTraceRequest, t: Translate): string[] {
  const p = {
    method: r.method,
    name: harName(r.url, trace.pageUrl),
    time: ms(r.start, t),
    conn: connName(r, t),
  };
  if (r.fromCache) return [t(r.cacheKind === 'memory' ? 'har.req.memory' : 'har.req.disk', p)];
  const out = [
    t(r.conn === null ? 'har.req.start' : r.har.reused ? 'har.req.reused' : 'har.req.new', p),
  ];
  const before = SETUP.filter(([phase]) => r.timings[phase] > 0).map(([phase, id]) =>
    t('har.phase', { phase: t(`jv.wf.phase.${id}`), time: ms(r.timings[phase], t) }),
  );
  const handshakes = r.timings['DNS Lookup'] + r.timings['Initial connection'] + r.timings.SSL > 0;
  if (before.length) out.push(t('har.req.before', { list: list(before, t) }));
  if (r.har.reused && !handshakes) out.push(t('har.req.open'));
  if (r.status > 0)
    out.push(
      t('har.req.wait', {
        send: ms(r.timings['Request sent'], t),
        wait: ms(r.timings['Waiting (TTFB)'], t),
      }),
    );
  return out;
}

function finished(trace: HarTrace, r: HarTraceRequest, t: Translate): string[] {
  const h = r.har;
  const name = harName(r.url, trace.pageUrl);
  const time = ms(r.end, t);
  if (r.status <= 0)
    return [
      h.error
        ? t('har.res.failed', { name, time, error: h.error })
        : t('har.res.failedNoReason', { name, time }),
    ];
  const status = h.statusText ? `${r.status} ${h.statusText}` : String(r.status);
  if (r.fromCache)
    return [
      t(r.cacheKind === 'memory' ? 'har.res.memory' : 'har.res.disk', { name, time, status }),
    ];
  const out = [t('har.res.done', { status, name, time, total: ms(r.end - r.start, t) })];
  const receive = ms(r.timings['Content Download'], t);
  const size = h.size ?? h.contentSize;
  if (size === null) out.push(t('har.res.downloadNoSize', { receive }));
  else
    out.push(
      t(h.mimeType ? 'har.res.download' : 'har.res.downloadNoType', {
        receive,
        size: t('insp.bytes', { bytes: size }),
        mime: h.mimeType ?? '',
      }),
    );
  if (h.redirectUrl) out.push(t('har.res.redirect', { location: h.redirectUrl }));
  else if (r.status >= 300 && r.status < 600) {
    const cls = Math.floor(r.status / 100) as 3 | 4 | 5;
    out.push(t(`jn.http.class${cls}`));
  }
  return out;
}

function end(trace: HarTrace, t: Translate): string {
  const time = ms(trace.endMs, t);
  const requests = trace.requests.length;
  return trace.connections.length
    ? t('har.end', {
        time,
        requests,
        reused: trace.requests.filter((r) => r.har.reused).length,
      })
    : t('har.end.noConns', { time, requests });
}
