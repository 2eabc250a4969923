// The trace of a "journey" scenario ("type a URL → page rendered"): every cache, DNS, ARP, TCP,
// TLS, HTTP and render step of one navigation (plus redirect hops and sub-resources), the
// topology the packets cross, each TCP connection's own TCP trace, and the summary the CLI prints.
// Plain, JSON-serializable data; the views (topology, waterfall, inspector, narration) draw it.
//
// Reading guide for view authors:
// - `events` are in step order (then time order inside a step); `t` never decreases. One step is
//   one thing to look at; the FIRST event of a step is its focus (the message, lookup or stage to
//   show), the events after it in the same step are attendants (e.g. `phase.entered`).
// - Messages (`dns.message`, `arp.message`, `tcp.segment`, `tls.message`, `http.request`,
//   `http.response`) carry `from`, `to`, the `path` of topology nodes they cross, the send time
//   `t` and the arrival time `arriveAt` (for TCP-carried data: when the last byte arrives).
// - TCP: `connections[i].tcp` is a complete foundation `TcpTrace` (times on the journey's clock),
//   so the sequence diagram can draw it; `tcp.segment` events cover the control segments (SYN,
//   SYN-ACK, the handshake ACK, FIN, the ACKs of FINs) and `segIds` on TLS/HTTP events name the
//   data segments that carried them. `tcpStepAt(tcp, t)` gives the TCP trace's step at a time.
import type { TcpState, TcpTrace, TRACE_VERSION } from '../trace';
import type { JourneyScenario } from '../../scenarios/journeySchema';
import type { JourneyUrl } from '../../scenarios/journeyUrl';

/** The nodes of the topology. `browser` and `os` are the same host (app and kernel). */
export type JourneyNode =
  | 'browser' // the browser: HTTP cache, DNS (host) cache, the app end of TCP/TLS/HTTP
  | 'os' // the client's OS: stub resolver, hosts file, OS DNS cache, ARP cache, TCP/IP stack, NIC
  | 'switch' // the LAN switch
  | 'gateway' // the default gateway (router)
  | 'resolver' // the local (recursive) DNS resolver
  | 'root' // a root name server
  | 'tld' // the top-level-domain name server
  | 'authoritative' // the domain's authoritative name server
  | 'server'; // the web server
export const JOURNEY_NODES: readonly JourneyNode[] = [
  'browser',
  'os',
  'switch',
  'gateway',
  'resolver',
  'root',
  'tld',
  'authoritative',
  'server',
];

/** The phases of a navigation, as the journey machine names them. */
export type JourneyPhase = 'cache' | 'dns' | 'arp' | 'tcp' | 'tls' | 'http' | 'render' | 'close';
export const JOURNEY_PHASES: readonly JourneyPhase[] = [
  'cache',
  'dns',
  'arp',
  'tcp',
  'tls',
  'http',
  'render',
  'close',
];

/** Who was asked in a DNS resolution (`summary.dns.queries[].server`). */
export type DnsServerRole =
  'browser' | 'os' | 'hosts' | 'resolver' | 'root' | 'tld' | 'authoritative';
/** `hit`/`miss`: a cache or the hosts file; `referral`/`answer`: a name server's response. */
export type DnsQueryResult = 'hit' | 'miss' | 'referral' | 'answer';

/** The waterfall phases, named as in the browser's developer tools, in drawing order. */
export type WaterfallPhaseName =
  | 'Queueing'
  | 'Stalled'
  | 'DNS Lookup'
  | 'Initial connection'
  | 'SSL'
  | 'Request sent'
  | 'Waiting (TTFB)'
  | 'Content Download';
export const WATERFALL_PHASES: readonly WaterfallPhaseName[] = [
  'Queueing',
  'Stalled',
  'DNS Lookup',
  'Initial connection',
  'SSL',
  'Request sent',
  'Waiting (TTFB)',
  'Content Download',
];
/** Duration (ms) of each waterfall phase. The phases are consecutive: bar k starts where k−1 ends. */
export type WaterfallTimings = Record<WaterfallPhaseName, number>;

