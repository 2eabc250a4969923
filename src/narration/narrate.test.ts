// Narration of a small hand-built handshake + data trace: concrete sentences in both languages.
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../i18n/i18n';
import { narrate } from './narrate';
import { arrived, makeTrace, seg, sent } from './testTrace';

const syn = seg(1, 'client', ['SYN'], 1000, 0, 0, 'syn');
const synAck = seg(2, 'server', ['ACK', 'SYN'], 5000, 1001, 0, 'synAck');
const ack3 = seg(3, 'client', ['ACK'], 1001, 5001, 0, 'ack');
const data = seg(4, 'client', ['ACK', 'PSH'], 1001, 5001, 100, 'data');
const dataAck = seg(5, 'server', ['ACK'], 5001, 1101, 0, 'ack');

const handshake = makeTrace([
  { kind: 'app', step: 1, t: 0, endpoint: 'server', action: 'listen' },
  {
    kind: 'state.changed',
    step: 1,
    t: 0,
    endpoint: 'server',
    from: 'CLOSED',
    to: 'LISTEN',
    cause: 'app.listen',
  },
  {
    kind: 'state.changed',
    step: 2,
    t: 0,
    endpoint: 'client',
    from: 'CLOSED',
    to: 'SYN-SENT',
    cause: 'app.open',
  },
  sent(2, 0, syn),
  {
    kind: 'timer.set',
    step: 2,
    t: 0,
    endpoint: 'client',
    timer: 'rto',
    expiresAt: 1000,
    durationMs: 1000,
    retries: 0,
  },
  arrived(3, 50, syn),
  {
    kind: 'state.changed',
    step: 3,
    t: 50,
    endpoint: 'server',
    from: 'LISTEN',
    to: 'SYN-RECEIVED',
    cause: 'segment.received',
  },
  sent(3, 50, synAck),
  arrived(4, 100, synAck),
  {
    kind: 'state.changed',
    step: 4,
    t: 100,
    endpoint: 'client',
    from: 'SYN-SENT',
    to: 'ESTABLISHED',
    cause: 'segment.received',
  },
  sent(4, 100, ack3),
  { kind: 'app', step: 5, t: 100, endpoint: 'client', action: 'send', bytes: 100 },
  sent(5, 100, data),
  arrived(6, 150, data),
  { kind: 'data.delivered', step: 6, t: 150, endpoint: 'server', bytes: 100, total: 100 },
  sent(6, 150, dataAck),
]);

const en = translatorFor('en');
const zh = translatorFor('zh-CN');

describe('narrate: handshake and data', () => {
  it('introduces the set-up at step 0', () => {
    expect(narrate(handshake, 0, en)).toEqual([
      'The server is listening for connections (LISTEN).',
      'The client will open a connection at t = 0 ms.',
      'Press Play or Step forward to watch the segments go.',
    ]);
  });

  it('explains the SYN and its ISN with relative numbers', () => {
    expect(narrate(handshake, 2, en)).toEqual([
      'The client enters SYN-SENT: it has sent its SYN and waits for the answer.',
      'The client sends SYN with seq=0: it picks its initial sequence number (ISN) and asks to open a connection.',
      'The client starts its retransmission timer, RTO = 1 s: if no ACK comes back in time, it sends again.',
    ]);
  });

  it('explains why the SYN, ACK acknowledges ISN+1', () => {
    expect(narrate(handshake, 3, en)).toContain(
      'The server answers SYN, ACK with seq=0, ack=1: it picks its own ISN, and since a SYN consumes one sequence number, the next byte it expects is ISN+1.',
    );
  });

  it('recognises the ACK that completes the handshake', () => {
    expect(narrate(handshake, 4, en)).toContain(
      'The client sends ACK with ack=1: it acknowledges the server’s SYN, which completes the three-way handshake.',
    );
  });

  it('derives the data ACK from the bytes that arrived', () => {
    expect(narrate(handshake, 6, en)).toEqual([
      'The server receives PSH, ACK (seq=1).',
      'The server’s TCP delivers 100 bytes, in order, to its application (100 bytes so far).',
      'The server sends ACK with ack=101 because 100 bytes starting at seq=1 arrived.',
      'This is the end of the run.',
    ]);
  });

  it('shows absolute numbers when asked', () => {
    expect(narrate(handshake, 5, en, { relative: false })).toContain(
      'The client sends 100 bytes of data with seq=1001: they are bytes 1001 to 1100 of its stream.',
    );
  });

  it('speaks natural Chinese with RFC names kept', () => {
    expect(narrate(handshake, 2, zh)[1]).toBe(
      '客户端发送 SYN，seq=0：它选定自己的初始序列号 (ISN)，请求建立连接。',
    );
    expect(narrate(handshake, 6, zh)[2]).toBe(
      '服务器发送 ACK，ack=101：因为从 seq=1 开始的 100 字节已经收到。',
    );
  });
});
