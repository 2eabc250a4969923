// HTTP over the foundation's TCP: opening a connection (TCP handshake, then the TLS flights),
// one request/response exchange on it (keep-alive or close), the per-origin pool of at most six
// connections that sub-resources share (queueing when all are busy), and turning each
// connection's final TCP run into the journey's message steps.
import type { JourneyUrl } from '../../scenarios/journeyUrl';
import {
  addClose,
  addWrite,
  addWriteAfter,
  controlSegments,
  establishedAt,
  finReceivedAt,
  lastArrivalAt,
  newConnRun,
  spanOf,
  spansOf,
  traceOf,
} from './connection';
import type { Conn, Ctx, ReqRecord } from './context';
import { buildRequest, buildResponse, etagOf, LAST_MODIFIED, REASONS, type Resource } from './http';
import { hostPath, MAC, macOf, nextHop } from './net';
import { addStep, type Payload } from './recorder';
import { recordBytes, tlsPlan, type TlsFlight, type TlsPlanMessage } from './tls';
import type { JourneyPhase, ResourceType } from './trace';

/** Connections per host a browser opens at most (HTTP/1.x). */
export const MAX_CONNECTIONS_PER_HOST = 6;

/** Opens a connection: connect() at `openedAt`, SYN at `synAt`, then the TLS handshake. */
export function openConn(
  ctx: Ctx,
  journey: number,
  url: JourneyUrl,
  openedAt: number,
  synAt: number,
): Conn {
  const { sc } = ctx;
  const n = ctx.conns.length + 1;
  const https = url.scheme === 'https';
  const run = newConnRun(
    (sc.seed + 7919 * n) >>> 0,
    synAt,
    sc.latency.serverRttMs,
    sc.network.bandwidthMbps !== undefined ? sc.network.bandwidthMbps * 1e6 : undefined,
  );
  const conn: Conn = {
    id: `conn-${n}`,
    journey,
    url,
    origin: url.origin,
    https,
    tls: https ? tlsPlan(sc.tls, url.host, `http/${sc.http}`, ctx.rng) : null,
    http: sc.http,
    clientPort: ctx.nextClientPort++,
    run,
    openedAt,
    synAt,
    establishedAt: 0,
    secureAt: null,
    idleAt: 0,
    used: 0,
    closing: false,
    serverCloseAt: null,
    closedAt: null,
    requestIds: [],
    messages: [],
  };
  ctx.conns.push(conn);
  conn.establishedAt = establishedAt(traceOf(run));
  if (conn.tls) {
    // TLS 1.3: the client's Finished goes with the first request (exchange); TLS 1.2: the four
    // flights complete before the request.
    // Each flight answers the previous one once its last byte is in (+ the host's reaction).
    const pre = conn.tls.version === 'TLS 1.3' ? 2 : 4;
    const host = sc.latency.hostMs;
    let at = conn.establishedAt + host;
    let last = writeFlight(ctx, conn, conn.tls.flights[0]!, 0, at, []);
    for (let i = 1; i < pre; i++) {
      const flight = conn.tls.flights[i]!;
      const parts = flightParts(ctx, conn, flight, i);
      at = addWriteAfter(
        run,
        last,
        host,
        { side: flight.sender, parts },
        at + run.rttMs / 2 + host,
      );
      last = parts[parts.length - 1]!.tag;
    }
    conn.secureAt = spanOf(run, last).lastArriveAt + host;
  }
  conn.idleAt = conn.secureAt ?? conn.establishedAt;
  return conn;
}

/** Writes a TLS flight (plus `extra` parts after it); returns the tag of its last message. */
function writeFlight(
  ctx: Ctx,
  conn: Conn,
  flight: TlsFlight,
  index: number,
  at: number,
  extra: { tag: string; bytes: number }[],
): string {
  const parts = flightParts(ctx, conn, flight, index);
  addWrite(conn.run, { side: flight.sender, at, parts: [...parts, ...extra] });
  return parts[parts.length - 1]!.tag;
}

/** The parts of a TLS flight (one per message), their events queued. */
function flightParts(ctx: Ctx, conn: Conn, flight: TlsFlight, index: number) {
  return flight.messages.map((m, k) => {
    const tag = `${conn.id}.tls.${index}.${k}`;
    queueTls(ctx, conn, m, tag, 'tls');
    return { tag, bytes: m.bytes };
  });
}

function queueTls(ctx: Ctx, conn: Conn, m: TlsPlanMessage, tag: string, phase: JourneyPhase): void {
  const toServer = m.sender === 'client';
  const path = hostPath(ctx.net, 'browser', 'server');
  conn.messages.push({
    tag,
    journey: conn.journey,
    phase,
    make: (sp) => ({
      kind: 'tls.message',
      conn: conn.id,
      sender: m.sender,
      type: m.type,
      version: conn.tls!.version,
      contentType: m.contentType,
      encrypted: m.encrypted,
      detail: m.detail,
      keys: m.keys,
      flight: m.flight,
      from: toServer ? 'browser' : 'server',
      to: toServer ? 'server' : 'browser',
      path: toServer ? path : [...path].reverse(),
      arriveAt: sp.lastArriveAt,
      segIds: sp.segIds,
      firstArriveAt: sp.firstArriveAt,
      wireBytes: m.bytes,
    }),
  });
}

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

/** Turns a connection's final TCP run into steps: its TLS/HTTP messages and control segments. */
export function emitConnection(ctx: Ctx, conn: Conn): void {
  const { net, rec } = ctx;
  const spans = spansOf(conn.run);
  for (const m of conn.messages) {
    const sp = spans.get(m.tag);
    if (!sp) throw new Error(`journey: no segments carry "${m.tag}"`);
    addStep(rec, sp.firstSentAt, m.journey, m.phase, m.make(sp));
  }
  const path = hostPath(net, 'browser', 'server');
  const hopMac = macOf(net, nextHop(net, net.serverIp).ip);
  const serverPort = conn.url.port;
  for (const c of controlSegments(traceOf(conn.run))) {
    const up = c.from === 'client';
    const phase: JourneyPhase =
      c.role === 'syn' || c.role === 'synAck' || c.role === 'handshakeAck' ? 'tcp' : 'close';
    const ev: Payload = {
      kind: 'tcp.segment',
      conn: conn.id,
      segId: c.segId,
      role: c.role,
      flags: c.flags,
      seq: c.seq,
      ack: c.ack,
      relSeq: c.relSeq,
      relAck: c.relAck,
      window: c.window,
      len: c.len,
      senderState: c.senderState,
      receiverState: c.receiverState,
      from: up ? 'browser' : 'server',
      to: up ? 'server' : 'browser',
      path: up ? path : [...path].reverse(),
      arriveAt: c.arriveAt,
      ip: up
        ? {
            src: net.clientIp,
            dst: net.serverIp,
            protocol: 'TCP',
            srcPort: conn.clientPort,
            dstPort: serverPort,
          }
        : {
            src: net.serverIp,
            dst: net.clientIp,
            protocol: 'TCP',
            srcPort: serverPort,
            dstPort: conn.clientPort,
          },
      ethernet: up ? { src: MAC.client, dst: hopMac } : { src: hopMac, dst: MAC.client },
    };
    addStep(rec, c.t, conn.journey, phase, ev);
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
