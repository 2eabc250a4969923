// TLS records and clear handshake messages (RFC 5246, RFC 8446) from real-looking bytes: a TLS 1.2
// and a TLS 1.3 handshake, records split across segments, reordered, retransmitted and cut by the
// snap length.
import { describe, expect, it } from 'vitest';
import { buildConversations } from './conversations';
import { isHelloRetryRequest, parseHandshake, parseTlsPayload } from './tls';
import { cipherSuiteName, tlsVersionName } from './tlsNames';
import {
  SegmentBuilder,
  ascii,
  concat,
  ext,
  handshakeMsg,
  hex,
  tlsRecord,
  u16,
  u8,
  vec16,
  vec24,
  vec8,
} from './testing/segments';
import type { Conversation, TlsRecord } from './types';

// A TLS 1.2 ClientHello as a browser of the TLS 1.2 era sends it, byte by byte.
const CLIENT_HELLO_12 = hex(`
  16 03 01 00 5f                                  record: handshake, TLS 1.0, 95 bytes
  01 00 00 5b                                     client_hello, 91 bytes
  03 03                                           client_version TLS 1.2
  10 11 12 13 14 15 16 17 18 19 1a 1b 1c 1d 1e 1f random
  20 21 22 23 24 25 26 27 28 29 2a 2b 2c 2d 2e 2f
  00                                              session_id: empty
  00 08 c0 2f c0 30 00 9c 00 ff                   4 cipher suites
  01 00                                           compression: null
  00 2a                                           extensions, 42 bytes
  00 00 00 11 00 0f 00 00 0c                      server_name: host_name, 12 bytes
  73 68 6f 70 2e 65 78 61 6d 70 6c 65             "shop.example"
  00 10 00 0b 00 09 08                            ALPN: one protocol, 8 bytes
  68 74 74 70 2f 31 2e 31                         "http/1.1"
  00 0b 00 02 01 00                               ec_point_formats: uncompressed
`);

const random = (seed: number) => Uint8Array.from({ length: 32 }, (_, i) => (seed + i * 7) & 0xff);
const HRR_RANDOM = hex(
  'cf21ad74e59a6111be1d8c021e65b891c2a211167abb8c5e079e09e2c8a8339c', // RFC 8446 §4.1.3
);

/** A TLS 1.3 ClientHello like curl's: GREASE, SNI, groups, ALPN, versions, a key share. */
const clientHello13 = (sni = 'example.test') =>
  handshakeMsg(
    1,
    concat(
      u16(0x0303), // legacy_version
      random(1),
      vec8(random(2)), // legacy_session_id (middlebox compatibility)
      vec16(u16(0x2a2a), u16(0x1301), u16(0x1302), u16(0x1303), u16(0xc02b), u16(0xc02f)),
      vec8(u8(0)), // legacy_compression_methods: null
      vec16(
        ext(0x2a2a, new Uint8Array(0)), // GREASE extension
        ext(0, vec16(u8(0), vec16(ascii(sni)))), // server_name
        ext(10, vec16(u16(0x001d), u16(0x0017))), // supported_groups: x25519, secp256r1
        ext(16, vec16(vec8(ascii('h2')), vec8(ascii('http/1.1')))), // ALPN
        ext(13, vec16(u16(0x0804), u16(0x0403))), // signature_algorithms
        ext(43, vec8(u16(0x3a3a), u16(0x0304), u16(0x0303))), // supported_versions
        ext(51, vec16(u16(0x001d), vec16(random(3)))), // key_share: x25519
      ),
    ),
  );

/** A TLS 1.3 ServerHello (or a HelloRetryRequest with its special random). */
const serverHello13 = (hrr = false) =>
  handshakeMsg(
    2,
    concat(
      u16(0x0303),
      hrr ? HRR_RANDOM : random(4),
      vec8(random(2)),
      u16(0x1302), // TLS_AES_256_GCM_SHA384
      u8(0),
      vec16(
        ext(43, u16(0x0304)), // supported_versions: TLS 1.3
        hrr ? ext(51, u16(0x0017)) : ext(51, concat(u16(0x001d), vec16(random(5)))),
      ),
    ),
  );

