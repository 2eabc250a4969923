// The journey's situation panel: choices read defaults from the schema, IPv4 messages in the UI's
// language, edits the schema accepts or rejects with the field named.
import { describe, expect, it } from 'vitest';
import type { JourneyScenarioInput } from '../../scenarios/journeySchema';
import { parseJourney } from '../../store/journeyStore';
import {
  CHOICES,
  IP_FIELDS,
  JOURNEY_NUMBER_FIELDS,
  ipMessage,
  optionLabel,
  readChoice,
  readIp,
  writeChoice,
  writeIp,
  isRedirect,
  readRedirect,
  writeRedirect,
} from './journeyFields';

const base: JourneyScenarioInput = { kind: 'journey' };
const net = (over: Partial<Record<string, string>> = {}) => ({
  clientIp: '192.168.1.10',
  mask: '255.255.255.0',
  gateway: '192.168.1.1',
  serverIp: '93.184.216.34',
  resolverIp: '203.0.113.53',
  ...over,
});

describe('journey fields', () => {
  it('reads the schema defaults', () => {
    expect(CHOICES.map((c) => readChoice(base, c.key))).toEqual([
      'miss',
      'etag',
      'iterative',
      'miss',
      '1.3',
      '1.1',
      200,
    ]);
    expect(IP_FIELDS.map((f) => readIp(base, f.key))).toEqual(Object.values(net()));
    expect(JOURNEY_NUMBER_FIELDS.map((f) => f.read(base))).toEqual([0, 1, 20, 30, 40, 50, 80, 20]);
  });

  it('writes choices the schema checks (status as a number; 304 needs a stale cache)', () => {
    const s304 = writeChoice(base, 'status', '304');
    expect(s304.status).toBe(304);
    const bad = parseJourney(s304);
    expect(bad.ok ? [] : bad.errors).toEqual([
      'status: 304 Not Modified answers a conditional request: it needs "cache": "stale"',
    ]);
    expect(parseJourney(writeChoice(s304, 'cache', 'stale')).ok).toBe(true);
    expect(optionLabel('status', 503)).toEqual({ text: '503 Service Unavailable' });
    expect(optionLabel('dns', 'hosts')).toEqual({ key: 'jp.dns.hosts' });
  });

  it('IPv4 messages: format, contiguous mask, gateway in the subnet', () => {
    expect(ipMessage(net(), 'clientIp')).toBeNull();
    expect(ipMessage(net({ clientIp: '192.168.1.300' }), 'clientIp')).toEqual({
      key: 'jp.error.ip',
    });
    expect(ipMessage(net({ clientIp: '<script>' }), 'clientIp')).toEqual({ key: 'jp.error.ip' });
    expect(ipMessage(net({ mask: '255.0.255.0' }), 'mask')).toEqual({ key: 'jp.error.mask' });
    expect(ipMessage(net({ mask: '255.255.255.254' }), 'mask')).toEqual({ key: 'jp.error.mask' });
    expect(ipMessage(net({ gateway: '10.0.0.1' }), 'gateway')).toEqual({
      key: 'jp.error.gateway',
      params: { network: '192.168.1.0', prefix: 24 },
    });
    // The schema rejects the same values, naming the field.
    const r = parseJourney(writeIp(base, 'gateway', '10.0.0.1'));
    expect(r.ok ? [] : r.errors.join()).toMatch(
      /^network\.gateway: must be in the client's subnet/,
    );
  });
});

describe('redirect target', () => {
  it('is offered for 301/302, defaults to the engine’s target, and round-trips', () => {
    const r301 = writeChoice(base, 'status', '301');
    expect(isRedirect(base)).toBe(false);
    expect(isRedirect(r301)).toBe(true);
    // The default: https → www. added/removed on the same path.
    expect(readRedirect(r301)).toBe('https://example.com/index.html');
    const set = writeRedirect(r301, '  https://www.example.org/new  ');
    expect(set.redirectTo).toBe('https://www.example.org/new');
    expect(parseJourney(set).ok).toBe(true);
    expect(writeRedirect(set, '')).not.toHaveProperty('redirectTo');
  });

  it('a bad or looping Location is refused, naming the field', () => {
    const r301 = writeChoice(base, 'status', '301');
    const bad = parseJourney(writeRedirect(r301, 'ftp://x.example/'));
    expect(bad.ok ? [] : bad.errors.join()).toMatch(/^redirectTo: /);
    const loop = parseJourney(writeRedirect(r301, 'https://www.example.com/index.html'));
    expect(loop.ok ? [] : loop.errors.join()).toMatch(/^redirectTo: redirect loop/);
  });
});
