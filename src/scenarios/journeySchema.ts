// Scenario files of kind "journey": "type a URL → page rendered". The URL and the situation around
// it (browser cache, where DNS is answered, the LAN's addresses, ARP cache, TLS and HTTP versions,
// the server's answer, sub-resources, per-hop latencies). Every message names the field and range.
import '../zodSetup';
import * as z from 'zod/mini';
import { scenarioMetaFields } from './common';
import { parseJourneyUrl, type JourneyUrl } from './journeyUrl';

const U32 = 2 ** 32 - 1;

/** Most redirect hops a scenario may chain (browsers allow ~20; a lesson needs a few). */
export const MAX_REDIRECTS = 5;
/** The server answers the journey can simulate. */
export const HTTP_STATUSES = [200, 301, 302, 304, 404, 500, 503] as const;
export type HttpStatus = (typeof HTTP_STATUSES)[number];
/** Most sub-resources on the page. */
export const MAX_RESOURCES = 100;

const int = (min: number, max: number, what: string) =>
  z
    .int({ error: 'must be a whole number' })
    .check(
      z.minimum(min, { error: `must be ≥ ${min}` }),
      z.maximum(max, { error: `must be ≤ ${max} (${what})` }),
    );

/** A duration in ms in [min, max]. */
const ms = (min: number, max: number, what: string) =>
  z
    .number({ error: 'must be a number of milliseconds' })
    .check(
      z.minimum(min, { error: `must be ≥ ${min} ms (${what})` }),
      z.maximum(max, { error: `must be ≤ ${max} ms (${what})` }),
    );
/** A duration that must be > 0: a reply written at the very instant of what it answers would be
 * processed before it by the TCP engine's event queue. */
const positiveMs = (max: number, what: string) =>
  z
    .number({ error: 'must be a number of milliseconds' })
    .check(
      z.gt(0, { error: `must be > 0 ms (${what})` }),
      z.maximum(max, { error: `must be ≤ ${max} ms (${what})` }),
    );

const enumOf = <T extends string>(values: readonly [T, ...T[]]) =>
  z.enum(values, { error: `must be one of ${values.map((v) => `"${v}"`).join(', ')}` });

const IPV4_RE = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const ipv4 = z
  .string({ error: 'must be an IPv4 address in dotted-quad form, e.g. "192.168.1.10"' })
  .check(
    z.regex(IPV4_RE, {
      error:
        'must be an IPv4 address in dotted-quad form (four numbers 0–255, e.g. "192.168.1.10")',
    }),
  );

/** A URL string the address bar accepts (see journeyUrl.ts). */
const urlString = z
  .string({ error: 'must be a URL string, e.g. "https://www.example.com/"' })
  .check(
    z.superRefine((v, ctx) => {
      const r = parseJourneyUrl(v);
      if (!r.ok) ctx.addIssue({ code: 'custom', message: `${r.error.message} [${r.error.code}]` });
    }),
  );

const network = z.strictObject({
  clientIp: z._default(ipv4, '192.168.1.10'),
  /** Subnet mask, contiguous ones (e.g. 255.255.255.0 = /24). */
  mask: z._default(ipv4, '255.255.255.0'),
  /** Default gateway: must be in the client's subnet. */
  gateway: z._default(ipv4, '192.168.1.1'),
  /** The web server's address (every host of the journey resolves to it). */
  serverIp: z._default(ipv4, '93.184.216.34'),
  /** The local DNS resolver's address (off the subnet: its queries go through the gateway). */
  resolverIp: z._default(ipv4, '203.0.113.53'),
  /** Link rate of every TCP connection (Mbit/s); omitted: no serialization delay. */
  bandwidthMbps: z.optional(
    z
      .number({ error: 'must be a number of Mbit/s' })
      .check(
        z.minimum(0.01, { error: 'must be ≥ 0.01 Mbit/s' }),
        z.maximum(100_000, { error: 'must be ≤ 100000 Mbit/s' }),
      ),
  ),
});

