// Panel fields: reading/writing a scenario input, error ownership by path, who closes first.
import { describe, expect, it } from 'vitest';
import type { TcpScenarioInput } from '../../scenarios/schema';
import { parseScenario } from '../../scenarios/schema';
import { errorMatches, NUMBER_FIELDS, parseFieldText, readCloser, writeCloser } from './fields';

const base: TcpScenarioInput = {
  kind: 'tcp',
  client: {
    open: { at: 0 },
    send: [
      { at: 200, bytes: 100 },
      { at: 300, bytes: 50 },
    ],
    close: { at: 1000 },
  },
  server: { listen: true, close: { at: 1400 } },
};
const field = (id: string) => NUMBER_FIELDS.find((f) => f.id === id)!;

describe('number fields', () => {
  it('reads values, defaults included', () => {
    expect(field('clientBytes').read(base)).toBe(150);
    expect(field('serverBytes').read(base)).toBe(0);
    expect(field('rtt').read(base)).toBe(100);
    expect(field('clientIsn').read(base)).toBeUndefined();
  });

  it('writes bytes as one write at the first write time, and 0 as no write', () => {
    expect(field('clientBytes').write(base, 400).client?.send).toEqual([{ at: 200, bytes: 400 }]);
    expect(field('clientBytes').write(base, 0).client?.send).toEqual([]);
    expect(field('serverBytes').write(base, 10).server).toEqual({
      listen: true,
      close: { at: 1400 },
      send: [{ at: 0, bytes: 10 }],
    });
  });

  it('turns text into numbers, keeps malformed text for the schema to reject', () => {
    expect(parseFieldText(field('rtt'), ' 250 ')).toBe(250);
    expect(parseFieldText(field('rtt'), '')).toBe('');
    expect(parseFieldText(field('clientIsn'), '')).toBeUndefined();
    expect(parseFieldText(field('mss'), '12abc')).toBe('12abc');
    const bad = parseScenario(field('mss').write(base, '12abc'));
    expect(bad.ok ? [] : bad.errors.filter((e) => errorMatches(e, 'mss'))).toHaveLength(1);
  });

  it('owns the errors under its path only', () => {
    expect(errorMatches('client.send[0].bytes: must be ≥ 1', 'client.send')).toBe(true);
    expect(errorMatches('client.isn: must be ≥ 0', 'client.send')).toBe(false);
    expect(errorMatches('rttMs: must be > 0 ms', 'rttMs')).toBe(true);
    expect(errorMatches('rtoMinMs: must be ≤ rtoMaxMs', 'rtoMin')).toBe(false);
  });
});

describe('who closes first', () => {
  it('reads it from the close times', () => {
    expect(readCloser(base)).toBe('client');
    expect(readCloser(writeCloser(base, 'server'))).toBe('server');
    expect(readCloser(writeCloser(base, 'both'))).toBe('both');
    expect(readCloser({ kind: 'tcp' })).toBe('none');
  });

  it('keeps the scenario times and swaps them', () => {
    const swapped = writeCloser(base, 'server');
    expect([swapped.client?.close, swapped.server?.close]).toEqual([{ at: 1400 }, { at: 1000 }]);
    const both = writeCloser(base, 'both');
    expect([both.client?.close, both.server?.close]).toEqual([{ at: 1000 }, { at: 1000 }]);
    const fromBoth = writeCloser(both, 'client');
    expect([fromBoth.client?.close, fromBoth.server?.close]).toEqual([{ at: 1000 }, { at: 1100 }]);
    expect(writeCloser(base, 'none').client?.close).toBeUndefined();
  });
});
