// The inspector's view of the steps before the connection: the parsed URL, the HTTP cache entry,
// DNS lookups and messages (header flags, question, the three record sections), the next-hop
// choice (the AND with the mask) and ARP messages. Pure: runs in Node.
import type { DnsRecord, JourneyEventOf } from '../../engine/journey/trace';
import type { Translate } from '../../i18n/i18n';
import { dnsId } from '../../narration/journeyFormat';
import type { InspectBlock, InspectRow } from './inspectModel';

const row = (label: string, value: string, extra: Partial<InspectRow> = {}): InspectRow => ({
  label,
  value,
  ...extra,
});
const yesNo = (b: boolean, t: Translate) => (b ? t('insp.yes') : t('insp.no'));

/** The parsed URL. */
export function navigationBlocks(
  e: JourneyEventOf<'navigation.started'>,
  t: Translate,
): InspectBlock[] {
  const u = e.url;
  const rows: InspectRow[] = [
    row(t('insp.url.typed'), u.input, { mono: true }),
    row(t('insp.url.href'), u.href, { mono: true }),
    row(t('insp.url.scheme'), u.scheme, { mono: true }),
    row(t('insp.url.host'), u.hostUnicode, {
      mono: true,
      note: t(u.hostType === 'ipv4' ? 'insp.url.ipv4' : 'insp.url.domain'),
    }),
  ];
  if (u.host !== u.hostUnicode)
    rows.push(
      row(t('insp.url.punycode'), u.host, { mono: true, note: t('insp.url.punycodeNote') }),
    );
  rows.push(
    row(t('insp.url.port'), String(u.port), {
      mono: true,
      note: t(u.defaultPort ? 'insp.url.portDefault' : 'insp.url.portExplicit'),
    }),
    row(t('insp.url.path'), u.path, { mono: true }),
  );
  if (u.query)
    rows.push(row(t('insp.url.query'), u.query, { mono: true, note: t('insp.url.sent') }));
  if (u.fragment)
    rows.push(row(t('insp.url.fragment'), u.fragment, { mono: true, note: t('insp.url.notSent') }));
  rows.push(row(t('insp.url.origin'), u.origin, { mono: true }));
  if (e.redirectedFrom)
    rows.push(
      row(t('insp.url.redirectedFrom'), e.redirectedFrom, {
        mono: true,
        note: String(e.redirectStatus ?? ''),
      }),
    );
  return [{ kind: 'fields', rows }];
}

/** The HTTP cache entry and the freshness test. */
export function cacheBlocks(e: JourneyEventOf<'cache.lookup'>, t: Translate): InspectBlock[] {
  const rows: InspectRow[] = [
    row(t('insp.cache.url'), e.url, { mono: true }),
    row(t('insp.cache.result'), t(`insp.cache.${e.result}`)),
  ];
  const x = e.entry;
  if (x) {
    rows.push(
      row(t('insp.cache.age'), t('insp.seconds', { n: x.ageS })),
      row('Cache-Control', `max-age=${x.maxAgeS}`, { mono: true }),
      row(
        t('insp.cache.test'),
        t(x.ageS < x.maxAgeS ? 'insp.cache.testFresh' : 'insp.cache.testStale', {
          age: x.ageS,
          maxAge: x.maxAgeS,
        }),
      ),
      row('ETag', x.etag ?? '—', {
        mono: true,
        note: x.etag ? t('insp.cache.etagNote') : undefined,
      }),
      row('Last-Modified', x.lastModified ?? '—', {
        mono: true,
        note: x.lastModified ? t('insp.cache.lastModifiedNote') : undefined,
      }),
    );
  }
  return [{ kind: 'fields', rows }];
}

/** A DNS cache or hosts-file lookup. */
export function dnsLookupBlocks(e: JourneyEventOf<'dns.lookup'>, t: Translate): InspectBlock[] {
  const rows: InspectRow[] = [
    row(t('insp.dns.where'), t(`insp.dns.where.${e.where}`)),
    row(t('insp.dns.name'), e.name, { mono: true }),
    row(t('insp.cache.result'), t(e.result === 'hit' ? 'insp.hit' : 'insp.miss')),
  ];
  if (e.hostsLine) rows.push(row(t('insp.dns.hostsLine'), e.hostsLine, { mono: true }));
  const blocks: InspectBlock[] = [{ kind: 'fields', rows }];
  if (e.record) blocks.push(recordTable(t('insp.dns.record'), [e.record], t));
  return blocks;
}

function recordTable(title: string, records: DnsRecord[], t: Translate): InspectBlock {
  return {
    kind: 'table',
    title,
    columns: [t('insp.dns.name'), 'TYPE', 'CLASS', 'TTL', t('insp.dns.data')],
    rows: records.map((r) => [r.name, r.type, r.class, t('insp.seconds', { n: r.ttl }), r.data]),
  };
}