const latency = z.strictObject({
  /** Round trip host ↔ gateway (or ↔ another host of the subnet), through the switch. */
  lanRttMs: z._default(ms(0.01, 1000, 'LAN round trip'), 1),
  /** Round trip host ↔ local DNS resolver (the LAN included). */
  resolverRttMs: z._default(ms(0.01, 10_000, 'round trip to the resolver'), 20),
  /** Round trips resolver ↔ root, TLD and authoritative name servers. */
  rootRttMs: z._default(ms(0.01, 10_000, 'resolver ↔ root round trip'), 30),
  tldRttMs: z._default(ms(0.01, 10_000, 'resolver ↔ TLD round trip'), 40),
  authoritativeRttMs: z._default(ms(0.01, 10_000, 'resolver ↔ authoritative round trip'), 50),
  /** Round trip browser ↔ web server (the LAN included): the TCP connections' RTT. */
  serverRttMs: z._default(ms(0.01, 10_000, 'round trip to the web server'), 80),
  /** Server processing: request arrived → response written. */
  serverMs: z._default(positiveMs(60_000, 'server processing'), 20),
  /** A host's reaction time (building the next TLS flight, writing a request, closing). */
  hostMs: z._default(positiveMs(1000, 'host reaction time'), 1),
  /** The browser's HTTP cache lookup (and read, on a fresh hit). */
  cacheMs: z._default(ms(0, 1000, 'HTTP cache lookup'), 1),
});

const render = z.strictObject({
  domMs: z._default(ms(0, 10_000, 'parse HTML → DOM'), 12),
  cssomMs: z._default(ms(0, 10_000, 'CSS → CSSOM'), 4),
  renderTreeMs: z._default(ms(0, 10_000, 'render tree'), 2),
  layoutMs: z._default(ms(0, 10_000, 'layout'), 6),
  paintMs: z._default(ms(0, 10_000, 'paint'), 4),
});

const DEFAULT_URL = 'https://www.example.com/index.html';

export const journeyScenarioSchema = z
  .strictObject({
    kind: z.literal('journey', { error: 'kind must be "journey"' }),
    ...scenarioMetaFields,
    seed: z._default(int(0, U32, 'seed'), 1),
    /** What the user typed into the address bar. */
    url: z._default(urlString, DEFAULT_URL),
    /** The browser's HTTP cache for the page (and its sub-resources). */
    cache: z._default(enumOf(['miss', 'fresh', 'stale']), 'miss'),
    /** The validator a stale entry is revalidated with. */
    validator: z._default(enumOf(['etag', 'lastModified']), 'etag'),
    /** Where the DNS answer is found. */
    dns: z._default(enumOf(['browser', 'os', 'hosts', 'resolver', 'iterative']), 'iterative'),
    /** The client's ARP cache: "hit" has every MAC it needs, "miss" is empty. */
    arp: z._default(enumOf(['hit', 'miss']), 'miss'),
    network: z._default(network, {
      clientIp: '192.168.1.10',
      mask: '255.255.255.0',
      gateway: '192.168.1.1',
      serverIp: '93.184.216.34',
      resolverIp: '203.0.113.53',
    }),
    /** The TLS the server speaks (ignored for http URLs). */
    tls: z._default(enumOf(['1.2-rsa', '1.2-ecdhe', '1.3']), '1.3'),
    http: z._default(enumOf(['1.0', '1.1']), '1.1'),
    /** The server's answer to the page request. */
    status: z._default(
      z.literal(HTTP_STATUSES, { error: `must be one of ${HTTP_STATUSES.join(', ')}` }),
      200,
    ),
    /** Location of a 301/302 (ignored for other statuses): one URL or a chain of hops. */
    redirectTo: z.optional(
      z.union([urlString, z.array(urlString).check(z.minLength(1), z.maxLength(MAX_REDIRECTS))], {
        error: `must be a URL or an array of 1 to ${MAX_REDIRECTS} URLs`,
      }),
    ),
    /** Sub-resources the HTML references (CSS, JS, images). */
    resources: z._default(int(0, MAX_RESOURCES, 'sub-resources'), 0),
    latency: z._default(latency, {
      lanRttMs: 1,
      resolverRttMs: 20,
      rootRttMs: 30,
      tldRttMs: 40,
      authoritativeRttMs: 50,
      serverRttMs: 80,
      serverMs: 20,
      hostMs: 1,
      cacheMs: 1,
    }),
    render: z._default(render, {
      domMs: 12,
      cssomMs: 4,
      renderTreeMs: 2,
      layoutMs: 6,
      paintMs: 4,
    }),
  })
  .check(
    z.superRefine((s, ctx) => {
      const issue = (path: (string | number)[], message: string) =>
        ctx.addIssue({ code: 'custom', path, message });
      const n = s.network;
      const mask = ipToInt(n.mask);
      const prefix = prefixLength(mask);
      if (prefix === null)
        issue(
          ['network', 'mask'],
          'must be a contiguous mask (ones then zeros, e.g. 255.255.255.0)',
        );
      else if (prefix < 8 || prefix > 30)
        issue(['network', 'mask'], `must be /8 … /30 (this one is /${prefix})`);
      else {
        const client = ipToInt(n.clientIp);
        const net = (client & mask) >>> 0;
        const bcast = (net | ~mask) >>> 0;
        if (client === net || client === bcast)
          issue(
            ['network', 'clientIp'],
            `must be a host address of its subnet (not ${intToIp(net)} or ${intToIp(bcast)})`,
          );
        const gw = ipToInt(n.gateway);
        if ((gw & mask) >>> 0 !== net)
          issue(
            ['network', 'gateway'],
            `must be in the client's subnet ${intToIp(net)}/${prefix} (${n.gateway} AND ${n.mask} = ${intToIp((gw & mask) >>> 0)})`,
          );
        else if (gw === net || gw === bcast)
          issue(
            ['network', 'gateway'],
            'must be a host address, not the network or broadcast address',
          );
        if (gw === client) issue(['network', 'gateway'], 'must differ from clientIp');
      }
      const first = parseJourneyUrl(s.url);
      const serverIp = first.ok && first.url.hostType === 'ipv4' ? first.url.host : n.serverIp;
      if (serverIp === n.clientIp) issue(['network', 'serverIp'], 'must differ from clientIp');
      if (serverIp === n.gateway) issue(['network', 'serverIp'], 'must differ from the gateway');
      if (n.resolverIp === n.clientIp)
        issue(['network', 'resolverIp'], 'must differ from clientIp');
      if (n.resolverIp === serverIp)
        issue(['network', 'resolverIp'], 'must differ from the web server');
      if (s.status === 304 && s.cache !== 'stale')
        issue(
          ['status'],
          '304 Not Modified answers a conditional request: it needs "cache": "stale"',
        );
      if ((s.status === 301 || s.status === 302) && first.ok) {
        const chain = redirectChain(first.url, s.redirectTo);
        const seen = new Set([withoutFragment(first.url.href)]);
        chain.forEach((u, i) => {
          const path = Array.isArray(s.redirectTo) ? ['redirectTo', i] : ['redirectTo'];
          const r = parseJourneyUrl(u);
          if (!r.ok) return; // reported by the field itself
          const key = withoutFragment(r.url.href);
          if (seen.has(key)) issue(path, `redirect loop: ${r.url.href} was already visited`);
          seen.add(key);
          if (r.url.hostType === 'ipv4' && r.url.host !== serverIp)
            issue(path, `an IP address host must be the web server's (${serverIp})`);
        });
      }
    }),
  );

