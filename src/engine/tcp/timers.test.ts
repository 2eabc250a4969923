// Timers on the virtual clock: RFC 6298 RTO and backoff, retry limits, TIME-WAIT of 2·MSL.
import { describe, expect, it } from 'vitest';
import { getBuiltin } from '../../scenarios';
import { parseScenario, type TcpScenarioInput } from '../../scenarios/schema';
import { simulateTcp } from './simulate';
import type { TcpTrace } from '../trace';

function run(input: TcpScenarioInput): TcpTrace {
  const p = parseScenario(input);
  if (!p.ok) throw new Error(p.errors.join('\n'));
  return simulateTcp(p.value);
}
const sentTimes = (tr: TcpTrace, from: string, flags: string) =>
  tr.summary.segments.filter((s) => s.from === from && s.flags.join(',') === flags).map((s) => s.t);

describe('retransmission timer (RFC 6298)', () => {
  it('doubles the RTO from 1 s on each SYN retry and gives up after synRetries', () => {
    const tr = simulateTcp(getBuiltin('syn-retries-exhausted')!.scenario);
    // 1, 2, 4, 8, 16, 32 s between SYNs: 6 retries after the first SYN.
    expect(sentTimes(tr, 'client', 'SYN')).toEqual([0, 1000, 3000, 7000, 15000, 31000, 63000]);
    // The 7th expiry comes 60 s later (64 s capped by rtoMaxMs) and ends the attempt.
    const ended = tr.events.find((e) => e.kind === 'connection.ended');
    expect(ended).toMatchObject({ t: 123000, endpoint: 'client', outcome: 'failed', retries: 6 });
    expect(tr.summary.finalStates.client).toBe('CLOSED');
    expect(tr.truncated).toBe(false);
  });

  it('honours synRetries and rtoMaxMs from the scenario', () => {
    const tr = run({
      kind: 'tcp',
      synRetries: 2,
      rtoInitialMs: 500,
      rtoMinMs: 200,
      rtoMaxMs: 800,
      client: { isn: 0, open: { at: 0 } },
      server: { isn: 0, listen: true },
      faults: [1, 2, 3].map((occurrence) => ({
        drop: { from: 'client' as const, flags: ['SYN' as const], occurrence },
      })),
    });
    expect(sentTimes(tr, 'client', 'SYN')).toEqual([0, 500, 1300]);
    expect(tr.events.find((e) => e.kind === 'connection.ended')).toMatchObject({
      t: 2100,
      outcome: 'failed',
    });
  });

  it('derives the RTO from RTT samples, clamped to rtoMinMs', () => {
    const tr = run({
      kind: 'tcp',
      rttMs: 80,
      rtoMinMs: 100,
      client: { isn: 0, open: { at: 0 }, send: [{ at: 200, bytes: 100 }] },
      server: { isn: 0, listen: true },
    });
    const samples = tr.events.filter((e) => e.kind === 'rtt.sample' && e.endpoint === 'client');
    // First sample R = 80: SRTT = 80, RTTVAR = 40, RTO = 80 + 4·40 = 240 ms.
    expect(samples[0]).toMatchObject({
      endpoint: 'client',
      sampleMs: 80,
      srttMs: 80,
      rttvarMs: 40,
      rtoMs: 240,
    });
    // Second: RTTVAR = 3/4·40 + 1/4·0 = 30, SRTT = 80, RTO = 200.
    expect(samples[1]).toMatchObject({
      endpoint: 'client',
      sampleMs: 80,
      srttMs: 80,
      rttvarMs: 30,
      rtoMs: 200,
    });
  });

  it('retransmits lost data after the RTO and keeps the byte stream intact', () => {
    const tr = run({
      kind: 'tcp',
      client: { isn: 0, open: { at: 0 }, send: [{ at: 200, bytes: 3000 }], close: { at: 5000 } },
      server: { isn: 0, listen: true, close: { at: 5100 } },
      faults: [{ dropIndex: { index: 5 } }],
    });
    const data = tr.summary.segments.filter((s) => s.from === 'client' && s.len > 0);
    expect(data.map((s) => `${s.t} ${s.seq} ${s.len}${s.dropped ? ' LOST' : ''}`)).toEqual([
      '200 1 1460',
      '200 1461 1460 LOST',
      '200 2921 80',
      // RTO (1 s: the 100 ms sample is clamped to rtoMinMs) restarts when the ACK of new data
      // arrives at 300 (RFC 6298 §5.3), so it expires at 1300.
      '1300 1461 1460',
    ]);
    // The receiver holds 80 bytes out of order and acknowledges 1461 twice (duplicate ACK).
    const acks = tr.summary.segments
      .filter((s) => s.from === 'server' && s.flags.join(',') === 'ACK')
      .map((s) => s.ack);
    expect(acks.slice(0, 4)).toEqual([1461, 1461, 3001, 3002]);
    expect(tr.summary.bytesDelivered.server).toBe(3000);
  });
});

