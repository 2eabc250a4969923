// A hand-written journey trace for the topology and waterfall tests, with hand-checkable numbers:
// https://www.example.com/index.html, ARP miss for the gateway, full DNS resolution, TCP + TLS 1.3,
// GET / → 200, then sub-resources over six connections (two of them queued for a free one), one
// fresh cache hit and a redirect hop. Built on the real topology of the engine's net.ts.
import type {
  DnsMessage,
  JourneyEvent,
  JourneyNode,
  JourneyRequest,
  JourneyTrace,
  WaterfallTimings,
} from '../../engine/journey/trace';
import { WATERFALL_PHASES } from '../../engine/journey/trace';
import { MAC, netPlan, topology } from '../../engine/journey/net';
import { journeyScenarioSchema, type JourneyScenarioInput } from '../../scenarios/journeySchema';
import { parseJourneyUrl } from '../../scenarios/journeyUrl';
import { journeyVizEn } from '../../i18n/journeyViz.en';
import { journeyVizZhCN } from '../../i18n/journeyViz.zh-CN';
import type { LabelFn } from '../label';

type Draft = { kind: JourneyEvent['kind'] } & Record<string, unknown>;

const fill =
  (catalog: Record<string, string>): LabelFn =>
  (key, params) =>
    (catalog[key] ?? `?${key}`).replace(/\{\{(\w+)\}\}/g, (_, n: string) =>
      String(params?.[n] ?? ''),
    );
/** The English catalog as a LabelFn (unknown keys show as `?key`). */
export const jvLabel: LabelFn = fill(journeyVizEn);
/** The zh-CN catalog as a LabelFn. */
export const jvLabelZh: LabelFn = fill(journeyVizZhCN);

const NAMES = {
  server: 'www.example.com',
  root: 'a.root-servers.net',
  tld: 'a.gtld-servers.net',
  authoritative: 'a.iana-servers.net',
};
const IPS = { root: '198.41.0.4', tld: '192.5.6.30', authoritative: '199.43.135.53' };

function dns(name: string, qr: boolean, extra: Partial<DnsMessage> = {}): DnsMessage {
  return {
    id: 0x1a2b,
    qr,
    opcode: 'QUERY',
    aa: false,
    tc: false,
    rd: true,
    ra: qr,
    rcode: 'NOERROR',
    question: { name, type: 'A', class: 'IN' },
    answer: [],
    authority: [],
    additional: [],
    ...extra,
  };
}

const timings = (t: Partial<WaterfallTimings>): WaterfallTimings =>
  Object.fromEntries(WATERFALL_PHASES.map((p) => [p, t[p] ?? 0])) as WaterfallTimings;

/** Options of {@link journeyFixture}: scenario overrides (addresses). */
export type FixtureInput = Omit<JourneyScenarioInput, 'kind'>;

/**
 * The fixture trace. Steps (1-based): 1 navigation, 2 cache miss, 3 browser DNS miss, 4 ARP
 * lookup, 5 ARP request (broadcast), 6 ARP reply, 7 DNS query os→resolver, 8 resolver→root,
 * 9 referral, 10 SYN, 11 SYN-ACK, 12 ClientHello, 13 ServerHello (+4 more in its flight),
 * 14 GET, 15 200 OK, 16 resources discovered, 17 DOM.
 */
