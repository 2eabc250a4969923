// HTTP over the foundation's TCP: one request/response exchange on a connection (keep-alive or
// close) and the per-origin pool of at most six connections that sub-resources share (queueing
// when all are busy). Opening a connection is in connect.ts; its steps are written by emit.ts.
import type { JourneyUrl } from '../../scenarios/journeyUrl';
import {
  addClose,
  addWrite,
  addWriteAfter,
  finReceivedAt,
  lastArrivalAt,
  spanOf,
  traceOf,
} from './connection';
import { openConn, queueTls, writeFlight } from './connect';
import type { Conn, Ctx, ReqRecord } from './context';
import { buildRequest, buildResponse, etagOf, LAST_MODIFIED, REASONS, type Resource } from './http';
import { hostPath } from './net';
import { recordBytes } from './tls';
import type { ResourceType } from './trace';

/** Connections per host a browser opens at most (HTTP/1.x). */
export const MAX_CONNECTIONS_PER_HOST = 6;

/** What the server sends for one request. */
export interface Answer {
  status: number;
  contentType: string;
  /** HTML text, or null for a binary body of `bodyBytes`. */
  body: string | null;
  bodyBytes: number;
  etag: string;
  maxAgeS: number;
  location: string | null;
}

/** A request to send: what the browser writes. */
export interface Ask {
  target: string;
  type: ResourceType;
  referer: string | null;
  /** Revalidate a stale stored response (RFC 9111 §4.3.1). */
  conditional: { etag: string } | { lastModified: string } | null;
}

/** A new request record (its times are filled in as it progresses). */
export function newRequest(
  ctx: Ctx,
  journey: number,
  url: string,
  type: ResourceType,
  start: number,
  conditional: boolean,
): ReqRecord {
  const req: ReqRecord = {
    id: `req-${ctx.requests.length + 1}`,
    journey,
    url,
    type,
    conditional,
    fromCache: false,
    status: 0,
    conn: null,
    times: {
      start,
      queuedUntil: start,
      dnsEnd: start,
      establishedAt: null,
      secureAt: null,
      lastRequestSentAt: start,
      firstByteAt: start,
      end: start,
    },
  };
  ctx.requests.push(req);
  return req;
}

/**
 * One request/response on `conn`. `queuedUntil`: when the request got this connection. HTTP/1.0
 * (and any response with "Connection: close") ends with the server closing: its FIN follows the
 * response (after a TLS close_notify), the client answers with its own close.
 */
