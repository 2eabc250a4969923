// The inspector's view of a TLS message: the record (type, encrypted or not, flight, bytes), the
// key fields of the handshake message, the certificate chain, and which keys each side holds now.
// Pure: runs in Node.
import type { JourneyEventOf, TlsKey, TlsProtection } from '../../engine/journey/trace';
import type { Translate } from '../../i18n/i18n';
import { hexShort } from '../../narration/journeyFormat';
import type { InspectBlock, InspectRow } from './inspectModel';

type TlsEvent = JourneyEventOf<'tls.message'>;

/** Every key in the order it comes to exist (TLS 1.2 first, then TLS 1.3's schedule). */
export const KEY_ORDER: readonly TlsKey[] = [
  'preMasterSecret',
  'masterSecret',
  'sessionKeys',
  'sharedSecret',
  'handshakeTrafficKeys',
  'applicationTrafficKeys',
  'resumptionMasterSecret',
];

/** Hex digits shown of a long value (the full value is in the row's `full`). */
const HEX_CHARS = 32;

const row = (label: string, value: string, extra: Partial<InspectRow> = {}): InspectRow => ({
  label,
  value,
  ...extra,
});
const hexRow = (label: string, hex: string, t: Translate): InspectRow =>
  row(label, hexShort(hex, HEX_CHARS), {
    mono: true,
    full: hex.length > HEX_CHARS ? hex : undefined,
    note: t('insp.tls.bytes', { bytes: hex.length / 2 }),
  });

/** The blocks of a TLS message. */
export function tlsBlocks(e: TlsEvent, t: Translate): InspectBlock[] {
  const record: InspectRow[] = [
    row(t('insp.tls.sender'), t(`insp.tls.role.${e.sender}`)),
    row(t('insp.tls.version'), e.version),
    row(t('insp.tls.contentType'), e.contentType, { mono: true }),
    row(
      t('insp.tls.encrypted'),
      e.encrypted ? t('insp.yes') : t('insp.no'),
      e.encrypted ? { note: t('insp.tls.encryptedNote') } : { note: t('insp.tls.plainNote') },
    ),
    row(t('insp.tls.flight'), e.flight > 0 ? String(e.flight) : t('insp.tls.afterHandshake')),
    row(t('insp.wireBytes'), t('insp.bytesIn', { bytes: e.wireBytes, segments: e.segIds.length })),
  ];
  const blocks: InspectBlock[] = [
    { kind: 'fields', title: t('insp.tls.record'), rows: record },
    ...detailBlocks(e, t),
    keysBlock(e, t),
  ];
  return blocks;
}