export function journeyFixture(input: FixtureInput = {}): JourneyTrace {
  const scenario = journeyScenarioSchema.parse({ kind: 'journey', resources: 8, ...input });
  const net = netPlan(scenario, scenario.network.serverIp);
  const topo = topology(net, NAMES, IPS);
  const url = parseJourneyUrl(scenario.url);
  if (!url.ok) throw new Error('bad fixture URL');
  const path = (...p: JourneyNode[]) => p;
  const toServer = net.serverOnLan
    ? path('browser', 'os', 'switch', 'server')
    : path('browser', 'os', 'switch', 'gateway', 'server');
  const toResolver = net.resolverOnLan
    ? path('os', 'switch', 'resolver')
    : path('os', 'switch', 'gateway', 'resolver');
  const resToRoot = net.resolverOnLan
    ? path('resolver', 'switch', 'gateway', 'root')
    : path('resolver', 'root');
  const ip = {
    src: net.clientIp,
    dst: net.serverIp,
    protocol: 'TCP',
    srcPort: 50000,
    dstPort: 443,
  };
  const eth = { src: MAC.client, dst: MAC.gateway };
  const carried = (seg: string, t: number) => ({
    conn: 'conn-1',
    segIds: [seg],
    firstArriveAt: t,
    wireBytes: 517,
  });
  const steps: [number, Draft[]][] = [
    [0, [{ kind: 'navigation.started', url: url.url, redirectedFrom: null, redirectStatus: null }]],
    [
      0,
      [
        {
          kind: 'cache.lookup',
          requestId: 'req-1',
          url: url.url.href,
          result: 'miss',
          entry: null,
        },
      ],
    ],
    [
      1,
      [
        {
          kind: 'dns.lookup',
          node: 'browser',
          where: 'browser',
          name: NAMES.server,
          result: 'miss',
          record: null,
          hostsLine: null,
        },
      ],
    ],
    [
      1,
      [
        {
          kind: 'arp.lookup',
          purpose: 'dns',
          destIp: net.resolverIp,
          clientIp: net.clientIp,
          mask: net.mask,
          clientNetwork: net.network,
          destNetwork: '203.0.113.0',
          sameSubnet: false,
          nextHopIp: net.gateway,
          viaGateway: true,
          result: 'miss',
          mac: null,
        },
      ],
    ],
    [
      1,
      [
        {
          kind: 'arp.message',
          from: 'os',
          to: 'gateway',
          path: path('os', 'switch', 'gateway'),
          arriveAt: 1.5,
          op: 'request',
          ethernet: { src: MAC.client, dst: MAC.broadcast },
          broadcast: true,
          senderMac: MAC.client,
          senderIp: net.clientIp,
          targetMac: MAC.unknown,
          targetIp: net.gateway,
        },
      ],
    ],
    [
      1.5,
      [
        {
          kind: 'arp.message',
          from: 'gateway',
          to: 'os',
          path: path('gateway', 'switch', 'os'),
          arriveAt: 2,
          op: 'reply',
          ethernet: { src: MAC.gateway, dst: MAC.client },
          broadcast: false,
          senderMac: MAC.gateway,
          senderIp: net.gateway,
          targetMac: MAC.client,
          targetIp: net.clientIp,
        },
      ],
    ],
    [
      2,
      [
        {
          kind: 'dns.message',
          from: 'os',
          to: 'resolver',
          path: toResolver,
          arriveAt: 12,
          role: 'query',
          server: 'resolver',
          serverName: null,
          message: dns(NAMES.server, false),
          ip: { ...ip, dst: net.resolverIp, protocol: 'UDP', dstPort: 53 },
          ethernet: eth,
        },
        { kind: 'phase.entered', phase: 'dns', state: 'dns.resolver' },
      ],
    ],
    [
      12,
      [
        {
          kind: 'dns.message',
          from: 'resolver',
          to: 'root',
          path: resToRoot,
          arriveAt: 27,
          role: 'query',
          server: 'root',
          serverName: NAMES.root,
          message: dns(NAMES.server, false, { rd: false }),
          ip: { ...ip, src: net.resolverIp, dst: IPS.root, protocol: 'UDP', dstPort: 53 },
          ethernet: null,
        },
      ],
    ],
    [
      27,
      [
        {
          kind: 'dns.message',
          from: 'root',
          to: 'resolver',
          path: [...resToRoot].reverse(),
          arriveAt: 42,
          role: 'referral',
          server: 'root',
          serverName: NAMES.root,
          message: dns(NAMES.server, true, {
            authority: [{ name: 'com.', type: 'NS', class: 'IN', ttl: 172800, data: NAMES.tld }],
          }),
          ip: { ...ip, src: IPS.root, dst: net.resolverIp, protocol: 'UDP', srcPort: 53 },
          ethernet: null,
        },
      ],
    ],
    [
      142,
      [
        {
          kind: 'tcp.segment',
          from: 'browser',
          to: 'server',
          path: toServer,
          arriveAt: 182,
          conn: 'conn-1',
          segId: 'seg-1',
          role: 'syn',
          flags: ['SYN'],
          seq: 1000,
          ack: 0,
          relSeq: 0,
          relAck: 0,
          window: 65535,
          len: 0,
          senderState: 'SYN-SENT',
          receiverState: 'SYN-RECEIVED',
          ip,
          ethernet: eth,
        },
        { kind: 'phase.entered', phase: 'tcp', state: 'tcp' },
      ],
    ],
    [
      182,
      [
        {
          kind: 'tcp.segment',
          from: 'server',
          to: 'browser',
          path: [...toServer].reverse(),
          arriveAt: 222,
          conn: 'conn-1',
          segId: 'seg-2',
          role: 'synAck',
          flags: ['ACK', 'SYN'],
          seq: 5000,
          ack: 1001,
          relSeq: 0,
          relAck: 1,
          window: 65535,
          len: 0,
          senderState: 'SYN-RECEIVED',
          receiverState: 'ESTABLISHED',
          ip,
          ethernet: eth,
        },
      ],
    ],
    [222, [tls('ClientHello', 'browser', 222, false, toServer, carried('seg-4', 262))]],
    [
      262,
      [
        tls('ServerHello', 'server', 262, false, [...toServer].reverse(), carried('seg-5', 302)),
        ...(['EncryptedExtensions', 'Certificate', 'CertificateVerify', 'Finished'] as const).map(
          (t) => tls(t, 'server', 262, true, [...toServer].reverse(), carried('seg-5', 302)),
        ),
      ],
    ],
    [
      303,
      [
        {
          kind: 'http.request',
          from: 'browser',
          to: 'server',
          path: toServer,
          arriveAt: 343,
          ...carried('seg-7', 343),
          requestId: 'req-1',
          method: 'GET',
          target: '/index.html',
          version: 'HTTP/1.1',
          raw: 'GET /index.html HTTP/1.1\r\nHost: www.example.com\r\n\r\n',
          parts: [],
          bytes: 52,
          conditional: false,
          reused: false,
          encrypted: true,
        },
      ],
    ],
    [
      363,
      [
        {
          kind: 'http.response',
          from: 'server',
          to: 'browser',
          path: [...toServer].reverse(),
          arriveAt: 405,
          ...carried('seg-8', 403),
          requestId: 'req-1',
          status: 200,
          reason: 'OK',
          statusClass: 2,
          version: 'HTTP/1.1',
          raw: 'HTTP/1.1 200 OK\r\n\r\n',
          parts: [],
          body: '<html></html>',
          bodyBytes: 13,
          contentType: 'text/html',
          keepAlive: true,
          location: null,
          bytes: 19,
          encrypted: true,
        },
      ],
    ],
    [
      405,
      [
        {
          kind: 'resources.discovered',
          resources: [],
          queued: ['req-8', 'req-9'],
          maxConnectionsPerHost: 6,
        },
      ],
    ],
    [405, [{ kind: 'render.stage', stage: 'dom', end: 417, waitedFor: [], pass: 1 }]],
  ];
  const events: JourneyEvent[] = [];
  steps.forEach(([t, drafts], i) => {
    for (const d of drafts)
      events.push({
        ...d,
        id: `ev-${events.length + 1}`,
        step: i + 1,
        t,
        journey: 1,
      } as JourneyEvent);
  });
  const requests = fixtureRequests();
  return {
    version: 1,
    kind: 'journey',
    scenario,
    steps: steps.length,
    endMs: 900,
    topology: topo,
    journeys: [],
    connections: [],
    requests,
    events,
    summary: { phases: [], requests: [], dns: { queries: [] }, arp: null, tls: null },
  };
}