/** TLS handshake message types with their RFC names, plus the Alert record (close_notify). */
export type TlsMessageType =
  | 'ClientHello'
  | 'ServerHello'
  | 'EncryptedExtensions'
  | 'Certificate'
  | 'ServerKeyExchange'
  | 'CertificateVerify'
  | 'ServerHelloDone'
  | 'ClientKeyExchange'
  | 'ChangeCipherSpec'
  | 'Finished'
  | 'NewSessionTicket'
  | 'Alert';
/** The server's TLS configuration in the scenario. */
export type TlsSetting = '1.2-rsa' | '1.2-ecdhe' | '1.3';
export type TlsVersionName = 'TLS 1.2' | 'TLS 1.3';
/** TLS's own names for the two ends. */
export type TlsRole = 'client' | 'server';

/**
 * Secrets and keys a side holds. TLS 1.2: pre-master secret → master secret → session keys
 * (the key block: write keys and IVs). TLS 1.3: (EC)DHE shared secret → handshake traffic keys
 * → application traffic keys → resumption master secret (RFC 8446 §7.1).
 */
export type TlsKey =
  | 'preMasterSecret'
  | 'masterSecret'
  | 'sessionKeys'
  | 'sharedSecret'
  | 'handshakeTrafficKeys'
  | 'applicationTrafficKeys'
  | 'resumptionMasterSecret';
/** What protects the records a side sends next. */
export type TlsProtection =
  'none' | 'handshakeTrafficKeys' | 'applicationTrafficKeys' | 'sessionKeys';
/** The keys each side holds once a message has been sent and processed on arrival. */
export interface TlsKeyState {
  client: TlsKey[];
  server: TlsKey[];
  /** What the client's / server's next records are encrypted with. */
  clientSends: TlsProtection;
  serverSends: TlsProtection;
}

export interface TlsCertificateInfo {
  subject: string;
  issuer: string;
  /** Subject alternative names (DNS names). Empty for a CA certificate. */
  san: string[];
  publicKey: string;
  signatureAlgorithm: string;
  notBefore: string;
  notAfter: string;
}

/** The key fields of each TLS message (values as hex strings, names as in the RFCs / IANA). */
export type TlsDetail =
  | {
      type: 'ClientHello';
      /** legacy_version (0x0303 = TLS 1.2: TLS 1.3 negotiates with supported_versions). */
      legacyVersion: string;
      /** 32 random bytes, hex. */
      random: string;
      sessionId: string;
      cipherSuites: string[];
      serverName: string;
      supportedVersions: string[];
      supportedGroups: string[];
      /** key_share entries (x25519 public key, hex). */
      keyShares: { group: string; publicKey: string }[];
      signatureAlgorithms: string[];
      alpn: string[];
    }
  | {
      type: 'ServerHello';
      /** The negotiated version, e.g. "TLS 1.3 (supported_versions)" or "TLS 1.2". */
      version: TlsVersionName;
      legacyVersion: string;
      random: string;
      sessionId: string;
      cipherSuite: string;
      /** TLS 1.3 only: the server's key_share. */
      keyShare: { group: string; publicKey: string } | null;
    }
  | { type: 'EncryptedExtensions'; alpn: string; serverName: boolean }
  | { type: 'Certificate'; chain: TlsCertificateInfo[] }
  | {
      type: 'ServerKeyExchange';
      curve: string;
      publicKey: string;
      signatureAlgorithm: string;
      signature: string;
    }
  | { type: 'CertificateVerify'; signatureAlgorithm: string; signature: string }
  | { type: 'ServerHelloDone' }
  | {
      type: 'ClientKeyExchange';
      keyExchange: 'RSA' | 'ECDHE';
      /** RSA: the 48-byte pre-master secret encrypted with the server's RSA public key (hex). */
      encryptedPreMasterSecret: string | null;
      /** ECDHE: the client's ephemeral public key (hex). */
      publicKey: string | null;
    }
  | { type: 'ChangeCipherSpec' }
  | { type: 'Finished'; verifyData: string }
  | { type: 'NewSessionTicket'; lifetimeS: number; ticketBytes: number }
  | { type: 'Alert'; level: 'warning' | 'fatal'; description: string };

