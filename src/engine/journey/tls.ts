// The TLS handshakes the journey shows: TLS 1.3 (RFC 8446, 1-RTT, x25519) and TLS 1.2 (RFC 5246,
// 2-RTT) with RSA key exchange or ECDHE_RSA. Each message has its RFC name, its key fields, its
// size on the wire (typical sizes: see docs/journey-model.md) and the keys each side holds once it
// has been processed. Random values come from the run's seeded PRNG.
import type { Rng } from '../rng';
import type {
  TlsCertificateInfo,
  TlsDetail,
  TlsKey,
  TlsKeyState,
  TlsMessageType,
  TlsProtection,
  TlsRole,
  TlsSetting,
  TlsVersionName,
} from './trace';

/** `n` random bytes as lowercase hex. */
export function hex(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i += 4) s += rng.nextU32().toString(16).padStart(8, '0');
  return s.slice(0, 2 * n);
}

/** What a browser offers in its ClientHello (Firefox's order, TLS 1.3 suites first). */
export const OFFERED_SUITES = [
  'TLS_AES_128_GCM_SHA256',
  'TLS_CHACHA20_POLY1305_SHA256',
  'TLS_AES_256_GCM_SHA384',
  'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256',
  'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256',
  'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_RSA_WITH_AES_256_GCM_SHA384',
];
const SIGNATURE_ALGORITHMS = [
  'ecdsa_secp256r1_sha256',
  'rsa_pss_rsae_sha256',
  'rsa_pkcs1_sha256',
  'ecdsa_secp384r1_sha384',
  'rsa_pss_rsae_sha384',
  'rsa_pkcs1_sha384',
];

/** Bytes a TLS record adds around application data: 1.3 (header, content type, AEAD tag) and
 * 1.2 AES-GCM (header, explicit nonce, tag). */
export const RECORD_OVERHEAD = { 'TLS 1.3': 5 + 1 + 16, 'TLS 1.2': 5 + 8 + 16 } as const;
const MAX_RECORD = 16_384;

/** Bytes on TCP for `plain` bytes of application data in records of at most 16 KiB. */
export function recordBytes(version: TlsVersionName, plain: number): number {
  return plain + Math.max(1, Math.ceil(plain / MAX_RECORD)) * RECORD_OVERHEAD[version];
}

/** A planned TLS message. */
export interface TlsPlanMessage {
  sender: TlsRole;
  type: TlsMessageType;
  contentType: 'handshake' | 'change_cipher_spec' | 'alert';
  encrypted: boolean;
  /** Bytes on the wire (record framing included). */
  bytes: number;
  detail: TlsDetail;
  keys: TlsKeyState;
  flight: number;
}

/** A flight: the messages one side writes at once before it waits for the other. */
export interface TlsFlight {
  sender: TlsRole;
  messages: TlsPlanMessage[];
}

export interface TlsPlan {
  version: TlsVersionName;
  keyExchange: 'RSA' | 'ECDHE';
  cipherSuite: string;
  /** Round trips before the client may send application data. */
  roundTrips: number;
  /** The handshake flights, in order. 1.3's last flight is the post-handshake NewSessionTicket. */
  flights: TlsFlight[];
  /** The close_notify alert of each side (sent before closing the connection). */
  closeNotify: (sender: TlsRole) => TlsPlanMessage;
}

const keys = (
  client: TlsKey[],
  server: TlsKey[],
  clientSends: TlsProtection,
  serverSends: TlsProtection,
): TlsKeyState => ({ client, server, clientSends, serverSends });

/** The two certificates the server sends (leaf first, then the intermediate CA). */
function chain(host: string, ecdsa: boolean): TlsCertificateInfo[] {
  return [
    {
      subject: `CN=${host}`,
      issuer: "C=US, O=Let's Encrypt, CN=R11",
      san: [host],
      publicKey: ecdsa ? 'ECDSA P-256' : 'RSA 2048 bits',
      signatureAlgorithm: 'sha256WithRSAEncryption',
      notBefore: '2025-01-15T00:00:00Z',
      notAfter: '2025-04-15T23:59:59Z',
    },
    {
      subject: "C=US, O=Let's Encrypt, CN=R11",
      issuer: 'C=US, O=Internet Security Research Group, CN=ISRG Root X1',
      san: [],
      publicKey: 'RSA 2048 bits',
      signatureAlgorithm: 'sha256WithRSAEncryption',
      notBefore: '2024-03-13T00:00:00Z',
      notAfter: '2027-03-12T23:59:59Z',
    },
  ];
}