function detailBlocks(e: TlsEvent, t: Translate): InspectBlock[] {
  const d = e.detail;
  const title = d.type;
  const fields = (rows: InspectRow[]): InspectBlock[] => [{ kind: 'fields', title, rows }];
  switch (d.type) {
    case 'ClientHello':
      return fields([
        row('legacy_version', d.legacyVersion, { mono: true, note: t('insp.tls.legacyVersion') }),
        hexRow('random', d.random, t),
        hexRow('session_id', d.sessionId, t),
        row('cipher_suites', d.cipherSuites.join('\n'), {
          mono: true,
          note: t('insp.tls.cipherSuites', { count: d.cipherSuites.length }),
        }),
        row('server_name (SNI)', d.serverName, { mono: true, note: t('insp.tls.sni') }),
        row('supported_versions', d.supportedVersions.join(', ')),
        row('supported_groups', d.supportedGroups.join(', '), { mono: true }),
        ...d.keyShares.map((k) =>
          row(`key_share (${k.group})`, hexShort(k.publicKey, HEX_CHARS), {
            mono: true,
            full: k.publicKey,
            note: t('insp.tls.keyShare'),
          }),
        ),
        row('signature_algorithms', d.signatureAlgorithms.join(', '), { mono: true }),
        row('ALPN', d.alpn.join(', '), { mono: true }),
      ]);
    case 'ServerHello':
      return fields([
        row(t('insp.tls.negotiated'), d.version),
        row('legacy_version', d.legacyVersion, { mono: true }),
        hexRow('random', d.random, t),
        hexRow('session_id', d.sessionId, t),
        row('cipher_suite', d.cipherSuite, { mono: true, note: t('insp.tls.cipherSuite') }),
        ...(d.keyShare
          ? [
              row(`key_share (${d.keyShare.group})`, hexShort(d.keyShare.publicKey, HEX_CHARS), {
                mono: true,
                full: d.keyShare.publicKey,
                note: t('insp.tls.keyShare'),
              }),
            ]
          : []),
      ]);
    case 'EncryptedExtensions':
      return fields([
        row('ALPN', d.alpn, { mono: true }),
        row('server_name', d.serverName ? t('insp.tls.sniAck') : t('insp.no')),
      ]);
    case 'Certificate':
      return [
        {
          kind: 'table',
          title: t('insp.tls.chain', { count: d.chain.length }),
          columns: [
            t('insp.cert.subject'),
            t('insp.cert.issuer'),
            t('insp.cert.san'),
            t('insp.cert.publicKey'),
            t('insp.cert.valid'),
          ],
          rows: d.chain.map((c) => [
            c.subject,
            c.issuer,
            c.san.length ? c.san.join(', ') : '—',
            c.publicKey,
            `${c.notBefore.slice(0, 10)} … ${c.notAfter.slice(0, 10)}`,
          ]),
        },
      ];
    case 'ServerKeyExchange':
      return fields([
        row(t('insp.tls.curve'), d.curve, { mono: true }),
        row(t('insp.tls.publicKey'), hexShort(d.publicKey, HEX_CHARS), {
          mono: true,
          full: d.publicKey,
          note: t('insp.tls.ephemeral'),
        }),
        row('signature_algorithm', d.signatureAlgorithm, { mono: true }),
        hexRow('signature', d.signature, t),
      ]);
    case 'CertificateVerify':
      return fields([
        row('signature_algorithm', d.signatureAlgorithm, { mono: true }),
        hexRow('signature', d.signature, t),
      ]);
    case 'ServerHelloDone':
    case 'ChangeCipherSpec':
      return fields([row(t('insp.tls.body'), t(`insp.tls.about.${d.type}`))]);
    case 'ClientKeyExchange':
      return fields([
        row(t('insp.tls.keyExchange'), d.keyExchange),
        ...(d.encryptedPreMasterSecret
          ? [
              {
                ...hexRow(t('insp.tls.encryptedPms'), d.encryptedPreMasterSecret, t),
                note: t('insp.tls.encryptedPmsNote'),
              },
            ]
          : []),
        ...(d.publicKey
          ? [
              row(t('insp.tls.publicKey'), hexShort(d.publicKey, HEX_CHARS), {
                mono: true,
                full: d.publicKey,
                note: t('insp.tls.ephemeral'),
              }),
            ]
          : []),
      ]);
    case 'Finished':
      return fields([
        {
          ...hexRow('verify_data', d.verifyData, t),
          note: t('insp.tls.verifyData', { bytes: d.verifyData.length / 2 }),
        },
      ]);
    case 'NewSessionTicket':
      return fields([
        row('ticket_lifetime', t('insp.seconds', { n: d.lifetimeS })),
        row(t('insp.tls.ticket'), t('insp.bytes', { bytes: d.ticketBytes })),
      ]);
    case 'Alert':
      return fields([
        row('level', d.level, { mono: true }),
        row('description', d.description, { mono: true }),
      ]);
  }
}

/** The "keys now" table: each key that exists on either side, ✓ per side, and what protects each side's records. */
function keysBlock(e: TlsEvent, t: Translate): InspectBlock {
  const k = e.keys;
  const known = KEY_ORDER.filter((key) => k.client.includes(key) || k.server.includes(key));
  const mark = (has: boolean) => (has ? '✓' : '—');
  const rows = known.map((key) => [
    t(`jn.key.${key}`),
    mark(k.client.includes(key)),
    mark(k.server.includes(key)),
  ]);
  rows.push([t('insp.keys.sends'), protection(k.clientSends, t), protection(k.serverSends, t)]);
  return {
    kind: 'table',
    title: t('insp.keys.title'),
    columns: [t('insp.keys.key'), t('insp.tls.role.client'), t('insp.tls.role.server')],
    rows,
    note: known.length === 0 ? t('jn.key.none') : undefined,
  };
}

const protection = (p: TlsProtection, t: Translate): string =>
  p === 'none' ? t('insp.keys.plain') : t(`jn.key.${p}`);
