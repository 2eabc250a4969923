// Opening a connection of the journey: connect() and the TCP handshake on the foundation's
// engine, then the TLS flights of the chosen version written at the moments they can go.
import type { JourneyUrl } from '../../scenarios/journeyUrl';
import { addWrite, addWriteAfter, establishedAt, newConnRun, spanOf, traceOf } from './connection';
import type { Conn, Ctx } from './context';
import { hostPath } from './net';
import { tlsPlan, type TlsFlight, type TlsPlanMessage } from './tls';
import type { JourneyPhase } from './trace';

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
export function writeFlight(
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

export function queueTls(
  ctx: Ctx,
  conn: Conn,
  m: TlsPlanMessage,
  tag: string,
  phase: JourneyPhase,
): void {
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