/** One resource record. `data`: the address (A) or the name server's name (NS). */
export interface DnsRecord {
  name: string;
  type: 'A' | 'NS';
  class: 'IN';
  ttl: number;
  data: string;
}

/** A DNS message (RFC 1035 §4.1): header flags, question and the three record sections. */
export interface DnsMessage {
  id: number;
  /** false: query, true: response. */
  qr: boolean;
  opcode: 'QUERY';
  /** Authoritative Answer. */
  aa: boolean;
  tc: boolean;
  /** Recursion Desired (the stub asks the resolver to recurse; the resolver asks iteratively). */
  rd: boolean;
  /** Recursion Available. */
  ra: boolean;
  rcode: 'NOERROR';
  question: { name: string; type: 'A'; class: 'IN' };
  answer: DnsRecord[];
  authority: DnsRecord[];
  additional: DnsRecord[];
}

/** The IP/transport header fields of a packet. */
export interface IpInfo {
  src: string;
  dst: string;
  protocol: 'UDP' | 'TCP';
  srcPort: number;
  dstPort: number;
}

/** The Ethernet header on the client's LAN (null for packets that never cross it). */
export interface EthernetInfo {
  src: string;
  dst: string;
}

/** One part of an HTTP message's raw text, for highlighting. `start`/`end`: offsets in `raw`. */
export interface HttpPart {
  kind: 'requestLine' | 'statusLine' | 'header' | 'emptyLine' | 'body';
  text: string;
  start: number;
  end: number;
  /** For headers. */
  name?: string;
  value?: string;
}

export type ResourceType = 'document' | 'css' | 'js' | 'img';
export type RenderStage = 'dom' | 'cssom' | 'renderTree' | 'layout' | 'paint';
export const RENDER_STAGES: readonly RenderStage[] = [
  'dom',
  'cssom',
  'renderTree',
  'layout',
  'paint',
];

/** A stored response in the browser's HTTP cache (RFC 9111). */
export interface CacheEntryInfo {
  /** Age of the stored response and its freshness lifetime (Cache-Control: max-age), seconds. */
  ageS: number;
  maxAgeS: number;
  etag: string | null;
  lastModified: string | null;
}

interface Base {
  /** Stable id: `ev-<n>` in order from 1. */
  id: string;
  /** The player step (1-based). The first event of a step is its focus. */
  step: number;
  /** Virtual time in ms (for messages: when it is sent). */
  t: number;
  /** Which navigation (1 = the typed URL, 2 = the first redirect target, …). */
  journey: number;
}

/** Where a message goes and when it arrives. */
interface Transit {
  from: JourneyNode;
  to: JourneyNode;
  /** The nodes it crosses, from `from` to `to` (e.g. browser, os, switch, gateway, server). */
  path: JourneyNode[];
  /** When it (its last byte) arrives at `to`. */
  arriveAt: number;
}

/** Data carried by a TCP connection: which connection and which of its segments. */
interface Carried {
  /** The connection id (`conn-<n>`), see `JourneyTrace.connections`. */
  conn: string;
  /** Ids (`seg-<n>`, in the connection's TcpTrace) of the segments that carried its bytes. */
  segIds: string[];
  /** When the first of those segments arrives. */
  firstArriveAt: number;
  /** Bytes on TCP (with TLS record framing when encrypted). */
  wireBytes: number;
}