/** A TLS 1.2 ServerHello choosing ECDHE-RSA-AES128-GCM and http/1.1. */
const serverHello12 = handshakeMsg(
  2,
  concat(
    u16(0x0303),
    random(6),
    vec8(random(7)),
    u16(0xc02f),
    u8(0),
    vec16(
      ext(0xff01, vec8()), // renegotiation_info
      ext(16, vec16(vec8(ascii('http/1.1')))),
      ext(11, vec8(u8(0))),
    ),
  ),
);
const cert = (n: number) => concat(hex('30 82'), u16(n), new Uint8Array(n).fill(0x5a));
const certificate12 = handshakeMsg(11, vec24(vec24(cert(600)), vec24(cert(500))));
const serverKeyExchange = handshakeMsg(
  12,
  concat(u8(3), u16(0x001d), vec8(random(8)), u16(0x0804), vec16(new Uint8Array(256))),
);
const serverHelloDone = handshakeMsg(14, new Uint8Array(0));
const clientKeyExchange = handshakeMsg(16, vec8(random(9)));
const CCS = tlsRecord(20, u8(1));
const encrypted = (type: number, n: number) => tlsRecord(type, new Uint8Array(n).fill(0xa5));

/** A conversation: handshake, then each payload as one data segment from its side. */
function converse(...sends: ['client' | 'server', Uint8Array][]): Conversation {
  const b = new SegmentBuilder({ serverIsn: 4294967000 });
  b.handshake();
  for (const [from, payload] of sends) b.data(from, payload);
  return buildConversations(b.packets)[0]!;
}
const tlsOf = (c: Conversation) => c.segments.map((s) => s.tls ?? []);
const brief = (r: TlsRecord) =>
  `${r.contentType}${r.encrypted ? '*' : ''}${r.handshakes ? '(' + r.handshakes.map((h) => h.type).join(',') + ')' : ''}`;

describe('TLS names', () => {
  it('names common suites and versions, hex for the rest, GREASE as such', () => {
    expect(cipherSuiteName(0x1301)).toBe('TLS_AES_128_GCM_SHA256');
    expect(cipherSuiteName(0xc030)).toBe('TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384');
    expect(cipherSuiteName(0xcca8)).toBe('TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256');
    expect(cipherSuiteName(0x1306)).toBe('0x1306');
    expect(cipherSuiteName(0x0a0a)).toBe('GREASE (0x0a0a)');
    expect(tlsVersionName(0x0304)).toBe('TLS 1.3');
    expect(tlsVersionName(0x7f1c)).toBe('0x7f1c');
  });
});

