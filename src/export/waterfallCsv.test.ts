// The journey's waterfall as CSV: one row per request, the phases add up to the request's time.
import { describe, expect, it } from 'vitest';
import { getJourneyBuiltin } from '../scenarios/journeyBuiltins';
import { simulateJourney } from '../engine/journey/simulate';
import { waterfallCsv } from './waterfallCsv';

const trace = simulateJourney(getJourneyBuiltin('journey-subresources')!.scenario);
const rows = waterfallCsv(trace).split('\n');

describe('waterfallCsv', () => {
  it('has a header, one row per request and a final newline', () => {
    expect(rows[0]).toBe(
      'id,navigation,url,type,method,status,fromCache,conditional,connection,startMs,endMs,totalMs,' +
        'queueingMs,stalledMs,dnsMs,connectMs,sslMs,sendMs,waitMs,receiveMs',
    );
    expect(rows).toHaveLength(trace.requests.length + 2);
    expect(rows.at(-1)).toBe('');
    expect(rows[1]).toMatch(
      /^req-1,1,https:\/\/www\.example\.com\/gallery\.html,document,GET,200,/,
    );
  });

  it('writes phases that add up to each request’s time', () => {
    for (const line of rows.slice(1, -1)) {
      const f = line.split(',');
      const total = Number(f[11]);
      const phases = f.slice(12).map(Number);
      expect(phases.reduce((a, b) => a + b, 0)).toBeCloseTo(total, 6);
      expect(Number(f[10]) - Number(f[9])).toBeCloseTo(total, 6);
    }
  });

  it('quotes what would break a row', () => {
    const [req] = trace.requests;
    const csv = waterfallCsv({ requests: [{ ...req!, url: 'https://x.test/a,"b"' }] });
    expect(csv.split('\n')[1]).toContain(',"https://x.test/a,""b""",');
  });
});
