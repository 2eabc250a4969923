// Congestion narration against the built-in scenarios: concrete sentences with the trace's numbers.
import { describe, expect, it } from 'vitest';
import { simulateRounds } from '../engine/congestion/rounds';
import { congestionScenarioSchema } from '../scenarios/congestionSchema';
import { getCongestionBuiltin } from '../scenarios/congestionBuiltins';
import { translatorFor } from '../i18n/i18n';
import { narrateCongestion } from './congestion';

const en = translatorFor('en');
const zh = translatorFor('zh-CN');
const traceOf = (id: string) => simulateRounds(getCongestionBuiltin(id)!.scenario);
const custom = (input: object) =>
  simulateRounds(congestionScenarioSchema.parse({ kind: 'congestion', ...input }));

describe('congestion narration: set-up', () => {
  it('states the start values, losses, compared algorithms', () => {
    expect(narrateCongestion(traceOf('cc-reno-vs-tahoe'), 0, en)).toEqual([
      'Reno starts with cwnd = 1 and ssthresh = 8 segments, in slow start. Each step is one transmission round: one RTT (100 ms) in which the sender sends a whole window and waits for its ACKs.',
      'Losses are detected at the end of round 12 (3 duplicate ACKs).',
      'The chart also draws Tahoe on the same losses, for comparison.',
      'Press Play or Step forward to go round by round.',
    ]);
  });

  it('mentions rwnd only when it limits a round, and says when nothing is lost', () => {
    const intro = narrateCongestion(traceOf('cc-rwnd-limited'), 0, en);
    expect(intro).toContain(
      'The receiver advertises rwnd = 10 segments: the sender never sends more than min(cwnd, rwnd) segments per round.',
    );
    expect(intro).toContain(
      'No segment is lost in this run: click a round on the chart to place a loss.',
    );
    expect(narrateCongestion(traceOf('cc-classic'), 0, en).join(' ')).not.toContain('rwnd');
  });
});

describe('congestion narration: growth', () => {
  const classic = traceOf('cc-classic');

  it('slow start doubles because each ACK adds one segment, then hands over at ssthresh', () => {
    expect(narrateCongestion(classic, 1, en)).toEqual([
      'Round 1 (slow start): cwnd = 1, so the sender sends a single segment, #1.',
      'Every ACK came back. In slow start each ACK adds one segment to cwnd, so a whole window of ACKs doubles it: cwnd 1 → 2.',
    ]);
    expect(narrateCongestion(classic, 3, en)).toEqual([
      'Round 3 (slow start): cwnd = 4, so the sender sends 4 segments, #4–#7.',
      'Every ACK came back. In slow start each ACK adds one segment to cwnd, so a whole window of ACKs doubles it: cwnd 4 → 8.',
      'cwnd has reached ssthresh = 8: from the next round on, congestion avoidance adds one segment per round instead of doubling.',
    ]);
  });

  it('congestion avoidance adds one segment per round; the last round ends the run', () => {
    expect(narrateCongestion(classic, 5, en)[1]).toBe(
      'Every ACK came back. In congestion avoidance each ACK adds only 1/cwnd of a segment, so a whole window of ACKs adds one segment: cwnd 9 → 10.',
    );
    expect(narrateCongestion(classic, 16, en)).toEqual([
      'Round 16 (congestion avoidance): cwnd = 20, so the sender sends 20 segments, #170–#189.',
      'This is the last round of the run.',
    ]);
  });

  it('slow start is capped at ssthresh when doubling would pass it', () => {
    expect(narrateCongestion(traceOf('cc-timeout'), 12, en).slice(1)).toEqual([
      'Every ACK came back. Doubling would give 8, but slow start stops at ssthresh: cwnd 4 → 6.',
      'cwnd has reached ssthresh = 6: from the next round on, congestion avoidance adds one segment per round instead of doubling.',
    ]);
  });

  it('rwnd limits what is sent: flow control, not congestion control', () => {
    expect(narrateCongestion(traceOf('cc-rwnd-limited'), 14, en)[0]).toBe(
      'Round 14 (congestion avoidance): cwnd = 25, but the receiver advertises rwnd = 10, so the sender sends only min(cwnd, rwnd) = 10 segments, #106–#115. Flow control (the receiver’s buffer), not congestion control (the network), limits this round.',
    );
  });
});

