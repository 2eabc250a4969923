// Journey narration of the connection: TCP control segments (the foundation's sentences, read from
// the connection's own TCP trace, plus the states and the why of the journey) and TLS messages
// (what each carries, which keys exist, why TLS 1.3 saves a round trip, forward secrecy).
import type {
  JourneyConnection,
  JourneyEventOf,
  JourneyTrace,
  TlsKeyState,
} from '../engine/journey/trace';
import type { Endpoint, TcpFlag } from '../engine/trace';
import type { Translate } from '../i18n/i18n';
import { actor, flagsLabel } from './format';
import { hexShort, keyList } from './journeyFormat';
import { indexJourney, tcpSent } from './journeyIndex';
import { narrateSent } from './segments';

type TcpEvent = JourneyEventOf<'tcp.segment'>;
type TlsEvent = JourneyEventOf<'tls.message'>;

/** The sentences of a TCP control segment. */
export function narrateTcp(trace: JourneyTrace, e: TcpEvent, t: Translate): string[] {
  const conn = indexJourney(trace).connections.get(e.conn);
  const sender: Endpoint = e.from === 'server' ? 'server' : 'client';
  const receiver: Endpoint = sender === 'client' ? 'server' : 'client';
  const out: string[] = [];
  if (e.role === 'syn' && conn) {
    out.push(
      t('jn.tcp.connect', {
        ip: conn.serverIp,
        port: conn.serverPort,
        cport: conn.clientPort,
        conn: conn.id,
      }),
    );
    // The n-th connection to the same host in this navigation: sub-resources in parallel.
    const n =
      trace.connections
        .filter((c) => c.journey === conn.journey && c.host === conn.host)
        .indexOf(conn) + 1;
    if (n > 1) out.push(t('jn.tcp.parallel', { n, host: conn.host }));
  }
  if (e.role === 'fin' && e.senderState === 'FIN-WAIT-1')
    out.push(
      t(conn?.http === 'HTTP/1.0' ? 'jn.tcp.close10' : 'jn.tcp.closeFirst', actor(sender, t)),
    );
  // The foundation's sentence, read from the connection's own TCP trace (relative numbers).
  const found = conn ? tcpSent(conn.tcp, e.segId) : null;
  out.push(
    conn && found
      ? narrateSent(conn.tcp, found.before, found.sent, t, { relative: true })
      : t('jn.tcp.segment', {
          ...actor(sender, t),
          flags: flagsLabel(e.flags as TcpFlag[]),
          seq: e.relSeq,
          ack: e.relAck,
        }),
  );
  out.push(
    t('jn.tcp.states', {
      Sender: actor(sender, t).Who,
      receiver: actor(receiver, t).who,
      senderState: e.senderState,
      receiverState: e.receiverState,
    }),
  );
  if (e.role === 'handshakeAck' && !later(trace, conn)) out.push(t('jn.tcp.whyThree'));
  if (e.role === 'fin' && e.senderState === 'LAST-ACK')
    out.push(t('jn.tcp.passiveClose', actor(sender, t)));
  if (e.role === 'finAck' && e.senderState === 'TIME-WAIT')
    out.push(t('jn.tcp.timeWait', actor(sender, t)));
  return out;
}

/** Whether `conn` is not the first connection of the trace (the why of the handshake is said once). */
const later = (trace: JourneyTrace, conn: JourneyConnection | undefined): boolean =>
  conn !== undefined && trace.connections[0]?.id !== conn.id;

/** The sentences of a TLS message. */
export function narrateTls(trace: JourneyTrace, e: TlsEvent, t: Translate): string[] {
  const out = tlsMessage(e, t);
  const prev = indexJourney(trace).previousTls.get(e.id);
  if (prev && keysChanged(prev.keys, e.keys))
    out.push(
      t('jn.tls.keys', { client: keyList(e.keys.client, t), server: keyList(e.keys.server, t) }),
    );
  if (indexJourney(trace).handshakeDone.has(e.id)) {
    const conn = indexJourney(trace).connections.get(e.conn);
    // Round trips before the client may send its request: TLS 1.3 one, TLS 1.2 two.
    const rt = e.version === 'TLS 1.3' ? 1 : 2;
    out.push(
      t(e.version === 'TLS 1.3' ? 'jn.tls.done13' : 'jn.tls.done12', {
        rt,
        suite: conn?.tls?.cipherSuite ?? '',
      }),
    );
  }
  return out;
}

const keysChanged = (a: TlsKeyState, b: TlsKeyState): boolean =>
  a.client.join() !== b.client.join() || a.server.join() !== b.server.join();

function tlsMessage(e: TlsEvent, t: Translate): string[] {
  const d = e.detail;
  const who = actor(e.sender, t);
  const v13 = e.version === 'TLS 1.3';
  switch (d.type) {
    case 'ClientHello': {
      const out = [
        t('jn.tls.clientHello', {
          random: hexShort(d.random),
          count: d.cipherSuites.length,
          sni: d.serverName,
        }),
      ];
      const share = d.keyShares[0];
      if (share) out.push(t('jn.tls.clientHelloShare', { group: share.group }));
      out.push(t(v13 ? 'jn.tls.clientHello13' : 'jn.tls.clientHello12'));
      return out;
    }
    case 'ServerHello':
      return d.keyShare
        ? [t('jn.tls.serverHello13', { suite: d.cipherSuite, group: d.keyShare.group })]
        : [t('jn.tls.serverHello12', { suite: d.cipherSuite, version: d.version })];
    case 'EncryptedExtensions':
      return [t('jn.tls.encryptedExtensions', { alpn: d.alpn })];
    case 'Certificate': {
      const leaf = d.chain[0];
      const host = leaf?.san[0] ?? '';
      return [
        t('jn.tls.certificate', {
          count: d.chain.length,
          chain: d.chain.map((c) => c.subject).join(' ← '),
          root: d.chain[d.chain.length - 1]?.issuer ?? '',
          host,
        }),
        t(v13 ? 'jn.tls.certificate13' : 'jn.tls.certificate12'),
      ];
    }
    case 'ServerKeyExchange':
      return [t('jn.tls.serverKeyExchange', { curve: d.curve, alg: d.signatureAlgorithm })];
    case 'CertificateVerify':
      return [t('jn.tls.certificateVerify', { alg: d.signatureAlgorithm })];
    case 'ServerHelloDone':
      return [t('jn.tls.serverHelloDone')];
    case 'ClientKeyExchange':
      return d.keyExchange === 'RSA'
        ? [t('jn.tls.ckeRsa'), t('jn.tls.noForwardSecrecy')]
        : [t('jn.tls.ckeEcdhe'), t('jn.tls.forwardSecrecy')];
    case 'ChangeCipherSpec':
      return [t(v13 ? 'jn.tls.ccs13' : 'jn.tls.ccs12', who)];
    case 'Finished':
      return [
        t('jn.tls.finished', { ...who, verify: hexShort(d.verifyData) }),
        t(v13 ? 'jn.tls.finished13' : 'jn.tls.finished12'),
      ];
    case 'NewSessionTicket':
      return [t('jn.tls.newSessionTicket', { lifetime: d.lifetimeS })];
    case 'Alert':
      return [t('jn.tls.alert', { ...who, description: d.description })];
  }
}