export function exchange(
  ctx: Ctx,
  conn: Conn,
  req: ReqRecord,
  ask: Ask,
  answer: Answer,
  queuedUntil: number,
): void {
  const { sc, net } = ctx;
  const host = sc.latency.hostMs;
  const first = conn.used === 0;
  const t = req.times;
  t.queuedUntil = queuedUntil;
  if (first) {
    // A new connection: connect() once the name is known (no lookup for sub-resources).
    t.dnsEnd = Math.max(t.dnsEnd, queuedUntil);
    t.establishedAt = conn.establishedAt;
    t.secureAt = conn.secureAt;
  } else t.dnsEnd = queuedUntil;
  const writeAt = first
    ? (conn.secureAt ?? conn.establishedAt + host)
    : Math.max(queuedUntil, conn.idleAt) + host;
  const keepAlive = conn.http === '1.1';
  const url = conn.url;
  const text = buildRequest({
    target: ask.target,
    version: conn.http,
    hostHeader: url.defaultPort ? url.host : `${url.host}:${url.port}`,
    type: ask.type,
    referer: ask.referer,
    ifNoneMatch: ask.conditional && 'etag' in ask.conditional ? ask.conditional.etag : null,
    ifModifiedSince:
      ask.conditional && 'lastModified' in ask.conditional ? ask.conditional.lastModified : null,
  });
  const tls = conn.tls;
  const wire = (plain: number) => (tls ? recordBytes(tls.version, plain) : plain);
  const reqTag = `${req.id}.req`;
  const reqPart = { tag: reqTag, bytes: wire(text.bytes) };
  const path = hostPath(net, 'browser', 'server');
  const finTag =
    tls && first && tls.version === 'TLS 1.3'
      ? writeFlight(ctx, conn, tls.flights[2]!, 2, writeAt, [reqPart])
      : null;
  if (!finTag) addWrite(conn.run, { side: 'client', at: writeAt, parts: [reqPart] });
  conn.messages.push({
    tag: reqTag,
    journey: req.journey,
    phase: 'http',
    make: (sp) => ({
      kind: 'http.request',
      conn: conn.id,
      requestId: req.id,
      method: 'GET',
      target: ask.target,
      version: `HTTP/${conn.http}`,
      raw: text.raw,
      parts: text.parts,
      bytes: text.bytes,
      conditional: ask.conditional !== null,
      reused: !first,
      encrypted: tls !== null,
      from: 'browser',
      to: 'server',
      path,
      arriveAt: sp.lastArriveAt,
      segIds: sp.segIds,
      firstArriveAt: sp.firstArriveAt,
      wireBytes: reqPart.bytes,
    }),
  });
  if (finTag) {
    // RFC 8446 §4.6.1: after the client's Finished the server may send NewSessionTicket.
    const nst = tls!.flights[3]!;
    writeFlight(ctx, conn, nst, 3, spanOf(conn.run, finTag).lastArriveAt + host, []);
  }
  // The response is written serverMs after the request's last byte arrives.
  const guess = writeAt + conn.run.rttMs / 2 + sc.latency.serverMs;
  const dateOf = (at: number) => buildResponse({ ...answer, keepAlive, dateMs: at });
  // The Date header (IMF-fixdate) has a fixed length: the size does not depend on the time.
  let res = dateOf(guess);
  const resTag = `${req.id}.res`;
  const resPart = { tag: resTag, bytes: wire(res.headBytes + res.bodyBytes) };
  // The response's message first: a close_notify written with it follows it on the wire.
  const parts = [resPart];
  if (!keepAlive && tls) {
    const tag = `${conn.id}.alert.server`;
    parts.push({ tag, bytes: tls.closeNotify('server').bytes });
  }
  const respAt = addWriteAfter(
    conn.run,
    reqTag,
    sc.latency.serverMs,
    { side: 'server', parts },
    guess,
    !keepAlive,
  );
  res = dateOf(respAt);
  const reqSpan = spanOf(conn.run, reqTag);
  conn.messages.push({
    tag: resTag,
    journey: req.journey,
    phase: 'http',
    make: (sp) => ({
      kind: 'http.response',
      conn: conn.id,
      requestId: req.id,
      status: answer.status,
      reason: REASONS[answer.status] ?? '',
      statusClass: Math.floor(answer.status / 100),
      version: 'HTTP/1.1',
      raw: res.raw,
      parts: res.parts,
      body: res.body,
      bodyBytes: res.bodyBytes,
      contentType: res.contentType,
      keepAlive,
      location: answer.location,
      bytes: res.headBytes + res.bodyBytes,
      encrypted: tls !== null,
      from: 'server',
      to: 'browser',
      path: [...path].reverse(),
      arriveAt: sp.lastArriveAt,
      segIds: sp.segIds,
      firstArriveAt: sp.firstArriveAt,
      wireBytes: resPart.bytes,
    }),
  });
  if (!keepAlive && tls)
    queueTls(ctx, conn, tls.closeNotify('server'), `${conn.id}.alert.server`, 'close');
  const resSpan = spanOf(conn.run, resTag);
  t.lastRequestSentAt = reqSpan.lastSentAt;
  t.firstByteAt = resSpan.firstArriveAt;
  t.end = resSpan.lastArriveAt;
  req.status = answer.status;
  req.conn = conn.id;
  conn.requestIds.push(req.id);
  conn.used++;
  conn.idleAt = resSpan.lastArriveAt;
  if (!keepAlive) {
    conn.closing = true;
    const fin = finReceivedAt(traceOf(conn.run), 'client');
    if (fin === null) throw new Error('journey: the server FIN never arrived');
    const closeAt = fin + host;
    if (tls) {
      const tag = `${conn.id}.alert.client`;
      queueTls(ctx, conn, tls.closeNotify('client'), tag, 'close');
      addWrite(conn.run, {
        side: 'client',
        at: closeAt,
        parts: [{ tag, bytes: tls.closeNotify('client').bytes }],
      });
    }
    addClose(conn.run, 'client', closeAt);
    const tr = traceOf(conn.run);
    conn.closedAt = lastArrivalAt(tr);
    const serverFin = tr.events.find(
      (e) =>
        e.kind === 'segment.sent' && e.segment.from === 'server' && e.segment.flags.includes('FIN'),
    );
    conn.serverCloseAt = tls
      ? spanOf(conn.run, `${conn.id}.alert.server`).firstSentAt
      : serverFin!.t;
  }
}

