// Opt-in congestion control (RFC 5681 Tahoe/Reno, RFC 6582 NewReno) and the drop-tail bottleneck.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bulkScenario } from '../../../bench/scenarios';
import { parseScenario, type TcpScenarioInput, type TcpScenario } from '../../scenarios/schema';
import type { EventOf, TcpTrace } from '../trace';
import { simulateTcp } from './simulate';

const MSS = 960; // 1000 bytes on the wire with headers: 1 ms each at 8 Mbit/s

function scenario(over: Partial<TcpScenarioInput>, segments = 40): TcpScenario {
  const input: TcpScenarioInput = {
    kind: 'tcp',
    rttMs: 100,
    mss: MSS,
    bandwidthBps: 8_000_000,
    client: { open: { at: 0 }, send: [{ at: 0, bytes: segments * MSS }], close: { at: 200 } },
    server: { listen: true, close: { at: 60_000 } },
    congestion: { algorithm: 'reno', initialCwnd: 10 },
    ...over,
  };
  const r = parseScenario(input);
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.value;
}

const cc = (tr: TcpTrace): EventOf<'cc.changed'>[] =>
  tr.events.filter((e): e is EventOf<'cc.changed'> => e.kind === 'cc.changed');
const sent = (tr: TcpTrace): EventOf<'segment.sent'>[] =>
  tr.events.filter((e): e is EventOf<'segment.sent'> => e.kind === 'segment.sent');
const rtoFired = (tr: TcpTrace): number =>
  tr.events.filter((e) => e.kind === 'timer.fired' && e.timer === 'rto').length;
const dataSeqOf = (tr: TcpTrace, n: number): number =>
  sent(tr).filter((e) => e.segment.from === 'client' && e.segment.len > 0)[n - 1]!.segment.seq;

function completed(tr: TcpTrace, sc: TcpScenario): void {
  expect(tr.truncated).toBe(false);
  expect(tr.summary.bytesDelivered.server).toBe(sc.client.send[0]!.bytes);
  expect(tr.summary.outcomes).toEqual({ client: 'closed', server: 'closed' });
}

// Segment indices: seg-1 SYN, seg-2 SYN,ACK, seg-3… the client's first data segments.
const DATA3 = 5;
const DATA6 = 8;

