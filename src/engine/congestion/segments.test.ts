// The "segments" model: a per-ACK TCP sender through the engine, a drop-tail bottleneck, placed
// losses, rwnd, and CUBIC per ACK (RFC 9438).
import { describe, expect, it } from 'vitest';
import {
  congestionScenarioSchema,
  type CongestionScenarioInput,
} from '../../scenarios/congestionSchema';
import type { EventOf } from '../trace';
import { segmentsGeometry, simulateSegments } from './segments';
import { simulateCongestion } from './simulate';
import type { CwndSample } from './trace';

const sc = (input: Omit<CongestionScenarioInput, 'kind'>) =>
  congestionScenarioSchema.parse({ kind: 'congestion', model: 'segments', ...input });
const SAWTOOTH = {
  algorithm: 'reno',
  rounds: 80,
  rttMs: 100,
  bandwidthBps: 1_000_000,
  queuePackets: 8,
  initialCwnd: 1,
  initialSsthresh: 8,
} as const;

type Sent = EventOf<'segment.sent'>;
const dataSent = (events: readonly { kind: string }[]): Sent[] =>
  (events as Sent[]).filter(
    (e) => e.kind === 'segment.sent' && e.segment.from === 'client' && e.segment.len > 0,
  );
const causes = (samples: readonly CwndSample[], cause: CwndSample['cause']) =>
  samples.filter((s) => s.cause === cause);