/** The stored-response validators a stale entry is revalidated with. */
export function conditionalOf(
  validator: 'etag' | 'lastModified',
  etag: string,
): { etag: string } | { lastModified: string } {
  return validator === 'etag' ? { etag } : { lastModified: LAST_MODIFIED };
}

/** When each sub-resource finished, and which waited for a connection. */
export interface ResourcesResult {
  reqs: { req: ReqRecord; resource: Resource }[];
  queued: string[];
}

/**
 * Fetches the page's sub-resources from `url`'s origin: at most six connections per host; an idle
 * keep-alive connection is reused; requests beyond the limit wait (Queueing) for the connection
 * that frees up first. HTTP/1.0 opens a connection per request.
 */
export function fetchResources(
  ctx: Ctx,
  journey: number,
  url: JourneyUrl,
  resources: Resource[],
  docConn: Conn | null,
  t0: number,
  cache: 'fresh' | 'stale' | 'miss',
  docStatus: number,
): ResourcesResult {
  const { sc } = ctx;
  const ready = t0 + sc.latency.cacheMs;
  const referer = url.href.replace(/#.*$/, '');
  const reqs = resources.map((resource) => ({
    resource,
    req: newRequest(
      ctx,
      journey,
      `${url.origin}${resource.path}`,
      resource.type,
      t0,
      cache === 'stale',
    ),
  }));
  if (cache === 'fresh') {
    for (const { req } of reqs) {
      req.fromCache = true;
      req.status = 200;
      Object.assign(req.times, {
        queuedUntil: ready,
        dnsEnd: ready,
        lastRequestSentAt: ready,
        firstByteAt: ready,
        end: ready,
      });
    }
    return { reqs, queued: [] };
  }
  const status = cache === 'stale' && docStatus === 304 ? 304 : 200;
  const send = (conn: Conn, i: number, at: number) => {
    const { req, resource } = reqs[i]!;
    const etag = etagOf(resource.path, resource.bytes);
    exchange(
      ctx,
      conn,
      req,
      {
        target: resource.path,
        type: resource.type,
        referer,
        conditional: cache === 'stale' ? conditionalOf(sc.validator, etag) : null,
      },
      {
        status,
        contentType: resource.contentType,
        body: null,
        bodyBytes: resource.bytes,
        etag,
        maxAgeS: 3600,
        location: null,
      },
      at,
    );
  };
  const queued: string[] = [];
  if (sc.http === '1.1') {
    const pool: Conn[] = docConn && !docConn.closing ? [docConn] : [];
    let next = 0;
    for (const c of pool) if (next < reqs.length) send(c, next++, Math.max(ready, c.idleAt));
    while (next < reqs.length && pool.length < MAX_CONNECTIONS_PER_HOST) {
      const c = openConn(ctx, journey, url, ready, ready);
      pool.push(c);
      send(c, next++, ready);
    }
    for (let i = next; i < reqs.length; i++) queued.push(reqs[i]!.req.id);
    while (next < reqs.length) {
      let best = pool[0]!;
      for (const c of pool) if (c.idleAt < best.idleAt) best = c;
      send(best, next++, Math.max(ready, best.idleAt));
    }
  } else {
    // One connection per request; a slot frees when a response has fully arrived.
    const busyUntil: number[] = [];
    reqs.forEach(({ req }, i) => {
      let at = ready;
      if (busyUntil.length >= MAX_CONNECTIONS_PER_HOST) {
        busyUntil.sort((a, b) => a - b);
        at = Math.max(ready, busyUntil.shift()!);
        queued.push(req.id);
      }
      const c = openConn(ctx, journey, url, at, at);
      send(c, i, at);
      busyUntil.push(c.idleAt);
    });
  }
  return { reqs, queued };
}