describe('congestion control (opt-in)', () => {
  it('fast retransmit happens on the third duplicate ACK, not the second', () => {
    const sc = scenario({ faults: [{ dropIndex: { index: DATA3 } }] });
    const tr = simulateTcp(sc);
    completed(tr, sc);
    const lostSeq = dataSeqOf(tr, 3);
    const byId = new Map(sent(tr).map((e) => [e.segment.id, e.segment]));
    // Arrivals at the client of server ACKs for exactly the lost segment's seq: 1 new + dups.
    const acks = tr.events.filter(
      (e): e is EventOf<'segment.arrived'> =>
        e.kind === 'segment.arrived' &&
        e.endpoint === 'client' &&
        byId.get(e.segId)!.ack === lostSeq &&
        byId.get(e.segId)!.len === 0,
    );
    expect(acks.length).toBeGreaterThanOrEqual(4);
    const retx = sent(tr).filter((e) => e.segment.retransmission && e.segment.from === 'client');
    expect(retx[0]!.segment.seq).toBe(lostSeq);
    expect(retx[0]!.t).toBe(acks[3]!.t); // the third duplicate ACK (fourth ACK of that number)
    expect(retx[0]!.step).toBe(acks[3]!.step);
    expect(acks[2]!.t).toBeLessThan(acks[3]!.t); // the second duplicate came earlier, alone
    expect(retx.some((e) => e.step === acks[2]!.step)).toBe(false);
    const triple = cc(tr).filter((e) => e.cause === 'tripleDupAck');
    expect(triple.map((e) => e.t)).toEqual([acks[3]!.t]);
    expect(rtoFired(tr)).toBe(0);
  });

  it('Reno enters fast recovery with ssthresh + 3·MSS; Tahoe restarts at 1 MSS in slow start', () => {
    const faults = [{ dropIndex: { index: DATA3 } }];
    const reno = simulateTcp(scenario({ faults }));
    const tahoe = simulateTcp(
      scenario({ faults, congestion: { algorithm: 'tahoe', initialCwnd: 10 } }),
    );
    const r = cc(reno).find((e) => e.cause === 'tripleDupAck')!;
    const t = cc(tahoe).find((e) => e.cause === 'tripleDupAck')!;
    expect(r.phase).toBe('fastRecovery');
    expect(r.cwndBytes).toBe(r.ssthreshBytes + 3 * MSS);
    expect(r.ssthreshBytes).toBeGreaterThanOrEqual(2 * MSS);
    expect(t.phase).toBe('slowStart');
    expect(t.cwndBytes).toBe(MSS);
    expect(t.ssthreshBytes).toBe(r.ssthreshBytes);
    // Reno leaves recovery on the next new ACK with cwnd = ssthresh, in congestion avoidance.
    const exit = cc(reno).find((e) => e.t > r.t && e.phase !== 'fastRecovery')!;
    expect(exit.phase).toBe('congestionAvoidance');
    expect(exit.cwndBytes).toBe(r.ssthreshBytes);
  });

  it('NewReno stays in recovery across a partial ACK and repairs a second loss without an RTO; Reno needs more', () => {
    const faults = [{ dropIndex: { index: DATA3 } }, { dropIndex: { index: DATA6 } }];
    const scN = scenario({ faults, congestion: { algorithm: 'newreno', initialCwnd: 10 } });
    const newreno = simulateTcp(scN);
    const scR = scenario({ faults });
    const reno = simulateTcp(scR);
    completed(newreno, scN);
    completed(reno, scR);
    const second = dataSeqOf(newreno, 6);
    const partial = cc(newreno).filter((e) => e.cause === 'partialAck');
    expect(partial.length).toBe(1);
    expect(partial[0]!.phase).toBe('fastRecovery');
    const retx2 = sent(newreno).find((e) => e.segment.retransmission && e.segment.seq === second)!;
    expect(retx2.step).toBe(partial[0]!.step);
    expect(cc(newreno).filter((e) => e.cause === 'tripleDupAck').length).toBe(1);
    expect(cc(newreno).filter((e) => e.cause === 'fullAck').length).toBe(1);
    expect(rtoFired(newreno)).toBe(0);
    // Reno leaves recovery on the partial ACK: the second hole costs another fast retransmit
    // (a second halving) or an RTO.
    const renoRepairs = cc(reno).filter((e) => e.cause === 'tripleDupAck').length + rtoFired(reno);
    expect(renoRepairs).toBeGreaterThanOrEqual(2);
    expect(cc(reno).some((e) => e.cause === 'partialAck')).toBe(false);
    const doneAt = (tr: TcpTrace): number =>
      tr.events.find((e) => e.kind === 'data.delivered' && e.total === scN.client.send[0]!.bytes)!
        .t;
    expect(doneAt(newreno)).toBeLessThan(doneAt(reno));
  });

  it('an RTO sets cwnd to 1 MSS, halves ssthresh and goes back to slow start', () => {
    // Four segments, the last one lost: no duplicate ACKs can follow, only the timer repairs it.
    const sc = scenario({ faults: [{ dropIndex: { index: 6 } }] }, 4);
    const tr = simulateTcp(sc);
    completed(tr, sc);
    const timeouts = cc(tr).filter((e) => e.cause === 'timeout');
    expect(timeouts.length).toBe(1);
    expect(timeouts[0]!.cwndBytes).toBe(MSS);
    expect(timeouts[0]!.phase).toBe('slowStart');
    expect(timeouts[0]!.ssthreshBytes).toBe(2 * MSS); // max(FlightSize/2, 2·MSS), FlightSize = 1 MSS
    expect(rtoFired(tr)).toBe(1);
  });

  it('a drop-tail bottleneck makes its own losses and the Reno saw-tooth', () => {
    const sc = scenario(
      {
        bandwidthBps: 1_000_000,
        queuePackets: 10,
        congestion: { algorithm: 'reno', initialCwnd: 2 },
        server: { listen: true, close: { at: 300_000 } },
      },
      1500,
    );
    const tr = simulateTcp(sc);
    completed(tr, sc);
    expect(tr.events.some((e) => e.kind === 'segment.lost' && e.reason === 'queue')).toBe(true);
    const client = cc(tr).filter((e) => e.endpoint === 'client');
    const halvings = client.filter((e) => e.cause === 'tripleDupAck');
    expect(halvings.length).toBeGreaterThanOrEqual(3);
    // Between consecutive halvings cwnd climbs again above where recovery left it.
    for (let i = 1; i < halvings.length; i++) {
      const between = client.filter((e) => e.t > halvings[i - 1]!.t && e.t < halvings[i]!.t);
      const exit = between.find((e) => e.phase === 'congestionAvoidance')!;
      expect(Math.max(...between.map((e) => e.cwndBytes))).toBeGreaterThan(exit.cwndBytes);
    }
  });

  it('queue drops need a full queue; queuePackets without bandwidthBps is rejected', () => {
    const r = parseScenario({
      kind: 'tcp',
      queuePackets: 5,
      client: { open: { at: 0 } },
      server: { listen: true },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join()).toMatch(/queuePackets.*bandwidthBps/);
    const bad = parseScenario({
      kind: 'tcp',
      client: { open: { at: 0 } },
      server: { listen: true },
      congestion: { algorithm: 'bbr' },
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.join()).toMatch(/congestion\.algorithm: must be/);
  });

  it('is deterministic: the same scenario gives byte-identical JSON', () => {
    const sc = scenario(
      {
        bandwidthBps: 1_000_000,
        queuePackets: 8,
        faults: [{ randomLoss: { rate: 0.02 } }],
        congestion: { algorithm: 'newreno', initialCwnd: 4 },
        server: { listen: true, close: { at: 300_000 } },
      },
      300,
    );
    expect(JSON.stringify(simulateTcp(sc))).toBe(JSON.stringify(simulateTcp(sc)));
  });

  it('without `congestion` the sender emits no cc.changed and ignores cwnd', () => {
    const sc = scenario({ congestion: undefined, faults: [{ dropIndex: { index: DATA3 } }] });
    const tr = simulateTcp(sc);
    completed(tr, sc);
    expect(cc(tr)).toEqual([]);
    // Window-limited only: all 40 segments (< 65,535 bytes) go out at once after the handshake.
    const first = sent(tr).filter((e) => e.segment.from === 'client' && e.segment.len > 0);
    expect(first.filter((e) => e.t === first[0]!.t).length).toBe(40);
  });

  it('without `congestion` a lossy 10,000-segment bulk trace is byte-for-byte what it was before', () => {
    const r = parseScenario(bulkScenario(10_000, { lossRate: 0.01 }));
    if (!r.ok) throw new Error(r.errors.join('; '));
    const tr = simulateTcp(r.value);
    const hash = createHash('sha256');
    for (const e of tr.events) hash.update(JSON.stringify(e));
    hash.update(JSON.stringify(tr.summary));
    // Captured from the engine before congestion control existed (same events, same summary).
    expect(`${hash.digest('hex').slice(0, 16)} ${tr.events.length}`).toBe('3a1766cbb30b0394 57170');
  });

  it('delivers every byte and closes cleanly under random loss (go-back-N keeps the FIN right)', () => {
    for (const algorithm of ['tahoe', 'reno', 'newreno'] as const) {
      for (let seed = 1; seed <= 12; seed++) {
        const sc = scenario(
          {
            seed,
            bandwidthBps: 2_000_000,
            queuePackets: 6,
            faults: [{ randomLoss: { rate: 0.05 } }],
            congestion: { algorithm, initialCwnd: 3 },
            // Close late enough that a lost SYN cannot make CLOSE arrive in SYN-SENT.
            client: { open: { at: 0 }, send: [{ at: 0, bytes: 200 * MSS }], close: { at: 20_000 } },
            server: { listen: true, close: { at: 600_000 } },
          },
          200,
        );
        const tr = simulateTcp(sc);
        expect(tr.truncated, `${algorithm} seed ${seed}`).toBe(false);
        expect(tr.summary.bytesDelivered.server, `${algorithm} seed ${seed}`).toBe(200 * MSS);
        expect(tr.summary.outcomes.client, `${algorithm} seed ${seed}`).toBe('closed');
      }
    }
  });
});
