// Narration of a hand-built trace with loss, retransmission, refusal and timers: every event kind.
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../i18n/i18n';
import { narrate } from './narrate';
import { makeTrace, seg, sent } from './testTrace';

const en = translatorFor('en');
const zh = translatorFor('zh-CN');

const lostSyn = seg(11, 'client', ['SYN'], 1000, 0, 0, 'syn');
const reSyn = seg(12, 'client', ['SYN'], 1000, 0, 0, 'retransmit');
const rst = seg(13, 'server', ['ACK', 'RST'], 0, 1001, 0, 'rst');
const failures = makeTrace([
  {
    kind: 'segment.sent',
    step: 1,
    t: 0,
    segment: lostSyn,
    arriveAt: null,
    drop: { reason: 'fault', at: 0 },
  },
  {
    kind: 'timer.set',
    step: 1,
    t: 0,
    endpoint: 'client',
    timer: 'rto',
    expiresAt: 1000,
    durationMs: 1000,
    retries: 0,
  },
  { kind: 'segment.lost', step: 2, t: 0, segId: lostSyn.id, reason: 'fault' },
  { kind: 'timer.fired', step: 3, t: 1000, endpoint: 'client', timer: 'rto', retries: 0 },
  sent(3, 1000, reSyn),
  {
    kind: 'timer.set',
    step: 3,
    t: 1000,
    endpoint: 'client',
    timer: 'rto',
    expiresAt: 3000,
    durationMs: 2000,
    retries: 1,
  },
  {
    kind: 'segment.arrived',
    step: 4,
    t: 1050,
    segId: reSyn.id,
    endpoint: 'server',
    verdict: 'noListener',
  },
  sent(4, 1050, rst),
  {
    kind: 'segment.arrived',
    step: 5,
    t: 1100,
    segId: rst.id,
    endpoint: 'client',
    verdict: 'reset',
  },
  {
    kind: 'state.changed',
    step: 5,
    t: 1100,
    endpoint: 'client',
    from: 'SYN-SENT',
    to: 'CLOSED',
    cause: 'segment.received',
  },
  { kind: 'connection.ended', step: 5, t: 1100, endpoint: 'client', outcome: 'refused' },
  { kind: 'timer.cancelled', step: 6, t: 1100, endpoint: 'client', timer: 'rto' },
  {
    kind: 'rtt.sample',
    step: 6,
    t: 1100,
    endpoint: 'client',
    sampleMs: 100,
    srttMs: 100,
    rttvarMs: 50,
    rtoMs: 1000,
  },
  {
    kind: 'timer.set',
    step: 7,
    t: 1100,
    endpoint: 'client',
    timer: 'timeWait',
    expiresAt: 61100,
    durationMs: 60000,
  },
  { kind: 'timer.fired', step: 8, t: 61100, endpoint: 'client', timer: 'timeWait' },
  {
    kind: 'state.changed',
    step: 8,
    t: 61100,
    endpoint: 'client',
    from: 'TIME-WAIT',
    to: 'CLOSED',
    cause: 'timer.timeWait',
  },
  {
    kind: 'connection.ended',
    step: 9,
    t: 61100,
    endpoint: 'client',
    outcome: 'failed',
    retries: 6,
  },
  { kind: 'app', step: 9, t: 61100, endpoint: 'server', action: 'abort' },
]);

describe('narrate: loss, retransmission, refusal, timers', () => {
  it('counts the lost segments in the intro and narrates the loss', () => {
    expect(narrate(failures, 0, en)).toContain('In this run 1 segment(s) will be lost on the way.');
    expect(narrate(failures, 2, en)).toEqual([
      'The client’s SYN (seq=0) is lost on the way: the server never sees it.',
    ]);
  });

  it('narrates the timeout, the retransmission and the RTO doubling', () => {
    expect(narrate(failures, 3, en)).toEqual([
      'The client’s retransmission timer expires: no ACK arrived within the RTO.',
      'The client retransmits SYN with seq=0: it got no ACK before its retransmission timeout (RTO).',
      'The client doubles its RTO, 1 s → 2 s (exponential backoff, RFC 6298), and waits again.',
    ]);
  });

  it('explains a refused connection', () => {
    expect(narrate(failures, 4, en)).toEqual([
      'The server receives SYN, but no application listens on that port.',
      'The server answers with RST: no application listens on that port, so the connection is refused.',
    ]);
    expect(narrate(failures, 5, en)).toEqual([
      'The client receives RST and accepts it: the connection is torn down at once.',
      'The client moves from SYN-SENT to CLOSED: an RST ended the connection.',
      'The client’s application is told “connection refused”: its SYN was answered with RST.',
    ]);
  });

  it('explains TIME-WAIT and its 2·MSL', () => {
    expect(narrate(failures, 7, zh)).toEqual([
      '客户端在 TIME-WAIT 中等待 2·MSL = 60 秒：如果最后一个 ACK 丢了，服务器会重传 FIN，客户端还能再回一个 ACK；同时让旧连接的重复报文段在网络中消失，之后才能复用同一对端口。',
    ]);
    expect(narrate(failures, 8, en)[1]).toBe(
      'The client enters CLOSED: 2·MSL passed without a retransmitted FIN, so the connection is fully closed.',
    );
  });

  it('leaves no placeholder or raw key in any sentence of any step, in both languages', () => {
    for (let step = 0; step <= failures.steps; step++) {
      for (const t of [en, zh]) {
        const lines = narrate(failures, step, t);
        expect(lines.length).toBeGreaterThan(0);
        for (const line of lines) expect(line).not.toMatch(/\{\{|narr\.|undefined/);
      }
    }
  });

  it('reports the number of retries when the connection fails', () => {
    expect(narrate(failures, 9, en)).toEqual([
      'The client gives up after 6 retries: the connection failed (timed out).',
      'The server’s application aborts the connection: TCP sends RST and forgets it.',
      'This is the end of the run.',
    ]);
  });
});