describe('TLS records', () => {
  it('reads a TLS 1.2 ClientHello: suites, SNI, ALPN, version', () => {
    expect(parseTlsPayload(CLIENT_HELLO_12)).toEqual([
      {
        contentType: 'handshake',
        version: 'TLS 1.0',
        length: 95,
        encrypted: false,
        handshakes: [
          {
            type: 'client_hello',
            cipherSuites: [
              'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
              'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
              'TLS_RSA_WITH_AES_128_GCM_SHA256',
              'TLS_EMPTY_RENEGOTIATION_INFO_SCSV',
            ],
            sni: 'shop.example',
            alpn: ['http/1.1'],
            versions: ['TLS 1.2'],
          },
        ],
      },
    ]);
  });

  it('reads a TLS 1.3 ClientHello with GREASE and supported_versions', () => {
    const [r] = parseTlsPayload(tlsRecord(22, clientHello13(), 0x0301));
    expect(r!.handshakes).toEqual([
      {
        type: 'client_hello',
        cipherSuites: [
          'GREASE (0x2a2a)',
          'TLS_AES_128_GCM_SHA256',
          'TLS_AES_256_GCM_SHA384',
          'TLS_CHACHA20_POLY1305_SHA256',
          'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
          'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
        ],
        sni: 'example.test',
        alpn: ['h2', 'http/1.1'],
        versions: ['GREASE (0x3a3a)', 'TLS 1.3', 'TLS 1.2'],
      },
    ]);
  });

  it('a TLS 1.2 handshake: the server flight split mid-record, CCS then encrypted', () => {
    const flight = concat(
      tlsRecord(22, serverHello12),
      tlsRecord(22, certificate12),
      tlsRecord(22, serverKeyExchange),
      tlsRecord(22, serverHelloDone),
    );
    const cut = 300; // inside the Certificate record
    const c = converse(
      ['client', CLIENT_HELLO_12],
      ['server', flight.subarray(0, cut)],
      ['server', flight.subarray(cut)],
      ['client', concat(tlsRecord(22, clientKeyExchange), CCS, encrypted(22, 40))],
      ['server', concat(CCS, encrypted(22, 40))],
      ['client', encrypted(23, 100)],
      ['client', encrypted(21, 26)],
    );
    expect(
      tlsOf(c)
        .slice(3)
        .map((rs) => rs.map(brief)),
    ).toEqual([
      ['handshake(client_hello)'],
      ['handshake(server_hello)', 'handshake(certificate)'],
      ['handshake(server_key_exchange)', 'handshake(server_hello_done)'],
      ['handshake(client_key_exchange)', 'change_cipher_spec', 'handshake*'],
      ['change_cipher_spec', 'handshake*'],
      ['application_data*'],
      ['alert*'],
    ]);
    const hello = c.segments[4]!.tls![0]!.handshakes![0];
    expect(hello).toEqual({
      type: 'server_hello',
      cipherSuite: 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
      alpn: ['http/1.1'],
      versions: ['TLS 1.2'],
    });
    expect(c.segments[4]!.tls![1]!.handshakes).toEqual([{ type: 'certificate', certificates: 2 }]);
  });

  it('a TLS 1.3 handshake: everything after the ServerHello is encrypted but the compat CCS', () => {
    const c = converse(
      ['client', tlsRecord(22, clientHello13(), 0x0301)],
      [
        'server',
        concat(tlsRecord(22, serverHello13()), CCS, encrypted(23, 40), encrypted(23, 900)),
      ],
      ['client', concat(CCS, encrypted(23, 53))],
      ['client', encrypted(23, 80)],
      ['server', tlsRecord(22, handshakeMsg(4, new Uint8Array(20)))], // were it in clear
    );
    expect(
      tlsOf(c)
        .slice(3)
        .map((rs) => rs.map(brief)),
    ).toEqual([
      ['handshake(client_hello)'],
      ['handshake(server_hello)', 'change_cipher_spec', 'application_data*', 'application_data*'],
      ['change_cipher_spec', 'application_data*'],
      ['application_data*'],
      ['handshake*'],
    ]);
    expect(c.segments[4]!.tls![0]).toEqual({
      contentType: 'handshake',
      version: 'TLS 1.2',
      length: serverHello13().length,
      encrypted: false,
      handshakes: [
        { type: 'server_hello', cipherSuite: 'TLS_AES_256_GCM_SHA384', versions: ['TLS 1.3'] },
      ],
    });
  });

  it('after a HelloRetryRequest the second ClientHello is still in clear', () => {
    expect(isHelloRetryRequest(serverHello13(true).subarray(4))).toBe(true);
    const c = converse(
      ['client', tlsRecord(22, clientHello13(), 0x0301)],
      ['server', concat(tlsRecord(22, serverHello13(true)), CCS)],
      ['client', concat(CCS, tlsRecord(22, clientHello13('again.test')))],
      ['server', concat(tlsRecord(22, serverHello13()), encrypted(23, 30))],
    );
    expect(
      tlsOf(c)
        .slice(3)
        .map((rs) => rs.map(brief)),
    ).toEqual([
      ['handshake(client_hello)'],
      ['handshake(server_hello)', 'change_cipher_spec'],
      ['change_cipher_spec', 'handshake(client_hello)'],
      ['handshake(server_hello)', 'application_data*'],
    ]);
    expect(c.segments[5]!.tls![1]!.handshakes![0]!.sni).toBe('again.test');
  });

  it('reads each byte once: a retransmitted ClientHello adds no record', () => {
    const b = new SegmentBuilder();
    b.handshake();
    b.data('client', CLIENT_HELLO_12); // 4
    b.data('client', CLIENT_HELLO_12, { seq: 1, t: 300 }); // 5: retransmission
    b.data('server', tlsRecord(22, serverHello12)); // 6
    const c = buildConversations(b.packets)[0]!;
    expect(c.segments[4]!.analysis).toEqual(['retransmission']);
    expect(c.segments.map((s) => (s.tls ?? []).length)).toEqual([0, 0, 0, 1, 0, 1]);
  });

  it('puts segments back in order: records attach where their first byte is', () => {
    const flight = concat(tlsRecord(22, serverHello12), tlsRecord(22, serverHelloDone));
    const b = new SegmentBuilder();
    b.handshake();
    b.data('client', CLIENT_HELLO_12); // 4
    b.data('server', flight.subarray(50), { seq: 51 }); // 5: arrives first
    b.data('server', flight.subarray(0, 50), { seq: 1 }); // 6: the bytes before it
    const c = buildConversations(b.packets)[0]!;
    expect(c.segments[4]!.analysis).toEqual(['lost-segment']);
    expect(c.segments[5]!.tls!.map(brief)).toEqual(['handshake(server_hello)']);
    expect(c.segments[4]!.tls!.map(brief)).toEqual(['handshake(server_hello_done)']);
  });

  it('a snap length cuts the ClientHello: read as far as captured, then go on', () => {
    const b = new SegmentBuilder();
    b.handshake();
    const p = b.data('client', CLIENT_HELLO_12.subarray(0, 60), { len: CLIENT_HELLO_12.length });
    expect(p.len).toBe(100);
    b.data('client', tlsRecord(22, clientKeyExchange));
    const c = buildConversations(b.packets)[0]!;
    expect(c.segments[3]!.tls).toEqual([
      {
        contentType: 'handshake',
        version: 'TLS 1.0',
        length: 95,
        encrypted: false,
        handshakes: [
          {
            type: 'client_hello',
            cipherSuites: [
              'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
              'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
              'TLS_RSA_WITH_AES_128_GCM_SHA256',
              'TLS_EMPTY_RENEGOTIATION_INFO_SCSV',
            ],
            versions: ['TLS 1.2'],
          },
        ],
      },
    ]);
    // The next record header was captured: it is read, its message no longer is (alignment lost).
    expect(c.segments[4]!.tls!.map(brief)).toEqual(['handshake']);
  });

  it('a header in the snap-length hole ends TLS for that direction', () => {
    const b = new SegmentBuilder();
    b.handshake();
    b.data('client', CLIENT_HELLO_12.subarray(0, 3), { len: 105 }); // header cut, then 5 more
    b.data('client', tlsRecord(22, clientKeyExchange));
    const c = buildConversations(b.packets)[0]!;
    expect(c.segments.map((s) => s.tls)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('is not TLS when the stream does not start with a handshake record', () => {
    const c = converse(['client', encrypted(23, 20)], ['server', ascii('HTTP/1.1 200 OK\r\n\r\n')]);
    expect(c.segments.some((s) => s.tls)).toBe(false);
    expect(c.segments[4]!.http?.status).toBe(200);
  });

  it('mid-connection, application data records are recognised', () => {
    const b = new SegmentBuilder();
    b.data('client', concat(encrypted(23, 30), encrypted(23, 10)), { seq: 1000, ack: 1000 });
    const c = buildConversations(b.packets)[0]!;
    expect(c.segments[0]!.tls!.map(brief)).toEqual(['application_data*', 'application_data*']);
  });

  it('parseHandshake reads cut bodies without reading past them', () => {
    const body = clientHello13().subarray(4);
    for (let n = 0; n <= body.length; n++) {
      const hs = parseHandshake(1, body.subarray(0, n));
      expect(hs?.type).toBe('client_hello');
    }
    expect(parseHandshake(1, body.subarray(0, 40))).toEqual({
      type: 'client_hello',
      versions: ['TLS 1.2'],
    });
    expect(parseHandshake(99, body)).toBeUndefined();
  });
});
