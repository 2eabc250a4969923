// Journey scenario files: defaults, the rules across fields, and errors that name the field.
import { describe, expect, it } from 'vitest';
import { parseAnyScenario } from './any';
import { BUILTIN_JOURNEY_SCENARIOS, parseJourneyScenario } from './journeyBuiltins';
import { intToIp, ipToInt, prefixLength, redirectChain } from './journeySchema';
import { parseJourneyUrl } from './journeyUrl';

const errorsOf = (input: object) => {
  const r = parseJourneyScenario({ kind: 'journey', ...input });
  return r.ok ? [] : r.errors;
};

describe('journey scenario schema', () => {
  it('fills in the defaults of a realistic first visit', () => {
    const r = parseJourneyScenario({ kind: 'journey' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({
      kind: 'journey',
      seed: 1,
      url: 'https://www.example.com/index.html',
      cache: 'miss',
      validator: 'etag',
      dns: 'iterative',
      arp: 'miss',
      tls: '1.3',
      http: '1.1',
      status: 200,
      resources: 0,
      network: {
        clientIp: '192.168.1.10',
        mask: '255.255.255.0',
        gateway: '192.168.1.1',
        serverIp: '93.184.216.34',
        resolverIp: '203.0.113.53',
      },
      latency: { lanRttMs: 1, serverRttMs: 80, serverMs: 20, hostMs: 1, cacheMs: 1 },
      render: { domMs: 12, cssomMs: 4, renderTreeMs: 2, layoutMs: 6, paintMs: 4 },
    });
  });

  it('accepts the issue example as written', () => {
    const r = parseAnyScenario({
      kind: 'journey',
      url: 'https://www.example.com/index.html',
      cache: 'miss',
      dns: 'iterative',
      arp: 'miss',
      network: {
        clientIp: '192.168.1.10',
        mask: '255.255.255.0',
        gateway: '192.168.1.1',
        serverIp: '93.184.216.34',
      },
      tls: '1.3',
      http: '1.1',
      status: 200,
      resources: 0,
    });
    expect(r.ok).toBe(true);
  });

  it.each<[string, object, string]>([
    [
      'an unsupported scheme',
      { url: 'ftp://example.com/' },
      'url: the scheme "ftp:" is not supported',
    ],
    ['an over-long URL', { url: `https://e.com/${'x'.repeat(3000)}` }, 'url: the URL is'],
    ['an unknown cache state', { cache: 'warm' }, 'cache: must be one of "miss", "fresh", "stale"'],
    ['an unknown DNS level', { dns: 'isp' }, 'dns: must be one of "browser", "os", "hosts"'],
    ['an unknown ARP state', { arp: 'maybe' }, 'arp: must be one of "hit", "miss"'],
    ['an unknown TLS', { tls: '1.1' }, 'tls: must be one of "1.2-rsa", "1.2-ecdhe", "1.3"'],
    ['an unknown HTTP', { http: '2' }, 'http: must be one of "1.0", "1.1"'],
    [
      'an unknown status',
      { status: 418 },
      'status: must be one of 200, 301, 302, 304, 404, 500, 503',
    ],
    ['too many resources', { resources: 101 }, 'resources: must be ≤ 100 (sub-resources)'],
    ['negative resources', { resources: -1 }, 'resources: must be ≥ 0'],
    ['fractional resources', { resources: 2.5 }, 'resources: must be a whole number'],
    [
      'a bad client IP',
      { network: { clientIp: '192.168.1.300' } },
      'network.clientIp: must be an IPv4 address in dotted-quad form',
    ],
    [
      'a hostname as IP',
      { network: { serverIp: 'example.com' } },
      'network.serverIp: must be an IPv4 address',
    ],
    [
      'a non-contiguous mask',
      { network: { mask: '255.0.255.0' } },
      'network.mask: must be a contiguous mask',
    ],
    [
      'a /31 mask',
      { network: { mask: '255.255.255.254' } },
      'network.mask: must be /8 … /30 (this one is /31)',
    ],
    [
      'a gateway off the subnet',
      { network: { gateway: '10.0.0.1' } },
      "network.gateway: must be in the client's subnet 192.168.1.0/24 (10.0.0.1 AND 255.255.255.0 = 10.0.0.0)",
    ],
    [
      'the broadcast address as client',
      { network: { clientIp: '192.168.1.255' } },
      'network.clientIp: must be a host address of its subnet',
    ],
    [
      'the gateway as client',
      { network: { clientIp: '192.168.1.1' } },
      'network.gateway: must differ from clientIp',
    ],
    [
      'the gateway as server',
      { network: { serverIp: '192.168.1.1' } },
      'network.serverIp: must differ from the gateway',
    ],
    [
      '304 without a stale cache',
      { status: 304 },
      'status: 304 Not Modified answers a conditional request: it needs "cache": "stale"',
    ],
    [
      'a zero server time',
      { latency: { serverMs: 0 } },
      'latency.serverMs: must be > 0 ms (server processing)',
    ],
    [
      'a negative RTT',
      { latency: { serverRttMs: -1 } },
      'latency.serverRttMs: must be ≥ 0.01 ms (round trip to the web server)',
    ],
    ['an unknown latency', { latency: { wanMs: 5 } }, 'latency: Unrecognized key: "wanMs"'],
    ['an unknown field', { colour: 'red' }, '(scenario): Unrecognized key: "colour"'],
    [
      'a redirect loop',
      {
        url: 'https://a.example/',
        status: 301,
        redirectTo: ['https://b.example/', 'https://a.example/'],
      },
      'redirectTo[1]: redirect loop: https://a.example/ was already visited',
    ],
    [
      'a redirect to itself',
      { url: 'https://a.example/x', status: 302, redirectTo: 'https://a.example/x#y' },
      'redirectTo: redirect loop',
    ],
    [
      'too many redirects',
      {
        status: 301,
        redirectTo: ['a', 'b', 'c', 'd', 'e', 'f'].map((h) => `https://${h}.example/`),
      },
      'redirectTo: must be a URL or an array of 1 to 5 URLs',
    ],
    [
      'a bad redirect URL',
      { status: 301, redirectTo: 'javascript:alert(1)' },
      'redirectTo: the scheme "javascript:" is not supported',
    ],
  ])('names the field for %s', (_what, input, message) => {
    const errors = errorsOf(input);
    expect(
      errors.some((e) => e.startsWith(message)),
      errors.join('\n'),
    ).toBe(true);
  });

  it('survives garbage without throwing and still names the fields', () => {
    for (const garbage of [
      { network: 'lan' },
      { url: 42 },
      { latency: [] },
      { render: null },
      { redirectTo: { a: 1 } },
      { network: { mask: 7, clientIp: null } },
    ]) {
      const errors = errorsOf(garbage);
      expect(errors.length, JSON.stringify(garbage)).toBeGreaterThan(0);
      expect(errors[0]).toMatch(/^[a-zA-Z]/);
    }
    expect(parseJourneyScenario('journey')).toEqual({
      ok: false,
      errors: ['(scenario): must be a JSON object like {"kind": "journey", ...}'],
    });
  });

  it('ignores redirectTo unless the status is 301 or 302, and tls for http URLs', () => {
    expect(errorsOf({ status: 200, redirectTo: 'https://www.example.com/index.html' })).toEqual([]);
    expect(errorsOf({ url: 'http://www.example.com/', tls: '1.2-rsa' })).toEqual([]);
  });

  it('accepts a resolver on the LAN and the router as resolver', () => {
    expect(errorsOf({ network: { resolverIp: '192.168.1.53' } })).toEqual([]);
    expect(errorsOf({ network: { resolverIp: '192.168.1.1' } })).toEqual([]);
  });

  it('validates every built-in journey', () => {
    expect(BUILTIN_JOURNEY_SCENARIOS.length).toBeGreaterThanOrEqual(8);
    for (const b of BUILTIN_JOURNEY_SCENARIOS)
      expect(parseJourneyScenario(b.input).ok, b.id).toBe(true);
  });
});

describe('address helpers and the default redirect', () => {
  it('converts addresses and measures masks', () => {
    expect(ipToInt('192.168.1.10')).toBe(0xc0a8010a);
    expect(intToIp(0xc0a8010a)).toBe('192.168.1.10');
    expect(prefixLength(ipToInt('255.255.255.0'))).toBe(24);
    expect(prefixLength(ipToInt('255.255.240.0'))).toBe(20);
    expect(prefixLength(ipToInt('255.0.255.0'))).toBeNull();
  });

  it('redirects http → https, else adds or removes "www."', () => {
    const url = (s: string) => {
      const r = parseJourneyUrl(s);
      if (!r.ok) throw new Error(s);
      return r.url;
    };
    expect(redirectChain(url('http://www.example.com/a?b=1'), undefined)).toEqual([
      'https://www.example.com/a?b=1',
    ]);
    expect(redirectChain(url('https://example.com/x'), undefined)).toEqual([
      'https://www.example.com/x',
    ]);
    expect(redirectChain(url('https://www.example.com/x'), undefined)).toEqual([
      'https://example.com/x',
    ]);
    expect(redirectChain(url('https://a.example/'), ['https://b.example/'])).toEqual([
      'https://b.example/',
    ]);
  });
});