describe('segments model', () => {
  it('rounds start when the first data segment leaves (t0), with and without a bottleneck', () => {
    for (const over of [{}, { bandwidthBps: 2_000_000, queuePackets: 4 }]) {
      const s = sc({ rounds: 3, ...over });
      const tr = simulateSegments(s);
      expect(dataSent(tr.events)[0]!.t).toBeCloseTo(segmentsGeometry(s).t0, 9);
      expect(tr.t0).toBe(segmentsGeometry(s).t0);
    }
    expect(segmentsGeometry(sc({ rounds: 1, bandwidthBps: 1_000_000 })).t0).toBeCloseTo(100.64, 9);
  });

  it('a drop-tail bottleneck makes losses emerge and Reno draws its saw-tooth', () => {
    const tr = simulateSegments(sc(SAWTOOTH));
    const { stats, samples } = tr.summary;
    expect(stats.queueDrops).toBeGreaterThan(0);
    expect(stats.scriptedDrops).toBe(0);
    // BDP = 1 Mbit/s · 100 ms / (1500 B · 8) ≈ 8.3 packets, + 8 queued: the pipe overflows near 16.
    const triples = causes(samples, 'tripleDupAck');
    expect(triples.length).toBeGreaterThanOrEqual(4);
    const peaks = triples.map((t) => samples[samples.indexOf(t) - 1]!.cwnd);
    for (const p of peaks) expect(p).toBeGreaterThan(15);
    for (const p of peaks) expect(p).toBeLessThan(21);
    // Each fast retransmit halves: ssthresh = FlightSize / 2 ≈ peak / 2, cwnd = ssthresh + 3.
    for (const t of triples) {
      expect(t.ssthresh).toBeGreaterThan(7);
      expect(t.ssthresh).toBeLessThan(10.5);
      expect(t.cwnd).toBeCloseTo(t.ssthresh + 3, 3);
      expect(t.phase).toBe('fastRecovery');
    }
    // Between the losses cwnd climbs by about one segment per round (congestion avoidance).
    const rows = tr.summary.rounds;
    const ca = rows.filter(
      (r, i) =>
        r.phase === 'congestionAvoidance' &&
        rows[i + 1]?.phase === 'congestionAvoidance' &&
        rows[i + 1]!.drops === 0 &&
        r.drops === 0,
    );
    expect(ca.length).toBeGreaterThan(20);
    for (const r of ca) {
      const next = rows[r.round]!;
      expect(next.cwnd - r.cwnd).toBeGreaterThan(0.3);
      expect(next.cwnd - r.cwnd).toBeLessThan(1.5);
    }
  });

  it('a placed "tripleDupAck" loss drops one new data segment and is repaired by fast retransmit', () => {
    const tr = simulateSegments(
      sc({ rounds: 12, initialSsthresh: 16, losses: [{ round: 8, type: 'tripleDupAck' }] }),
    );
    const start = tr.t0 + 7 * 100;
    const dropped = dataSent(tr.events).filter((e) => e.drop);
    expect(dropped).toHaveLength(1);
    expect(dropped[0]!.t).toBeGreaterThanOrEqual(start);
    expect(dropped[0]!.t).toBeLessThan(start + 100);
    expect(dropped[0]!.segment.retransmission).toBe(false);
    expect(dataSent(tr.events).find((e) => !e.segment.retransmission && e.t >= start)).toBe(
      dropped[0],
    );
    expect(tr.summary.stats).toMatchObject({ fastRetransmits: 1, timeouts: 0, scriptedDrops: 1 });
    expect(tr.summary.rounds[7]!.drops).toBe(1);
  });

  it('a placed "timeout" loss is an outage that only the retransmission timer reveals', () => {
    const tr = simulateSegments(
      sc({ rounds: 30, initialSsthresh: 16, losses: [{ round: 8, type: 'timeout' }] }),
    );
    const { samples, stats } = tr.summary;
    expect(causes(samples, 'tripleDupAck')).toHaveLength(0);
    const to = causes(samples, 'timeout');
    expect(to).toHaveLength(1);
    expect(to[0]).toMatchObject({ cwnd: 1, phase: 'slowStart' });
    // Nothing gets through from the start of round 8 until the timer fires.
    const start = tr.t0 + 7 * 100;
    const inOutage = dataSent(tr.events).filter((e) => e.t >= start && e.t < to[0]!.t);
    expect(inOutage.length).toBeGreaterThan(0);
    expect(inOutage.every((e) => e.drop)).toBe(true);
    expect(stats.scriptedDrops).toBe(inOutage.length);
    // The RTO is at least 1 s (RFC 6298 (2.4)): the sender sits idle for ten rounds.
    expect(to[0]!.t - start).toBeGreaterThanOrEqual(1000);
  });

  it('one lost segment in a tiny window cannot raise three duplicate ACKs: a timeout follows', () => {
    const tr = simulateSegments(sc({ rounds: 20, losses: [{ round: 2, type: 'tripleDupAck' }] }));
    expect(causes(tr.summary.samples, 'tripleDupAck')).toHaveLength(0);
    expect(tr.summary.stats.timeouts).toBe(1);
  });

  it('rwnd caps the window: the advertised window is min(rwnd·MSS, 65,535) bytes', () => {
    const tr = simulateSegments(sc({ rounds: 12, initialSsthresh: 64, rwnd: 10 }));
    expect(tr.rwnd).toBe(10);
    expect(tr.rwndBytes).toBe(14_600);
    for (const r of tr.summary.rounds)
      if (r.firstSegment !== null)
        expect(r.lastSegment! - r.firstSegment + 1).toBeLessThanOrEqual(10);
    expect(tr.summary.rounds.at(-1)!.cwnd).toBeGreaterThan(10); // cwnd keeps growing, unused
    const wide = simulateSegments(sc({ rounds: 2, rwnd: 1000 }));
    expect(wide.rwndBytes).toBe(65_535);
    expect(wide.rwnd).toBeCloseTo(44.887, 3);
  });

  it('numbers new data segments from 1 across rounds, with no gap and no overlap', () => {
    const rows = simulateSegments(sc({ rounds: 10, initialSsthresh: 64 })).summary.rounds;
    let next = 1;
    for (const r of rows) {
      if (r.firstSegment === null) continue;
      expect(r.firstSegment).toBe(next);
      next = r.lastSegment! + 1;
    }
    expect(rows.map((r) => r.lastSegment! - r.firstSegment! + 1).slice(0, 5)).toEqual([
      1, 2, 4, 8, 16,
    ]);
  });

  it('CUBIC per ACK: β = 0.7 on loss, then the window returns to W_max at t = K', () => {
    const tr = simulateSegments(
      sc({
        algorithm: 'cubic',
        rounds: 40,
        // A long RTT keeps the Reno-friendly estimate W_est (α ≈ 0.53 per RTT) below the cubic
        // curve, so the window follows W_cubic(t) (RFC 9438 §4.2) around K.
        rttMs: 400,
        mss: 500,
        initialSsthresh: 40,
        losses: [{ round: 14, type: 'tripleDupAck' }],
      }),
    );
    const { samples } = tr.summary;
    const [loss] = causes(samples, 'tripleDupAck');
    const before = samples[samples.indexOf(loss!) - 1]!;
    expect(loss!.wMax).toBeCloseTo(before.cwnd, 2);
    expect(loss!.ssthresh).toBeCloseTo(Math.floor(before.cwnd * 500 * 0.7) / 500, 2);
    const exit = causes(samples, 'fullAck')[0]!;
    const epoch = samples[samples.indexOf(exit) + 1]!; // first ACK in congestion avoidance
    const k = Math.cbrt((loss!.wMax! - exit.cwnd) / 0.4);
    const at = (t: number) => samples.filter((s) => s.t <= t).at(-1)!;
    expect(at(epoch.t + k * 1000).cwnd).toBeGreaterThan(loss!.wMax! - 1.5);
    expect(at(epoch.t + k * 1000).cwnd).toBeLessThan(loss!.wMax! + 1.5);
    // Concave before K (fast, then slowing), convex after (slow, then faster).
    const g = (a: number, b: number) => at(epoch.t + b * 1000).cwnd - at(epoch.t + a * 1000).cwnd;
    expect(g(0, k / 3)).toBeGreaterThan(g(k / 3, (2 * k) / 3));
    expect(g(k + 1, k + 2)).toBeGreaterThan(g(k, k + 1));
  });

  it('compares algorithms on the same placed losses, and is deterministic', () => {
    const s = sc({ ...SAWTOOTH, rounds: 40, compare: ['tahoe', 'newreno', 'cubic'] });
    const a = simulateCongestion(s);
    expect(a.model).toBe('segments');
    if (a.model !== 'segments') return;
    expect(a.compare.map((c) => c.algorithm)).toEqual(['tahoe', 'newreno', 'cubic']);
    for (const c of a.compare) expect(c.rounds).toHaveLength(40);
    // Tahoe never enters fast recovery; Reno does.
    expect(a.compare[0]!.samples.some((x) => x.phase === 'fastRecovery')).toBe(false);
    expect(a.summary.samples.some((x) => x.phase === 'fastRecovery')).toBe(true);
    expect(JSON.stringify(simulateCongestion(s))).toBe(JSON.stringify(a));
  });

  it('built-ins: the numbers their explanations quote', async () => {
    const { getCongestionBuiltin } = await import('../../scenarios/congestionBuiltins');
    const run = (id: string) => simulateSegments(getCongestionBuiltin(id)!.scenario);
    // "past about 16 segments … ssthresh halves to about 8.5 … every 17 rounds or so"
    const saw = run('cc-bottleneck-sawtooth');
    const triples = causes(saw.summary.samples, 'tripleDupAck');
    expect(triples.length).toBe(4);
    expect(saw.summary.stats).toMatchObject({ timeouts: 0, scriptedDrops: 0 });
    for (const t of triples) expect(t.ssthresh).toBe(8.5);
    const at = triples.map((t) => (t.t - saw.t0) / 100);
    for (let i = 1; i < at.length; i++) expect(at[i]! - at[i - 1]!).toBeCloseTo(17.4, 0);
    // "Reno … finds the next hole only by a timeout; NewReno … stays in fast recovery"
    const many = run('cc-newreno-multiple-losses');
    expect(many.summary.stats.timeouts).toBe(0);
    expect(causes(many.summary.samples, 'partialAck').length).toBeGreaterThan(3);
    expect(many.compare[0]!.algorithm).toBe('reno');
    expect(many.compare[0]!.stats.timeouts).toBe(1);
    expect(many.summary.stats.deliveredBytes).toBeGreaterThan(
      many.compare[0]!.stats.deliveredBytes,
    );
  });
});
