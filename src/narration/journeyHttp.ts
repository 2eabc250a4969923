// Journey narration of HTTP and the page: the request (request line, Host, keep-alive, conditional
// headers), the response (status class, why a 304 has no body, redirects), the sub-resources and
// the 6-connection limit, the render stages, keep-alive vs close, and the end of a navigation.
import type { HttpPart, JourneyEventOf, JourneyTrace } from '../engine/journey/trace';
import type { Translate } from '../i18n/i18n';
import { fileOf, list, ms } from './journeyFormat';
import { indexJourney } from './journeyIndex';

/** The value of header `name` (case-insensitive) among an HTTP message's parts, or null. */
export function header(parts: readonly HttpPart[], name: string): string | null {
  const want = name.toLowerCase();
  const p = parts.find((x) => x.kind === 'header' && x.name?.toLowerCase() === want);
  return p?.value ?? null;
}

/** The start line (request or status line) without its CRLF. */
export const startLine = (parts: readonly HttpPart[]): string =>
  (parts[0]?.text ?? '').replace(/\r?\n$/, '');

/** The sentences of an HTTP request. */
export function narrateRequest(e: JourneyEventOf<'http.request'>, t: Translate): string[] {
  const out = [
    t('jn.http.request', {
      line: startLine(e.parts),
      host: header(e.parts, 'Host') ?? '',
      target: e.target,
    }),
  ];
  const etag = header(e.parts, 'If-None-Match');
  const since = header(e.parts, 'If-Modified-Since');
  if (etag) out.push(t('jn.http.ifNoneMatch', { etag }));
  else if (since) out.push(t('jn.http.ifModifiedSince', { date: since }));
  if (e.reused) out.push(t('jn.http.reused', { conn: e.conn }));
  out.push(
    t(e.version === 'HTTP/1.0' ? 'jn.http.close10' : 'jn.http.keepAlive', {
      connection: header(e.parts, 'Connection') ?? '',
    }),
  );
  out.push(
    t(e.encrypted ? 'jn.http.sizeEncrypted' : 'jn.http.sizePlain', {
      bytes: e.bytes,
      wire: e.wireBytes,
      segments: e.segIds.length,
    }),
  );
  return out;
}

/** The sentences of an HTTP response. */
export function narrateResponse(
  trace: JourneyTrace,
  e: JourneyEventOf<'http.response'>,
  t: Translate,
): string[] {
  const req = indexJourney(trace).requestEvents.get(e.requestId);
  const out = [
    t('jn.http.response', {
      line: startLine(e.parts),
      ttfb: ms(req ? e.firstArriveAt - req.t : e.firstArriveAt - e.t, t),
      rtt: ms(trace.scenario.latency.serverRttMs, t),
      server: ms(trace.scenario.latency.serverMs, t),
    }),
    t(`jn.http.class${classOf(e.statusClass)}`),
  ];
  if (req && req.version !== e.version)
    out.push(t('jn.http.versionNote', { request: req.version, response: e.version }));
  const p = {
    status: e.status,
    bytes: e.bodyBytes,
    type: e.contentType ?? '',
    segments: e.segIds.length,
    location: e.location ?? '',
    path: req?.target ?? '',
  };
  switch (e.status) {
    case 304:
      out.push(t('jn.http.status304', p));
      break;
    case 301:
    case 302:
      out.push(t('jn.http.redirect', p));
      break;
    case 404:
    case 500:
    case 503:
      out.push(t(`jn.http.status${e.status}`, p));
      break;
  }
  if (e.bodyBytes > 0) out.push(t('jn.http.body', p));
  out.push(t(e.keepAlive ? 'jn.http.respKeepAlive' : 'jn.http.respClose'));
  return out;
}

const classOf = (c: number): 1 | 2 | 3 | 4 | 5 =>
  c <= 1 ? 1 : c >= 5 ? 5 : (Math.round(c) as 2 | 3 | 4);

/** The sentences of the sub-resources the HTML parser found. */
export function narrateResources(
  e: JourneyEventOf<'resources.discovered'>,
  t: Translate,
): string[] {
  const count = (type: 'css' | 'js' | 'img') => e.resources.filter((r) => r.type === type).length;
  const kinds = (['css', 'js', 'img'] as const)
    .filter((k) => count(k) > 0)
    .map((k) => t(`jn.res.${k}`, { count: count(k) }));
  return [
    t('jn.res.found', { count: e.resources.length, list: list(kinds, t) }),
    e.queued.length > 0
      ? t('jn.res.queued', { max: e.maxConnectionsPerHost, queued: e.queued.length })
      : t('jn.res.noQueue', { max: e.maxConnectionsPerHost }),
  ];
}

/** The sentences of a render stage. */
export function narrateRender(
  trace: JourneyTrace,
  e: JourneyEventOf<'render.stage'>,
  t: Translate,
): string[] {
  const p = { duration: ms(e.end - e.t, t), time: ms(e.end, t) };
  const out = [
    e.stage === 'paint'
      ? t(e.pass > 1 ? 'jn.render.repaint' : 'jn.render.paint', p)
      : t(`jn.render.${e.stage}`, p),
  ];
  if (e.waitedFor.length > 0) {
    const requests = indexJourney(trace).requests;
    out.push(
      t('jn.render.waited', {
        list: list(
          e.waitedFor.map((id) => fileOf(requests.get(id)?.url ?? id)),
          t,
        ),
      }),
    );
  }
  return out;
}

/** The sentence of a connection kept open (HTTP/1.1 keep-alive). */
export function narrateKept(
  trace: JourneyTrace,
  e: JourneyEventOf<'connection.kept'>,
  t: Translate,
): string {
  const conn = indexJourney(trace).connections.get(e.conn);
  return t(conn?.https ? 'jn.kept.tls' : 'jn.kept', {
    conn: e.conn,
    state: e.state,
    requests: e.requests,
    host: conn?.host ?? '',
  });
}

/** The sentence of a navigation's end. */
export function narrateEnded(
  trace: JourneyTrace,
  e: JourneyEventOf<'navigation.ended'>,
  t: Translate,
): string {
  const hop = trace.journeys[e.journey - 1];
  const p = { n: e.journey, url: e.url, status: e.status, time: ms(e.t - (hop?.start ?? 0), t) };
  return t(e.outcome === 'rendered' ? 'jn.ended.rendered' : 'jn.ended.redirected', p);
}