/** A DNS query or response: transport, header flags, question and the three sections. */
export function dnsMessageBlocks(e: JourneyEventOf<'dns.message'>, t: Translate): InspectBlock[] {
  const m = e.message;
  const server = `${t(`insp.node.${e.server}`)}${e.serverName ? ` ${e.serverName}` : ''}`;
  const head: InspectRow[] = [
    row(t('insp.dns.kind'), t(`insp.dns.role.${e.role}`)),
    row(t('insp.dns.server'), server, { mono: !!e.serverName }),
    row(t('insp.transport'), `UDP ${e.ip.src}:${e.ip.srcPort} → ${e.ip.dst}:${e.ip.dstPort}`, {
      mono: true,
      note: t('insp.dns.udp'),
    }),
  ];
  if (e.ethernet)
    head.push(row('Ethernet', `${e.ethernet.src} → ${e.ethernet.dst}`, { mono: true }));
  const flag = (name: string, on: boolean, key: 'qr' | 'aa' | 'tc' | 'rd' | 'ra') =>
    row(name, on ? '1' : '0', { mono: true, note: t(`insp.dns.flag.${key}.${on ? 1 : 0}`) });
  const header: InspectRow[] = [
    row('ID', dnsId(m.id), { mono: true, note: t('insp.dns.id') }),
    flag('QR', m.qr, 'qr'),
    row('OPCODE', m.opcode, { mono: true }),
    flag('AA', m.aa, 'aa'),
    flag('TC', m.tc, 'tc'),
    flag('RD', m.rd, 'rd'),
    flag('RA', m.ra, 'ra'),
    row('RCODE', m.rcode, { mono: true }),
    row('QD/AN/NS/AR', `1 / ${m.answer.length} / ${m.authority.length} / ${m.additional.length}`, {
      mono: true,
      note: t('insp.dns.counts'),
    }),
  ];
  const blocks: InspectBlock[] = [
    { kind: 'fields', rows: head },
    { kind: 'fields', title: t('insp.dns.header'), rows: header },
    {
      kind: 'table',
      title: t('insp.dns.question'),
      columns: [t('insp.dns.name'), 'TYPE', 'CLASS'],
      rows: [[m.question.name, m.question.type, m.question.class]],
    },
  ];
  if (m.answer.length) blocks.push(recordTable(t('insp.dns.answer'), m.answer, t));
  if (m.authority.length) blocks.push(recordTable(t('insp.dns.authority'), m.authority, t));
  if (m.additional.length) blocks.push(recordTable(t('insp.dns.additional'), m.additional, t));
  return blocks;
}

/** An IPv4 address in binary, octets separated by dots. */
export const binaryIp = (ip: string): string =>
  ip
    .split('.')
    .map((o) => Number(o).toString(2).padStart(8, '0'))
    .join('.');

/** The next-hop choice: both ANDs with the mask (decimal and binary), and the ARP cache. */
export function arpLookupBlocks(e: JourneyEventOf<'arp.lookup'>, t: Translate): InspectBlock[] {
  const and = (who: string, ip: string, net: string) => [
    who,
    `${ip} AND ${e.mask} = ${net}`,
    `${binaryIp(ip)}\n${binaryIp(e.mask)}\n${binaryIp(net)}`,
  ];
  return [
    {
      kind: 'table',
      title: t('insp.arp.subnetTest'),
      columns: [t('insp.arp.host'), t('insp.arp.and'), t('insp.arp.binary')],
      rows: [
        and(t('insp.arp.client'), e.clientIp, e.clientNetwork),
        and(t('insp.arp.dest'), e.destIp, e.destNetwork),
      ],
    },
    {
      kind: 'fields',
      rows: [
        row(t('insp.arp.purpose'), t(`insp.arp.purpose.${e.purpose}`)),
        row(t('insp.arp.sameSubnet'), yesNo(e.sameSubnet, t)),
        row(t('insp.arp.nextHop'), e.nextHopIp, {
          mono: true,
          note: t(e.viaGateway ? 'insp.arp.viaGateway' : 'insp.arp.direct'),
        }),
        row(t('insp.arp.cache'), t(e.result === 'hit' ? 'insp.hit' : 'insp.miss')),
        ...(e.mac ? [row(t('insp.arp.mac'), e.mac, { mono: true })] : []),
      ],
    },
  ];
}

/** An ARP request or reply (RFC 826) with its Ethernet header. */
export function arpMessageBlocks(e: JourneyEventOf<'arp.message'>, t: Translate): InspectBlock[] {
  const request = e.op === 'request';
  return [
    {
      kind: 'fields',
      title: t('insp.arp.ethernet'),
      rows: [
        row(t('insp.arp.ethDst'), e.ethernet.dst, {
          mono: true,
          note: t(e.broadcast ? 'insp.arp.broadcast' : 'insp.arp.unicast'),
        }),
        row(t('insp.arp.ethSrc'), e.ethernet.src, { mono: true }),
        row('EtherType', '0x0806 (ARP)', { mono: true }),
      ],
    },
    {
      kind: 'fields',
      title: 'ARP',
      rows: [
        row(
          t('insp.arp.op'),
          request ? `1 (${t('insp.arp.request')})` : `2 (${t('insp.arp.reply')})`,
          { mono: true },
        ),
        row(t('insp.arp.senderMac'), e.senderMac, { mono: true }),
        row(t('insp.arp.senderIp'), e.senderIp, { mono: true }),
        row(t('insp.arp.targetMac'), e.targetMac, {
          mono: true,
          note: request ? t('insp.arp.unknownMac') : undefined,
        }),
        row(t('insp.arp.targetIp'), e.targetIp, { mono: true }),
      ],
    },
  ];
}
