// Narration of the segments model: the set-up, why each window change happens, per algorithm.
import { describe, expect, it } from 'vitest';
import { simulateSegments } from '../engine/congestion/segments';
import type { CongestionSegmentsTrace } from '../engine/congestion/trace';
import { congestionScenarioSchema } from '../scenarios/congestionSchema';
import { getCongestionBuiltin } from '../scenarios/congestionBuiltins';
import { translatorFor } from '../i18n/i18n';
import { formatRate, narrateSegments, segmentsHeading } from './congestionSegments';

const en = translatorFor('en');
const zh = translatorFor('zh-CN');
const builtin = (id: string) => simulateSegments(getCongestionBuiltin(id)!.scenario);
const custom = (input: object) =>
  simulateSegments(
    congestionScenarioSchema.parse({ kind: 'congestion', model: 'segments', ...input }),
  );

/** The first step holding a client cc change with this cause. */
function stepOf(trace: CongestionSegmentsTrace, cause: string): number {
  const e = trace.events.find(
    (x) => x.kind === 'cc.changed' && x.endpoint === 'client' && x.cause === cause,
  );
  if (!e) throw new Error(`no ${cause}`);
  return e.step;
}

describe('segments narration', () => {
  it('sets the scene: the pipe (BDP + queue), rwnd, how to go on', () => {
    const intro = narrateSegments(builtin('cc-bottleneck-sawtooth'), 0, en);
    expect(intro[0]).toMatch(/^Reno sends bulk data for 80 rounds of 100 ms with MSS = 1460 bytes/);
    expect(intro[1]).toBe(
      'The bottleneck sends 1 Mbit/s: the path itself holds about 8.3 segments (bandwidth × RTT) and the router queue 8 more. When cwnd grows past about 16 segments the queue overflows and drops segments (drop-tail): losses emerge from the load.',
    );
    expect(intro[2]).toBe(
      'The receiver advertises rwnd = 44.89 segments (65,535 bytes): the sender keeps at most the effective window min(cwnd, rwnd) in flight.',
    );
    expect(intro.at(-1)).toBe('Press Play or Step forward to follow the run segment by segment.');
  });

  it('explains why three duplicate ACKs do not send Reno back to cwnd = 1', () => {
    const trace = builtin('cc-bottleneck-sawtooth');
    const out = narrateSegments(trace, stepOf(trace, 'tripleDupAck'), en);
    expect(out).toContain(
      'Why not back to cwnd = 1? Three duplicate ACKs mean three later segments did arrive: the path still delivers, only one segment is missing. So Reno sets ssthresh = FlightSize / 2 = 8.5 segments and continues in fast recovery with cwnd = ssthresh + 3 = 11.5.',
    );
    // The TCP narration of the same step says what was sent (the fast retransmission).
    expect(out.some((s) => /retransmi/i.test(s))).toBe(true);
  });

  it('Tahoe, CUBIC, a timeout, NewReno partial and full ACKs, Reno leaving recovery', () => {
    const tahoe = custom({
      algorithm: 'tahoe',
      rounds: 30,
      initialSsthresh: 16,
      losses: [{ round: 8, type: 'tripleDupAck' }],
    });
    expect(narrateSegments(tahoe, stepOf(tahoe, 'tripleDupAck'), en).join(' ')).toMatch(
      /Tahoe has no fast recovery: .* ssthresh = FlightSize \/ 2 = \d+ segments and cwnd = 1/,
    );
    const cubic = custom({
      algorithm: 'cubic',
      rounds: 30,
      initialSsthresh: 16,
      losses: [{ round: 8, type: 'tripleDupAck' }],
    });
    expect(narrateSegments(cubic, stepOf(cubic, 'tripleDupAck'), en).join(' ')).toMatch(
      /CUBIC cuts by β = 0\.7 instead of halving: ssthresh = 0\.7 × cwnd = 12\.28 segments, and remembers W_max = 17\.55 segments/,
    );
    const to = custom({ rounds: 30, initialSsthresh: 16, losses: [{ round: 8, type: 'timeout' }] });
    expect(narrateSegments(to, stepOf(to, 'timeout'), en).join(' ')).toMatch(
      /not a single ACK came back for a whole RTO.*ssthresh = 9 segments, cwnd = 1 segment/,
    );
    const many = builtin('cc-newreno-multiple-losses');
    expect(narrateSegments(many, stepOf(many, 'partialAck'), en).join(' ')).toMatch(
      /NewReno retransmits it at once and stays in fast recovery/,
    );
    expect(narrateSegments(many, stepOf(many, 'fullAck'), en).join(' ')).toMatch(
      /fast recovery ends and cwnd deflates to ssthresh = 15\.5 segments/,
    );
    const saw = builtin('cc-bottleneck-sawtooth');
    const exit = saw.events.find(
      (e, i) =>
        e.kind === 'cc.changed' &&
        e.endpoint === 'client' &&
        e.phase === 'congestionAvoidance' &&
        saw.events.slice(0, i).findLast((p) => p.kind === 'cc.changed' && p.endpoint === 'client')
          ?.kind === 'cc.changed' &&
        (
          saw.events
            .slice(0, i)
            .findLast((p) => p.kind === 'cc.changed' && p.endpoint === 'client') as {
            phase: string;
          }
        ).phase === 'fastRecovery',
    )!;
    expect(narrateSegments(saw, exit.step, en).join(' ')).toMatch(
      /The first new ACK ends Reno’s fast recovery: cwnd deflates to ssthresh = 8\.5 segments/,
    );
  });

  it('says once when rwnd, not cwnd, limits the sender', () => {
    const tr = custom({ rounds: 12, initialSsthresh: 64, rwnd: 10 });
    const said = [];
    for (let k = 1; k <= tr.steps; k++)
      if (narrateSegments(tr, k, en).some((s) => s.includes('The receiver, not the network')))
        said.push(k);
    expect(said).toHaveLength(1);
  });

  it('ends with the totals; headings name the round and the time', () => {
    const trace = builtin('cc-bottleneck-sawtooth');
    expect(narrateSegments(trace, trace.steps, en).at(-1)).toBe(
      'End of the run: 633 new segments and 4 retransmissions in 80 rounds; 4 fast retransmits, 0 timeouts, 4 segments dropped by the queue. Goodput 913.96 kbit/s.',
    );
    expect(segmentsHeading(trace, 0, en)).toBe('Handshake · 0 ms');
    expect(segmentsHeading(trace, 1, zh)).toBe('握手 · 0 ms');
    const first = trace.events.find((e) => e.t >= trace.t0)!;
    expect(segmentsHeading(trace, first.step, en)).toBe('Round 1 · 100.64 ms');
    expect(formatRate(1_000_000)).toBe('1 Mbit/s');
    expect(formatRate(2_500)).toBe('2.5 kbit/s');
  });

  it('every step of the segments built-ins, in both languages: sentences, no raw keys', () => {
    for (const id of ['cc-bottleneck-sawtooth', 'cc-newreno-multiple-losses']) {
      const trace = builtin(id);
      for (let k = 0; k <= trace.steps; k++)
        for (const t of [en, zh]) {
          const out = narrateSegments(trace, k, t);
          expect(out.length).toBeGreaterThanOrEqual(1);
          expect(out.join(' ')).not.toMatch(/\b(ccs|ccn|narr)\.|\{\{/);
        }
    }
  });
});