function tls(
  type: string,
  from: 'browser' | 'server',
  t: number,
  encrypted: boolean,
  path: JourneyNode[],
  carried: Record<string, unknown>,
): Draft {
  return {
    kind: 'tls.message',
    from,
    to: from === 'browser' ? 'server' : 'browser',
    path,
    arriveAt: t + 40,
    ...carried,
    sender: from === 'browser' ? 'client' : 'server',
    type,
    version: 'TLS 1.3',
    contentType: 'handshake',
    encrypted,
    detail: { type: 'ServerHelloDone' },
    keys: { client: [], server: [], clientSends: 'none', serverSends: 'none' },
    flight: 1,
  };
}

/**
 * The waterfall's requests. req-1: the page (DNS 140, TCP 80, SSL 80, sent 1, TTFB 60, download
 * 42 from t = 2); req-2..7 sub-resources on conn-1..6 (conn-1 reused); req-8, req-9 queued for
 * conn-1 and conn-2; req-10 a fresh cache hit; req-0 a 301 redirect hop before the page (conn-9).
 */
export function fixtureRequests(): JourneyRequest[] {
  const req = (
    id: string,
    url: string,
    start: number,
    conn: string | null,
    t: Partial<WaterfallTimings>,
    extra: Partial<JourneyRequest> = {},
  ): JourneyRequest => {
    const tt = timings(t);
    const total = WATERFALL_PHASES.reduce((s, p) => s + tt[p], 0);
    return {
      id,
      journey: 1,
      url,
      type: 'img',
      method: 'GET',
      conditional: false,
      fromCache: false,
      status: 200,
      conn,
      start,
      end: start + total,
      timings: tt,
      ...extra,
    };
  };
  const page = 'https://www.example.com/index.html';
  const sub = (n: number, ext: string) => `https://www.example.com/assets/r${n}.${ext}`;
  const fresh = { 'Initial connection': 80, SSL: 80 };
  return [
    req(
      'req-1',
      page,
      2,
      'conn-1',
      {
        Stalled: 0.5,
        'DNS Lookup': 140,
        'Initial connection': 80,
        SSL: 80,
        'Request sent': 1,
        'Waiting (TTFB)': 60,
        'Content Download': 42,
      },
      { type: 'document' },
    ),
    req(
      'req-2',
      sub(1, 'css'),
      405.5,
      'conn-1',
      { 'Request sent': 1, 'Waiting (TTFB)': 60, 'Content Download': 20 },
      { type: 'css' },
    ),
    ...[2, 3, 4, 5, 6].map((n) =>
      req(`req-${n + 1}`, sub(n, n === 2 ? 'js' : 'png'), 405.5, `conn-${n}`, {
        Stalled: 1,
        ...fresh,
        'Request sent': 1,
        'Waiting (TTFB)': 60,
        'Content Download': 30,
      }),
    ),
    req('req-8', sub(7, 'png'), 405.5, 'conn-1', {
      Queueing: 81,
      'Request sent': 1,
      'Waiting (TTFB)': 60,
      'Content Download': 30,
    }),
    req('req-9', sub(8, 'png'), 405.5, 'conn-2', {
      Queueing: 253,
      'Request sent': 1,
      'Waiting (TTFB)': 60,
      'Content Download': 30,
    }),
    req('req-10', sub(9, 'png'), 405.5, null, { 'Content Download': 1 }, { fromCache: true }),
    req(
      'req-0',
      'http://example.com/index.html',
      0,
      'conn-9',
      { Stalled: 0.2, 'Request sent': 0.3, 'Waiting (TTFB)': 1, 'Content Download': 0.5 },
      { type: 'document', status: 301 },
    ),
  ];
}