export type JourneyEvent =
  /** A navigation begins: the typed URL (journey 1) or a redirect's Location. */
  | (Base & {
      kind: 'navigation.started';
      url: JourneyUrl;
      /** The URL that redirected here (null for the typed URL). */
      redirectedFrom: string | null;
      /** The redirect's status (301/302), null for journey 1. */
      redirectStatus: number | null;
    })
  /** The journey machine entered a phase (attendant of the step that caused it). */
  | (Base & {
      kind: 'phase.entered';
      phase: JourneyPhase;
      /** The machine's state, dotted (e.g. "dns.arp", "loaded.page.rendering"). */
      state: string;
    })
  /** The browser looks the URL up in its HTTP cache (RFC 9111 §4). */
  | (Base & {
      kind: 'cache.lookup';
      requestId: string;
      url: string;
      result: 'fresh' | 'stale' | 'miss';
      entry: CacheEntryInfo | null;
    })
  /** A DNS lookup in a cache or the hosts file (browser, hosts, OS cache, or the resolver's cache). */
  | (Base & {
      kind: 'dns.lookup';
      node: 'browser' | 'os' | 'resolver';
      where: 'browser' | 'hosts' | 'os' | 'resolver';
      name: string;
      result: 'hit' | 'miss';
      /** The cached record (TTL: seconds left) or, for the hosts file, the address (ttl 0). */
      record: DnsRecord | null;
      /** The hosts file line that matched. */
      hostsLine: string | null;
    })
  /** A DNS query or response on one hop (UDP port 53). */
  | (Base &
      Transit & {
        kind: 'dns.message';
        /** `query` (stub → resolver recursive; resolver → server iterative), or the response kind. */
        role: 'query' | 'referral' | 'answer';
        /** The name server this exchange is with (root, tld, authoritative) or the resolver. */
        server: 'resolver' | 'root' | 'tld' | 'authoritative';
        /** The server's host name (e.g. a.root-servers.net), null for the resolver. */
        serverName: string | null;
        message: DnsMessage;
        ip: IpInfo;
        ethernet: EthernetInfo | null;
      })
  /** Choosing the next hop (RFC 1122 §3.3.1) and looking its MAC address up in the ARP cache. */
  | (Base & {
      kind: 'arp.lookup';
      /** What the packet waiting for it is: the DNS query or the web connection. */
      purpose: 'dns' | 'web';
      destIp: string;
      clientIp: string;
      mask: string;
      /** clientIp AND mask, destIp AND mask. */
      clientNetwork: string;
      destNetwork: string;
      sameSubnet: boolean;
      /** destIp when on the subnet, else the gateway. */
      nextHopIp: string;
      viaGateway: boolean;
      result: 'hit' | 'miss';
      /** The cached MAC on a hit. */
      mac: string | null;
    })
  /** An ARP request (broadcast) or reply (RFC 826). */
  | (Base &
      Transit & {
        kind: 'arp.message';
        op: 'request' | 'reply';
        ethernet: EthernetInfo;
        broadcast: boolean;
        senderMac: string;
        senderIp: string;
        /** 00:00:00:00:00:00 in a request (unknown: that is the question). */
        targetMac: string;
        targetIp: string;
      })
  /** A TCP control segment: SYN, SYN-ACK, the handshake's ACK, FIN, an ACK of a FIN, RST. */
  | (Base &
      Transit & {
        kind: 'tcp.segment';
        conn: string;
        /** Its id in the connection's TcpTrace. */
        segId: string;
        role: 'syn' | 'synAck' | 'handshakeAck' | 'fin' | 'finAck' | 'rst';
        flags: string[];
        /** Absolute, and relative to each side's ISN (as Wireshark shows). */
        seq: number;
        ack: number;
        relSeq: number;
        relAck: number;
        window: number;
        len: number;
        /** The sender's state right after sending, the receiver's right after processing it. */
        senderState: TcpState;
        receiverState: TcpState;
        ip: IpInfo;
        ethernet: EthernetInfo;
      })
  /** One TLS message (or record: ChangeCipherSpec, Alert). */
  | (Base &
      Transit &
      Carried & {
        kind: 'tls.message';
        sender: TlsRole;
        type: TlsMessageType;
        version: TlsVersionName;
        contentType: 'handshake' | 'change_cipher_spec' | 'alert';
        /** True when the record is encrypted on the wire. */
        encrypted: boolean;
        detail: TlsDetail;
        /** The keys each side holds once this message has arrived and been processed. */
        keys: TlsKeyState;
        /** 1-based handshake flight (what one side sends before waiting); 0 for close_notify. */
        flight: number;
      })
  /** An HTTP request (RFC 9110/9112). */
  | (Base &
      Transit &
      Carried & {
        kind: 'http.request';
        requestId: string;
        method: 'GET';
        target: string;
        version: 'HTTP/1.0' | 'HTTP/1.1';
        raw: string;
        parts: HttpPart[];
        /** Bytes of the HTTP message itself. */
        bytes: number;
        /** If-None-Match / If-Modified-Since present. */
        conditional: boolean;
        /** Sent on a connection that already carried a request (keep-alive). */
        reused: boolean;
        /** Encrypted inside TLS application_data records. */
        encrypted: boolean;
      })
  /** An HTTP response. */
  | (Base &
      Transit &
      Carried & {
        kind: 'http.response';
        requestId: string;
        status: number;
        reason: string;
        /** 1..5: the status code's class (1xx … 5xx). */
        statusClass: number;
        version: 'HTTP/1.0' | 'HTTP/1.1';
        raw: string;
        parts: HttpPart[];
        /** The body text (the HTML document; null for binary resources and bodiless responses). */
        body: string | null;
        bodyBytes: number;
        contentType: string | null;
        /** Whether the connection stays open after it. */
        keepAlive: boolean;
        location: string | null;
        bytes: number;
        encrypted: boolean;
      })
  /** The HTML parser found the sub-resources; those over the per-host connection limit queue. */
  | (Base & {
      kind: 'resources.discovered';
      resources: { requestId: string; url: string; type: ResourceType }[];
      /** Requests that must wait for a free connection (6 per host). */
      queued: string[];
      maxConnectionsPerHost: number;
    })
  /** A rendering stage: `t` is its start, `end` its end. */
  | (Base & {
      kind: 'render.stage';
      stage: RenderStage;
      end: number;
      /** Requests whose responses this stage had to wait for (CSS for CSSOM, scripts, images for the last paint). */
      waitedFor: string[];
      /** paint: 1 = first paint, 2 = repaint once the images have arrived. */
      pass: number;
    })
  /** HTTP/1.1 keep-alive: the connection stays ESTABLISHED for the next request. */
  | (Base & {
      kind: 'connection.kept';
      conn: string;
      state: TcpState;
      requests: number;
    })
  /** The navigation is over. */
  | (Base & {
      kind: 'navigation.ended';
      outcome: 'rendered' | 'redirected';
      url: string;
      status: number;
    });