/**
 * The handshake for the server's TLS setting. The client is a current browser: its ClientHello
 * offers TLS 1.3 and 1.2 and an x25519 key share whatever the server speaks.
 */
export function tlsPlan(setting: TlsSetting, host: string, alpn: string, rng: Rng): TlsPlan {
  const clientHello: TlsDetail = {
    type: 'ClientHello',
    legacyVersion: '0x0303 (TLS 1.2)',
    random: hex(rng, 32),
    sessionId: hex(rng, 32),
    cipherSuites: OFFERED_SUITES,
    serverName: host,
    supportedVersions: ['TLS 1.3', 'TLS 1.2'],
    supportedGroups: ['x25519', 'secp256r1', 'secp384r1'],
    keyShares: [{ group: 'x25519', publicKey: hex(rng, 32) }],
    signatureAlgorithms: SIGNATURE_ALGORITHMS,
    alpn: [alpn],
  };
  const none = keys([], [], 'none', 'none');
  const ch: TlsPlanMessage = {
    sender: 'client',
    type: 'ClientHello',
    contentType: 'handshake',
    encrypted: false,
    // A browser pads its ClientHello to 512 bytes (RFC 7685) + the 5-byte record header.
    bytes: 517,
    detail: clientHello,
    keys: none,
    flight: 1,
  };
  const msg = (
    sender: TlsRole,
    flight: number,
    detail: TlsDetail,
    bytes: number,
    k: TlsKeyState,
    encrypted: boolean,
  ): TlsPlanMessage => ({
    sender,
    type: detail.type,
    contentType:
      detail.type === 'ChangeCipherSpec'
        ? 'change_cipher_spec'
        : detail.type === 'Alert'
          ? 'alert'
          : 'handshake',
    encrypted,
    bytes,
    detail,
    keys: k,
    flight,
  });

  if (setting === '1.3') {
    const suite = 'TLS_AES_128_GCM_SHA256';
    const hs: TlsKey[] = ['sharedSecret', 'handshakeTrafficKeys'];
    const app: TlsKey[] = [...hs, 'applicationTrafficKeys'];
    const all: TlsKey[] = [...app, 'resumptionMasterSecret'];
    const afterSh = keys(hs, hs, 'handshakeTrafficKeys', 'handshakeTrafficKeys');
    // RFC 8446 §4.4.4: the server derives the application keys once its Finished is sent; the
    // client once it has verified it.
    const afterSfin = keys(app, app, 'handshakeTrafficKeys', 'applicationTrafficKeys');
    const done = keys(all, all, 'applicationTrafficKeys', 'applicationTrafficKeys');
    const rec = (plain: number) => plain + RECORD_OVERHEAD['TLS 1.3'];
    return {
      version: 'TLS 1.3',
      keyExchange: 'ECDHE',
      cipherSuite: suite,
      roundTrips: 1,
      flights: [
        { sender: 'client', messages: [ch] },
        {
          sender: 'server',
          messages: [
            // 118-byte body: version, random, session id echo, suite, compression,
            // supported_versions (6) and key_share (40); + 4 handshake + 5 record header.
            msg(
              'server',
              2,
              {
                type: 'ServerHello',
                version: 'TLS 1.3',
                legacyVersion: '0x0303 (TLS 1.2)',
                random: hex(rng, 32),
                sessionId: clientHello.sessionId,
                cipherSuite: suite,
                keyShare: { group: 'x25519', publicKey: hex(rng, 32) },
              },
              127,
              afterSh,
              false,
            ),
            msg(
              'server',
              2,
              { type: 'EncryptedExtensions', alpn, serverName: true },
              rec(21),
              afterSh,
              true,
            ),
            msg(
              'server',
              2,
              { type: 'Certificate', chain: chain(host, false) },
              rec(2415),
              afterSh,
              true,
            ),
            msg(
              'server',
              2,
              {
                type: 'CertificateVerify',
                signatureAlgorithm: 'rsa_pss_rsae_sha256',
                signature: hex(rng, 256),
              },
              rec(264),
              afterSh,
              true,
            ),
            msg(
              'server',
              2,
              { type: 'Finished', verifyData: hex(rng, 32) },
              rec(36),
              afterSfin,
              true,
            ),
          ],
        },
        {
          sender: 'client',
          messages: [
            msg('client', 3, { type: 'Finished', verifyData: hex(rng, 32) }, rec(36), done, true),
          ],
        },
        {
          sender: 'server',
          messages: [
            msg(
              'server',
              4,
              { type: 'NewSessionTicket', lifetimeS: 7200, ticketBytes: 192 },
              rec(217),
              done,
              true,
            ),
          ],
        },
      ],
      closeNotify: (sender) =>
        msg(
          sender,
          0,
          { type: 'Alert', level: 'warning', description: 'close_notify' },
          rec(2),
          done,
          true,
        ),
    };
  }

  const rsa = setting === '1.2-rsa';
  const suite = rsa ? 'TLS_RSA_WITH_AES_128_GCM_SHA256' : 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256';
  const secrets: TlsKey[] = ['preMasterSecret', 'masterSecret', 'sessionKeys'];
  // RFC 5246 §8.1: both sides compute the master secret from the pre-master secret and the two
  // randoms once the ClientKeyExchange is processed; CCS switches each side's sending to them.
  const afterCke = keys(secrets, secrets, 'none', 'none');
  const afterCccs = keys(secrets, secrets, 'sessionKeys', 'none');
  const done = keys(secrets, secrets, 'sessionKeys', 'sessionKeys');
  const finishedBytes = 5 + 8 + 16 + 16; // header, explicit nonce, 12-byte verify_data + 4, tag
  const serverFlight: TlsPlanMessage[] = [
    // 96-byte body (version, random, session id, suite, compression, 3 extensions) + 4 + 5.
    msg(
      'server',
      2,
      {
        type: 'ServerHello',
        version: 'TLS 1.2',
        legacyVersion: '0x0303 (TLS 1.2)',
        random: hex(rng, 32),
        sessionId: hex(rng, 32),
        cipherSuite: suite,
        keyShare: null,
      },
      105,
      none,
      false,
    ),
    msg('server', 2, { type: 'Certificate', chain: chain(host, false) }, 2418, none, false),
  ];
  if (!rsa)
    serverFlight.push(
      // curve type, named curve, 32-byte point, signature algorithm, 256-byte RSA signature.
      msg(
        'server',
        2,
        {
          type: 'ServerKeyExchange',
          curve: 'x25519',
          publicKey: hex(rng, 32),
          signatureAlgorithm: 'rsa_pss_rsae_sha256',
          signature: hex(rng, 256),
        },
        305,
        none,
        false,
      ),
    );
  serverFlight.push(msg('server', 2, { type: 'ServerHelloDone' }, 9, none, false));
  return {
    version: 'TLS 1.2',
    keyExchange: rsa ? 'RSA' : 'ECDHE',
    cipherSuite: suite,
    roundTrips: 2,
    flights: [
      { sender: 'client', messages: [ch] },
      { sender: 'server', messages: serverFlight },
      {
        sender: 'client',
        messages: [
          msg(
            'client',
            3,
            {
              type: 'ClientKeyExchange',
              keyExchange: rsa ? 'RSA' : 'ECDHE',
              encryptedPreMasterSecret: rsa ? hex(rng, 256) : null,
              publicKey: rsa ? null : hex(rng, 32),
            },
            rsa ? 267 : 42,
            afterCke,
            false,
          ),
          msg('client', 3, { type: 'ChangeCipherSpec' }, 6, afterCccs, false),
          msg(
            'client',
            3,
            { type: 'Finished', verifyData: hex(rng, 12) },
            finishedBytes,
            afterCccs,
            true,
          ),
        ],
      },
      {
        sender: 'server',
        messages: [
          msg('server', 4, { type: 'ChangeCipherSpec' }, 6, done, false),
          msg(
            'server',
            4,
            { type: 'Finished', verifyData: hex(rng, 12) },
            finishedBytes,
            done,
            true,
          ),
        ],
      },
    ],
    closeNotify: (sender) =>
      msg(
        sender,
        0,
        { type: 'Alert', level: 'warning', description: 'close_notify' },
        5 + 8 + 2 + 16,
        done,
        true,
      ),
  };
}
