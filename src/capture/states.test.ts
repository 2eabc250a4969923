// Inferred RFC 9293 states of both endpoints: the normal open and close, a refused connection,
// simultaneous open and close, a connection captured mid-way, and an abort.
import { describe, expect, it } from 'vitest';
import { buildConversations } from './conversations';
import { SegmentBuilder } from './testing/segments';
import type { Conversation } from './types';

const one = (b: SegmentBuilder): Conversation => buildConversations(b.packets)[0]!;
const changes = (c: Conversation) =>
  c.stateChanges.map((s) => `${s.frame} ${s.endpoint} ${s.from}→${s.to}`);

describe('inferred states (RFC 9293 §3.3.2)', () => {
  it('three-way handshake, data, active close by the client', () => {
    const b = new SegmentBuilder();
    b.handshake(); // 1..3
    b.data('client', 10); // 4
    b.ack('server'); // 5
    b.fin('client'); // 6
    b.ack('server'); // 7
    b.fin('server'); // 8
    b.ack('client'); // 9
    const c = one(b);
    expect(c.initialStates).toEqual({ client: 'CLOSED', server: 'LISTEN' });
    expect(changes(c)).toEqual([
      '1 client CLOSED→SYN-SENT',
      '1 server LISTEN→SYN-RECEIVED',
      '2 client SYN-SENT→ESTABLISHED',
      '3 server SYN-RECEIVED→ESTABLISHED',
      '6 client ESTABLISHED→FIN-WAIT-1',
      '6 server ESTABLISHED→CLOSE-WAIT',
      '7 client FIN-WAIT-1→FIN-WAIT-2',
      '8 server CLOSE-WAIT→LAST-ACK',
      '8 client FIN-WAIT-2→TIME-WAIT',
      '9 server LAST-ACK→CLOSED',
    ]);
    expect(c.finalStates).toEqual({ client: 'TIME-WAIT', server: 'CLOSED' });
    expect(c.stateChanges[4]).toEqual({
      t: 5,
      frame: 6,
      endpoint: 'client',
      from: 'ESTABLISHED',
      to: 'FIN-WAIT-1',
    });
  });

  it('a FIN,ACK that also acknowledges our FIN: FIN-WAIT-1 → FIN-WAIT-2 → TIME-WAIT at once', () => {
    const b = new SegmentBuilder();
    b.handshake();
    b.fin('client'); // 4
    b.fin('server'); // 5: acks the client's FIN
    b.ack('client'); // 6
    expect(changes(one(b)).slice(4)).toEqual([
      '4 client ESTABLISHED→FIN-WAIT-1',
      '4 server ESTABLISHED→CLOSE-WAIT',
      '5 server CLOSE-WAIT→LAST-ACK',
      '5 client FIN-WAIT-1→FIN-WAIT-2',
      '5 client FIN-WAIT-2→TIME-WAIT',
      '6 server LAST-ACK→CLOSED',
    ]);
  });

  it('refused: a RST answers the SYN; the server was CLOSED', () => {
    const b = new SegmentBuilder();
    b.syn(); // 1
    b.rst('server', { seq: 0, ack: 1 }); // 2
    const c = one(b);
    expect(c.initialStates).toEqual({ client: 'CLOSED', server: 'CLOSED' });
    expect(changes(c)).toEqual(['1 client CLOSED→SYN-SENT', '2 client SYN-SENT→CLOSED']);
    expect(c.finalStates).toEqual({ client: 'CLOSED', server: 'CLOSED' });
    expect(c.segments.map((s) => s.flags)).toEqual([['SYN'], ['ACK', 'RST']]);
  });

  it('simultaneous open (§3.5 Figure 8): both send SYN, both go SYN-RECEIVED', () => {
    const b = new SegmentBuilder();
    b.syn(); // 1
    b.seg('server', { flags: ['SYN'], seq: 0 }); // 2: crossed the client's SYN
    b.seg('server', { flags: ['SYN', 'ACK'], seq: 0, ack: 1 }); // 3
    b.seg('client', { flags: ['SYN', 'ACK'], seq: 0, ack: 1 }); // 4
    const c = one(b);
    expect(c.initialStates).toEqual({ client: 'CLOSED', server: 'CLOSED' });
    expect(changes(c)).toEqual([
      '1 client CLOSED→SYN-SENT',
      '2 server CLOSED→SYN-SENT',
      '2 server SYN-SENT→SYN-RECEIVED',
      '2 client SYN-SENT→SYN-RECEIVED',
      '3 client SYN-RECEIVED→ESTABLISHED',
      '4 server SYN-RECEIVED→ESTABLISHED',
    ]);
    expect(c.client.port).toBe(40000);
  });

  it('simultaneous close (§3.6 Figure 13): the FINs cross, both go CLOSING then TIME-WAIT', () => {
    const b = new SegmentBuilder();
    b.handshake();
    b.fin('client'); // 4
    b.fin('server', { ack: 1 }); // 5: sent before the client's FIN arrived
    b.ack('client'); // 6: acks the server's FIN
    b.ack('server'); // 7: acks the client's FIN
    const c = one(b);
    expect(changes(c).slice(4)).toEqual([
      '4 client ESTABLISHED→FIN-WAIT-1',
      '5 server ESTABLISHED→FIN-WAIT-1',
      '5 server FIN-WAIT-1→CLOSING',
      '5 client FIN-WAIT-1→CLOSING',
      '6 server CLOSING→TIME-WAIT',
      '7 client CLOSING→TIME-WAIT',
    ]);
    expect(c.finalStates).toEqual({ client: 'TIME-WAIT', server: 'TIME-WAIT' });
  });

  it('mid-connection: both start ESTABLISHED; the passive close still shows', () => {
    const b = new SegmentBuilder();
    b.data('server', 100, { seq: 1, ack: 1 }); // the server is the first sender: "client"
    b.fin('client', { seq: 1, ack: 101 });
    b.fin('server');
    b.ack('client');
    const c = one(b);
    expect(c.midConnection).toBe(true);
    expect(c.initialStates).toEqual({ client: 'ESTABLISHED', server: 'ESTABLISHED' });
    expect(c.client.port).toBe(80);
    expect(changes(c)).toEqual([
      '2 server ESTABLISHED→FIN-WAIT-1',
      '2 client ESTABLISHED→CLOSE-WAIT',
      '3 client CLOSE-WAIT→LAST-ACK',
      '3 server FIN-WAIT-1→FIN-WAIT-2',
      '3 server FIN-WAIT-2→TIME-WAIT',
      '4 client LAST-ACK→CLOSED',
    ]);
  });

  it('a RST closes both ends', () => {
    const b = new SegmentBuilder();
    b.handshake();
    b.data('client', 10);
    b.rst('server'); // 5
    const c = one(b);
    expect(changes(c).slice(4)).toEqual([
      '5 server ESTABLISHED→CLOSED',
      '5 client ESTABLISHED→CLOSED',
    ]);
  });

  it('a missed SYN: the SYN,ACK starts the client in SYN-SENT and the server in SYN-RECEIVED', () => {
    const b = new SegmentBuilder();
    b.synAck();
    b.ack('client');
    const c = one(b);
    expect(c.initialStates).toEqual({ client: 'SYN-SENT', server: 'SYN-RECEIVED' });
    expect(changes(c)).toEqual([
      '1 client SYN-SENT→ESTABLISHED',
      '2 server SYN-RECEIVED→ESTABLISHED',
    ]);
  });
});