export type JourneyEventKind = JourneyEvent['kind'];
export type JourneyEventOf<K extends JourneyEventKind> = Extract<JourneyEvent, { kind: K }>;

/** A node of the topology with its addresses. */
export interface TopologyNode {
  id: JourneyNode;
  ip: string | null;
  mac: string | null;
  /** DNS name (name servers, the web server's host), null otherwise. */
  name: string | null;
  /** On the client's LAN (same subnet, reached through the switch without the gateway). */
  onLan: boolean;
}

export interface JourneyTopology {
  nodes: TopologyNode[];
  /** Undirected links, each once. */
  links: [JourneyNode, JourneyNode][];
  /** The client's subnet: clientIp AND mask, the prefix length and the broadcast address. */
  subnet: { network: string; mask: string; prefix: number; broadcast: string };
}

/** One TCP connection of the journey, with its full foundation TCP trace. */
export interface JourneyConnection {
  id: string;
  journey: number;
  host: string;
  serverIp: string;
  clientPort: number;
  serverPort: number;
  https: boolean;
  tls: { version: TlsVersionName; keyExchange: 'RSA' | 'ECDHE'; cipherSuite: string } | null;
  http: 'HTTP/1.0' | 'HTTP/1.1';
  /** connect() called (the SYN may wait for ARP). */
  openedAt: number;
  /** The client reached ESTABLISHED (SYN-ACK arrived). */
  establishedAt: number;
  /** TLS handshake done on the client (it may send application data), or null. */
  secureAt: number | null;
  /** The last segment of the teardown arrived, or null when the connection is kept. */
  closedAt: number | null;
  /** HTTP/1.1 keep-alive: still ESTABLISHED at the end. */
  kept: boolean;
  requestIds: string[];
  /** The connection's TCP run (client = browser, server = web server), on the journey's clock. */
  tcp: TcpTrace;
}

