import { describe, expect, it } from 'vitest';
import { durationParts, formatFlags, relativeSeq, segmentLabel, shortLabel } from './labels';
import type { Endpoint, TcpFlag } from '../../engine/trace';

const iss = { client: 1000, server: 5000 };
const rel = { relative: true, iss };
const abs = { relative: false, iss };
const seg = (from: Endpoint, flags: TcpFlag[], seq: number, ack = 0, len = 0) => ({
  from,
  to: (from === 'client' ? 'server' : 'client') as Endpoint,
  flags,
  seq,
  ack,
  len,
});

describe('formatFlags', () => {
  it('puts control flags first and ACK last, whatever the input order', () => {
    expect(formatFlags(['ACK', 'SYN'])).toBe('SYN, ACK');
    expect(formatFlags(['ACK', 'FIN'])).toBe('FIN, ACK');
    expect(formatFlags(['ACK', 'PSH'])).toBe('PSH, ACK');
    expect(formatFlags(['ACK', 'RST'])).toBe('RST, ACK');
    expect(formatFlags(['PSH', 'FIN', 'ACK'])).toBe('FIN, PSH, ACK');
    expect(formatFlags(['RST'])).toBe('RST');
  });
});

describe('segmentLabel', () => {
  it('labels a handshake with relative numbers', () => {
    expect(segmentLabel(seg('client', ['SYN'], 1000), rel)).toBe('SYN seq=0');
    expect(segmentLabel(seg('server', ['ACK', 'SYN'], 5000, 1001), rel)).toBe(
      'SYN, ACK seq=0 ack=1',
    );
    expect(segmentLabel(seg('client', ['ACK'], 1001, 5001), rel)).toBe('ACK seq=1 ack=1');
  });

  it('shows len only for data and ack only when ACK is set', () => {
    expect(segmentLabel(seg('client', ['ACK'], 1001, 5001, 100), rel)).toBe(
      'ACK seq=1 ack=1 len=100',
    );
    expect(segmentLabel(seg('client', ['ACK', 'FIN'], 1101, 5501), rel)).toBe(
      'FIN, ACK seq=101 ack=501',
    );
    // ack field is ignored without the ACK flag, even if non-zero
    expect(segmentLabel(seg('server', ['RST'], 5000, 1234), rel)).toBe('RST seq=0');
  });

  it('prints absolute numbers on request', () => {
    expect(segmentLabel(seg('server', ['ACK', 'SYN'], 5000, 1001), abs)).toBe(
      'SYN, ACK seq=5000 ack=1001',
    );
  });

  it('wraps relative numbers around 2^32', () => {
    const nearTop = { relative: true, iss: { client: 2 ** 32 - 10, server: 7 } };
    // 100 bytes after an ISN 10 below 2^32: absolute seq wrapped to 90
    expect(segmentLabel(seg('client', ['ACK'], 90, 8, 100), nearTop)).toBe(
      'ACK seq=100 ack=1 len=100',
    );
    expect(segmentLabel(seg('server', ['ACK'], 8, 91), nearTop)).toBe('ACK seq=1 ack=101');
    expect(segmentLabel(seg('client', ['ACK'], 90, 8), { ...nearTop, relative: false })).toBe(
      'ACK seq=90 ack=8',
    );
  });
});

describe('shortLabel', () => {
  it('keeps the flags and seq of a segment with data, SYN, FIN or RST', () => {
    expect(shortLabel('PSH, ACK seq=39421 ack=101 len=580', false)).toBe('PSH, ACK seq=39421');
    expect(shortLabel('ACK seq=14685 ack=81 win=65536 len=1448', false)).toBe('ACK seq=14685');
    expect(shortLabel('SYN, ACK seq=0 ack=1', false)).toBe('SYN, ACK seq=0');
    expect(shortLabel('RST seq=0', false)).toBe('RST seq=0');
  });

  it('keeps up to ack of a bare ACK, whose seq says little', () => {
    expect(shortLabel('ACK seq=81 ack=13237 win=74752', true)).toBe('ACK seq=81 ack=13237');
    expect(shortLabel('ACK seq=1 ack=1', true)).toBe('ACK seq=1 ack=1');
  });

  it('is always a prefix of the label (the start of the accessible name)', () => {
    for (const text of ['ACK seq=1 ack=1 len=100', 'FIN, ACK seq=101 ack=501', ' seq=5 win=0']) {
      for (const pureAck of [true, false])
        expect(text.startsWith(shortLabel(text, pureAck))).toBe(true);
    }
    expect(shortLabel('no numbers', false)).toBe('no numbers');
  });
});

describe('relativeSeq', () => {
  it('is (value − base) mod 2^32', () => {
    expect(relativeSeq(5, 0)).toBe(5);
    expect(relativeSeq(0, 1)).toBe(2 ** 32 - 1);
    expect(relativeSeq(3, 2 ** 32 - 2)).toBe(5);
    expect(relativeSeq(2 ** 32 - 1, 2 ** 32 - 1)).toBe(0);
  });
});

describe('durationParts', () => {
  it('uses ms below a second, trimmed seconds above, fixed one decimal on request', () => {
    expect(durationParts(200)).toEqual({ unit: 'ms', value: '200' });
    expect(durationParts(2.25)).toEqual({ unit: 'ms', value: '2.3' });
    expect(durationParts(1000)).toEqual({ unit: 's', value: '1' });
    expect(durationParts(1500)).toEqual({ unit: 's', value: '1.5' });
    expect(durationParts(60_000)).toEqual({ unit: 's', value: '60' });
    expect(durationParts(1000, true)).toEqual({ unit: 's', value: '1.0' });
    expect(durationParts(59_950, true)).toEqual({ unit: 's', value: '60.0' });
    expect(durationParts(240_000, true)).toEqual({ unit: 's', value: '240' });
  });
});