describe('congestion narration: losses', () => {
  it('Reno: fast retransmit, ⌊cwnd/2⌋, ssthresh + 3, why not 1, and what Tahoe does', () => {
    expect(narrateCongestion(traceOf('cc-reno-vs-tahoe'), 12, en)).toEqual([
      'Round 12 (congestion avoidance): cwnd = 16, so the sender sends 16 segments, #100–#115.',
      'At the end of round 12 three duplicate ACKs arrive: one segment is missing, but the segments after it got through. The sender retransmits the missing segment at once (fast retransmit) instead of waiting for the RTO.',
      'ssthresh = ⌊cwnd/2⌋ = ⌊16/2⌋ = 8.',
      'Reno enters fast recovery with cwnd = ssthresh + 3 = 11: each of the three duplicate ACKs means one more segment has left the network.',
      'It does not fall back to cwnd = 1: duplicate ACKs prove that data is still flowing, so the congestion is mild. Only a timeout, with no ACK at all, restarts from 1.',
      'Tahoe on the same loss: cwnd 16 → 1, ssthresh 8, then slow start.',
    ]);
    expect(narrateCongestion(traceOf('cc-reno-vs-tahoe'), 13, en).slice(0, 2)).toEqual([
      'Round 13 (fast recovery): cwnd = 11, so the sender sends 11 segments, #116–#126.',
      'The retransmitted segment is acknowledged by a new ACK (not a duplicate): fast recovery ends and Reno continues in congestion avoidance.',
    ]);
  });

  it('in Chinese, with the same numbers', () => {
    expect(narrateCongestion(traceOf('cc-reno-vs-tahoe'), 12, zh).slice(2, 4)).toEqual([
      'ssthresh = ⌊cwnd/2⌋ = ⌊16/2⌋ = 8。',
      'Reno 进入快速恢复，cwnd = ssthresh + 3 = 11：三个重复 ACK 中的每一个都说明又有一个报文段离开了网络。',
    ]);
    expect(narrateCongestion(traceOf('cc-reno-vs-tahoe'), 13, zh)[0]).toBe(
      '第 13 轮（快速恢复）：cwnd = 11，发送方发出 11 个报文段，#116–#126。',
    );
  });

  it('Tahoe falls back to 1; without inflation Reno uses cwnd = ssthresh', () => {
    const tahoe = custom({
      algorithm: 'tahoe',
      rounds: 14,
      losses: [{ round: 12, type: 'tripleDupAck' }],
    });
    expect(narrateCongestion(tahoe, 12, en)[3]).toBe(
      'Tahoe has no fast recovery: after the fast retransmit it sets cwnd = 1 and starts slow start again, exactly as after a timeout.',
    );
    const flat = custom({
      inflation: false,
      rounds: 14,
      losses: [{ round: 12, type: 'tripleDupAck' }],
    });
    expect(narrateCongestion(flat, 12, en)[3]).toBe(
      'Reno enters fast recovery with cwnd = ssthresh = 8 (without the +3 inflation, as some courses teach).',
    );
  });

  it('a timeout restarts from cwnd = 1 in slow start', () => {
    expect(narrateCongestion(traceOf('cc-timeout'), 9, en).slice(1)).toEqual([
      'At the end of round 9 the retransmission timer expires (RTO): no ACK came back at all, a sign of heavy congestion.',
      'ssthresh = ⌊cwnd/2⌋ = ⌊13/2⌋ = 6.',
      'cwnd = 1: the sender starts over in slow start and grows exponentially again up to the new ssthresh = 6.',
    ]);
  });

  it('ssthresh never goes below 2', () => {
    const small = custom({
      initialCwnd: 3,
      initialSsthresh: 2,
      rounds: 3,
      losses: [{ round: 1, type: 'timeout' }],
    });
    expect(narrateCongestion(small, 1, en)[2]).toBe(
      'ssthresh = max(⌊cwnd/2⌋, 2) = max(⌊3/2⌋, 2) = 2.',
    );
  });

  it('CUBIC: β = 0.7 instead of halving, then cubic growth toward W_max', () => {
    const cubic = traceOf('cc-cubic-recovery');
    expect(narrateCongestion(cubic, 8, en).slice(2, 4)).toEqual([
      'CUBIC reduces by β = 0.7 instead of halving: ssthresh = max(0.7 × 35.2, 2) = 24.64 (Reno would set 17). It remembers W_max, the window before the loss, and will grow back toward it.',
      'CUBIC enters fast recovery with cwnd = ssthresh = 24.64.',
    ]);
    expect(narrateCongestion(cubic, 7, en)[0]).toBe(
      'Round 7 (congestion avoidance): cwnd = 32.53, so the sender sends 32 segments, #64–#95.',
    );
    expect(narrateCongestion(cubic, 10, en)[1]).toBe(
      'CUBIC grows cwnd along W(t) = C·(t − K)³ + W_max, where t is the time since the last reduction (so the RTT matters): fast while far below W_max, flat near it, faster again beyond it. cwnd 32.11 → 34.83.',
    );
    expect(narrateCongestion(cubic, 6, en)[1]).toContain('from the window where slow start ended');
  });
});

describe('congestion narration: every round of every built-in', () => {
  it('has sentences for each step, no raw keys, in both languages', () => {
    for (const id of [
      'cc-classic',
      'cc-reno-vs-tahoe',
      'cc-timeout',
      'cc-loss-in-slow-start',
      'cc-rwnd-limited',
      'cc-cubic-recovery',
    ]) {
      const trace = traceOf(id);
      for (let k = 0; k <= trace.steps; k++) {
        for (const t of [en, zh]) {
          const out = narrateCongestion(trace, k, t);
          expect(out.length).toBeGreaterThanOrEqual(2);
          expect(out.join(' ')).not.toMatch(/ccn\.|\{\{/);
        }
      }
    }
  });
});