/** One request of the waterfall (a fresh cache hit included, with `fromCache`). */
export interface JourneyRequest {
  id: string;
  journey: number;
  url: string;
  type: ResourceType;
  method: 'GET';
  conditional: boolean;
  /** Served from the HTTP cache without any network traffic (fresh). */
  fromCache: boolean;
  status: number;
  conn: string | null;
  /** Discovered (navigation start, or the HTML parser found it). */
  start: number;
  /** Last byte of the response (or cache read) done. */
  end: number;
  timings: WaterfallTimings;
}

/** One navigation (the typed URL, then each redirect hop). */
export interface JourneyHop {
  index: number;
  url: JourneyUrl;
  start: number;
  end: number;
  status: number;
  outcome: 'rendered' | 'redirected';
  phases: JourneyPhaseSpan[];
}

export interface JourneyPhaseSpan {
  name: JourneyPhase;
  start: number;
  end: number;
}

/** What the CLI prints and tests read. */
export interface JourneySummary {
  /** Phases of every navigation in order (sorted by start; ties in JOURNEY_PHASES order). */
  phases: JourneyPhaseSpan[];
  requests: {
    url: string;
    status: number;
    fromCache: boolean;
    start: number;
    timings: WaterfallTimings;
  }[];
  dns: { queries: { server: DnsServerRole; result: DnsQueryResult }[] };
  /** The ARP request for the MAC the packets to the web server go to; null if none was sent. */
  arp: { targetIp: string; viaGateway: boolean } | null;
  /** The first TLS handshake; null when no TLS ran. */
  tls: {
    version: TlsVersionName;
    roundTrips: number;
    messages: { from: TlsRole; type: TlsMessageType }[];
  } | null;
}

/** A complete journey run. */
export interface JourneyTrace {
  version: typeof TRACE_VERSION;
  kind: 'journey';
  /** The normalized scenario (defaults filled in). */
  scenario: JourneyScenario;
  /** Number of player steps (the last event's step). */
  steps: number;
  /** Time of the last event (ms). */
  endMs: number;
  topology: JourneyTopology;
  journeys: JourneyHop[];
  connections: JourneyConnection[];
  requests: JourneyRequest[];
  events: JourneyEvent[];
  summary: JourneySummary;
}

/** The TCP trace step of `tcp` reached at time `t` (0 before its first event). */
export function tcpStepAt(tcp: TcpTrace, t: number): number {
  const ev = tcp.events;
  let lo = 0;
  let hi = ev.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ev[mid]!.t <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? 0 : ev[lo - 1]!.step;
}

/** The index range [from, to) of step `step`'s events in `trace.events`. */
export function stepRange(trace: Pick<JourneyTrace, 'events'>, step: number): [number, number] {
  const ev = trace.events;
  let lo = 0;
  let hi = ev.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ev[mid]!.step < step) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < ev.length && ev[end]!.step === step) end++;
  return [lo, end];
}
