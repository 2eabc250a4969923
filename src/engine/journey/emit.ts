// Turning a connection's final TCP run into the journey's message steps: its TLS and HTTP
// messages (with the segments that carried them) and its control segments.
import { controlSegments, spansOf, traceOf } from './connection';
import type { Conn, Ctx } from './context';
import { hostPath, MAC, macOf, nextHop } from './net';
import { addStep, type Payload } from './recorder';
import type { JourneyPhase } from './trace';

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
