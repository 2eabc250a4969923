import { describe, expect, it } from 'vitest';
import { csvField, roundsCsv, roundsCsvFileName } from './csv';
import { builtinTrace, congestionTrace } from './testTraces';

describe('roundsCsv', () => {
  it('writes one row per round with the phase ids of the trace', () => {
    const csv = roundsCsv(congestionTrace({ id: 'tiny', rounds: 3 }));
    expect(csv).toBe(
      'round,cwnd,ssthresh,phase,firstSegment,lastSegment\n' +
        '1,1,8,slowStart,1,1\n' +
        '2,2,8,slowStart,2,3\n' +
        '3,4,8,slowStart,4,7\n',
    );
  });

  it('adds an algorithm column and one row per algorithm per round when runs are compared', () => {
    // ssthresh 4; 3 dup ACKs at the end of round 2: ssthresh = max(⌊2/2⌋, 2) = 2.
    // Reno: cwnd = ssthresh + 3 = 5 (fast recovery), then 6. Tahoe: cwnd = 1, 2 (= ssthresh: CA).
    const trace = congestionTrace({
      rounds: 4,
      initialSsthresh: 4,
      compare: ['tahoe'],
      losses: [{ round: 2, type: 'tripleDupAck' }],
    });
    expect(roundsCsv(trace)).toBe(
      'round,cwnd,ssthresh,phase,firstSegment,lastSegment,algorithm\n' +
        '1,1,4,slowStart,1,1,reno\n' +
        '1,1,4,slowStart,1,1,tahoe\n' +
        '2,2,4,slowStart,2,3,reno\n' +
        '2,2,4,slowStart,2,3,tahoe\n' +
        '3,5,2,fastRecovery,4,8,reno\n' +
        '3,1,2,slowStart,4,4,tahoe\n' +
        '4,6,2,congestionAvoidance,9,14,reno\n' +
        '4,2,2,congestionAvoidance,5,6,tahoe\n',
    );
  });

  it("keeps CUBIC's fractional window without float noise", () => {
    const lines = roundsCsv(builtinTrace('cc-cubic-recovery')).split('\n');
    expect(lines[1]).toBe('1,1,32,slowStart,1,1,cubic');
    const cubic7 = lines.find((l) => l.startsWith('7,') && l.endsWith(',cubic'));
    expect(cubic7).toMatch(/^7,32\.5\d{0,4},32,congestionAvoidance,/);
  });

  it('quotes fields as RFC 4180 says', () => {
    expect(csvField('slowStart')).toBe('slowStart');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(0.1 + 0.2)).toBe('0.3');
  });

  it('names the file after the scenario', () => {
    expect(roundsCsvFileName(builtinTrace('cc-classic'))).toBe('wirewalk-cc-classic-rounds.csv');
    expect(roundsCsvFileName(congestionTrace({ rounds: 2 }))).toBe(
      'wirewalk-congestion-rounds.csv',
    );
  });
});