export type JourneyScenarioInput = z.input<typeof journeyScenarioSchema>;
export type JourneyScenario = z.output<typeof journeyScenarioSchema>;

/**
 * The Location URLs a 301/302 leads through. Without `redirectTo`: http → https (same host and
 * path); https → the same URL with "www." added (or removed when it is already there).
 */
export function redirectChain(
  url: JourneyUrl,
  redirectTo: string | string[] | undefined,
): string[] {
  if (redirectTo !== undefined) return Array.isArray(redirectTo) ? redirectTo : [redirectTo];
  const rest = `${url.defaultPort ? '' : `:${url.port}`}${url.path}${url.query}`;
  if (url.scheme === 'http') return [`https://${url.host}${url.path}${url.query}`];
  const host = url.host.startsWith('www.') ? url.host.slice(4) : `www.${url.host}`;
  return [`https://${host}${rest}`];
}

const withoutFragment = (href: string) => href.replace(/#.*$/, '');

/** "a.b.c.d" → unsigned 32-bit integer. */
export function ipToInt(ip: string): number {
  return ip.split('.').reduce((acc, p) => ((acc << 8) | Number(p)) >>> 0, 0);
}

/** Unsigned 32-bit integer → "a.b.c.d". */
export function intToIp(n: number): string {
  return [24, 16, 8, 0].map((s) => (n >>> s) & 255).join('.');
}

/** The prefix length of a contiguous mask, or null if the ones are not contiguous. */
export function prefixLength(mask: number): number | null {
  const inv = ~mask >>> 0;
  // Contiguous: the zeros form a block 0…01…1, so inv + 1 is a power of two.
  if ((inv & (inv + 1)) !== 0) return null;
  let p = 0;
  for (let m = mask; m & 0x80000000; m = (m << 1) >>> 0) p++;
  return p;
}
