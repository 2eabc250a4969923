// The DNS the journey resolves in (RFC 1034 / RFC 1035): which name servers serve a name (root,
// TLD, the domain's authoritative servers, with real names and addresses for well-known zones),
// the referrals and answers they give with their TTLs, and the messages' header flags.
import type { DnsMessage, DnsRecord } from './trace';
import { fnv1a } from './http';

/** A set of name servers for a zone; queries go to the first. */
export interface ZoneServers {
  /** FQDN of the zone ("." for the root). */
  zone: string;
  names: string[];
  ips: string[];
}

/** TTLs (seconds): delegations as the root and TLD servers publish them, and the site's A record. */
export const TTL = {
  delegation: 172_800,
  answer: 300,
  resolverLeft: 187,
  osLeft: 122,
  browserLeft: 42,
};

/** Two-label public suffixes whose registry runs at the TLD's servers (a small, fixed list). */
const SECOND_LEVEL = new Set([
  'com.cn',
  'net.cn',
  'org.cn',
  'gov.cn',
  'edu.cn',
  'ac.cn',
  'co.uk',
  'org.uk',
  'ac.uk',
  'gov.uk',
  'com.au',
  'net.au',
  'org.au',
  'co.jp',
  'ne.jp',
  'or.jp',
  'ac.jp',
  'com.br',
  'co.nz',
  'co.in',
  'com.hk',
  'com.tw',
  'co.kr',
]);

export const fqdn = (name: string) => (name.endsWith('.') ? name : `${name}.`);

/** A host's TLD and registered domain (without trailing dots). */
export function zonesOf(host: string): { tld: string; domain: string } {
  const labels = host.replace(/\.$/, '').toLowerCase().split('.');
  const tld = labels[labels.length - 1]!;
  const two = labels.slice(-2).join('.');
  const domain = SECOND_LEVEL.has(two) && labels.length > 2 ? labels.slice(-3).join('.') : two;
  return { tld, domain };
}

export const ROOT: ZoneServers = {
  zone: '.',
  names: ['a.root-servers.net.', 'b.root-servers.net.'],
  ips: ['198.41.0.4', '170.247.170.2'],
};

const KNOWN_TLD: Record<string, Omit<ZoneServers, 'zone'>> = {
  com: {
    names: ['a.gtld-servers.net.', 'b.gtld-servers.net.'],
    ips: ['192.5.6.30', '192.33.14.30'],
  },
  net: {
    names: ['a.gtld-servers.net.', 'b.gtld-servers.net.'],
    ips: ['192.5.6.30', '192.33.14.30'],
  },
  org: {
    names: ['a0.org.afilias-nst.info.', 'a2.org.afilias-nst.info.'],
    ips: ['199.19.56.1', '199.249.112.1'],
  },
  cn: { names: ['a.dns.cn.', 'b.dns.cn.'], ips: ['203.119.25.1', '203.119.26.1'] },
};

const IANA = {
  names: ['a.iana-servers.net.', 'b.iana-servers.net.'],
  ips: ['199.43.135.53', '199.43.133.53'],
};

/** An address in a documentation range, fixed per name. */
const docIp = (prefix: string, name: string) => `${prefix}.${1 + (fnv1a(name) % 254)}`;

/** The TLD's name servers (real for com, net, org, cn; a.nic.<tld> in 198.51.100.0/24 otherwise). */
export function tldServers(tld: string): ZoneServers {
  const known = KNOWN_TLD[tld];
  if (known) return { zone: `${tld}.`, ...known };
  const names = [`a.nic.${tld}.`, `b.nic.${tld}.`];
  return { zone: `${tld}.`, names, ips: names.map((n) => docIp('198.51.100', n)) };
}

/** The domain's authoritative servers (IANA's for example.com/.net/.org; ns1/ns2 otherwise). */
export function authoritativeServers(domain: string): ZoneServers {
  if (/^example\.(com|net|org)$/.test(domain)) return { zone: `${domain}.`, ...IANA };
  const names = [`ns1.${domain}.`, `ns2.${domain}.`];
  return { zone: `${domain}.`, names, ips: names.map((n) => docIp('192.0.2', n)) };
}

const rr = (name: string, type: 'A' | 'NS', ttl: number, data: string): DnsRecord => ({
  name,
  type,
  class: 'IN',
  ttl,
  data,
});

/** A referral to `child`'s servers: NS records in authority, their addresses (glue) in additional. */
export function referral(child: ZoneServers): { authority: DnsRecord[]; additional: DnsRecord[] } {
  return {
    authority: child.names.map((n) => rr(child.zone, 'NS', TTL.delegation, n)),
    additional: child.names.map((n, i) => rr(n, 'A', TTL.delegation, child.ips[i]!)),
  };
}

/** The A record of `host`. */
export const aRecord = (host: string, ip: string, ttl: number): DnsRecord =>
  rr(fqdn(host), 'A', ttl, ip);

/** A query for `host`'s A record; `rd`: recursion desired (stub → resolver). */
export function query(id: number, host: string, rd: boolean): DnsMessage {
  return {
    id,
    qr: false,
    opcode: 'QUERY',
    aa: false,
    tc: false,
    rd,
    ra: false,
    rcode: 'NOERROR',
    question: { name: fqdn(host), type: 'A', class: 'IN' },
    answer: [],
    authority: [],
    additional: [],
  };
}

/** The response to `q`. `aa`: from the zone's authoritative server; `ra`: the resolver answers. */
export function response(
  q: DnsMessage,
  o: {
    aa: boolean;
    ra: boolean;
    answer?: DnsRecord[];
    authority?: DnsRecord[];
    additional?: DnsRecord[];
  },
): DnsMessage {
  return {
    ...q,
    qr: true,
    aa: o.aa,
    ra: o.ra,
    answer: o.answer ?? [],
    authority: o.authority ?? [],
    additional: o.additional ?? [],
  };
}