describe('TIME-WAIT', () => {
  it('lasts exactly 2·MSL', () => {
    const tr = run({ ...getBuiltin('normal')!.input, mslMs: 1234 });
    const tw = tr.summary.stateChanges.filter(
      (c) => c.endpoint === 'client' && (c.to === 'TIME-WAIT' || c.from === 'TIME-WAIT'),
    );
    expect(tw.map((c) => c.t)).toEqual([1250, 1250 + 2 * 1234]);
  });

  it('restarts when a retransmitted FIN arrives (lost last ACK)', () => {
    const tr = simulateTcp(getBuiltin('lost-last-ack')!.scenario);
    const set = tr.events.filter(
      (e) => e.kind === 'timer.set' && e.timer === 'timeWait' && e.endpoint === 'client',
    );
    expect(set.map((e) => e.t)).toEqual([1250, 2250]);
    const closed = tr.summary.stateChanges.find(
      (c) => c.endpoint === 'client' && c.from === 'TIME-WAIT',
    );
    expect(closed?.t).toBe(2250 + 60000);
  });
});

describe('out-of-order arrival', () => {
  it('queues a FIN that arrives before the data in front of it, and processes it with the gap', () => {
    const tr = run({
      kind: 'tcp',
      client: { isn: 0, open: { at: 0 }, send: [{ at: 200, bytes: 100 }], close: { at: 210 } },
      server: { isn: 0, listen: true, close: { at: 3000 } },
      faults: [{ dropIndex: { index: 4 } }],
    });
    const fromServer = tr.summary.segments
      .filter((s) => s.from === 'server')
      .map((s) => `${s.t} ${s.flags.join(',')} ack=${s.ack}`);
    // 260: duplicate ACK (FIN held back); 1250: the retransmitted data fills the gap and the
    // held FIN is taken at once, so one ACK covers data and FIN (ack = 1 + 100 + 1).
    expect(fromServer).toEqual([
      '50 ACK,SYN ack=1',
      '260 ACK ack=1',
      '1250 ACK ack=102',
      '3000 ACK,FIN ack=102',
    ]);
    const closeWait = tr.summary.stateChanges.find((c) => c.to === 'CLOSE-WAIT');
    expect(closeWait).toMatchObject({ t: 1250, endpoint: 'server' });
    // The client never had to retransmit its FIN.
    expect(
      tr.summary.segments.filter((s) => s.from === 'client' && s.flags.includes('FIN')),
    ).toHaveLength(1);
  });
});

describe('challenge ACK (RFC 5961)', () => {
  it('answers an in-window RST that is not exactly at RCV.NXT with a challenge ACK', () => {
    const tr = run({
      kind: 'tcp',
      client: { isn: 0, open: { at: 0 } },
      server: { isn: 1000, listen: true },
      // A forged RST 10 bytes into the client's window: must not reset the connection.
      inject: [{ at: 300, from: 'server', flags: ['RST'], seq: 1011 }],
    });
    const challenge = tr.events.find(
      (e) => e.kind === 'segment.sent' && e.segment.reason === 'challengeAck',
    );
    expect(challenge).toMatchObject({
      t: 350,
      segment: { from: 'client', flags: ['ACK'], seq: 1, ack: 1001 },
    });
    expect(tr.summary.finalStates.client).toBe('ESTABLISHED');
  });
});
