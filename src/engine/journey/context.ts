// The state of a journey run while the engine works: the scenario, addresses, caches (DNS at each
// level, ARP), connections and requests, and the recorder of steps. Local to one run.
import type { JourneyScenario } from '../../scenarios/journeySchema';
import type { Rng } from '../rng';
import type { ConnRun } from './connection';
import type { NetPlan } from './net';
import type { Recorder } from './recorder';
import type { TlsPlan } from './tls';
import type {
  DnsQueryResult,
  DnsServerRole,
  JourneyHop,
  JourneyPhase,
  ResourceType,
  WaterfallTimings,
} from './trace';
import type { JourneyUrl } from '../../scenarios/journeyUrl';

/** A message whose event is made once its connection's TCP run is final. */
export interface PendingMessage {
  tag: string;
  journey: number;
  phase: JourneyPhase;
  make: (span: import('./connection').Span) => import('./recorder').Payload;
}

/** An HTTP connection: a TCP run plus what it carries. */
export interface Conn {
  id: string;
  journey: number;
  url: JourneyUrl;
  origin: string;
  https: boolean;
  tls: TlsPlan | null;
  http: '1.0' | '1.1';
  clientPort: number;
  run: ConnRun;
  /** connect() called; the SYN leaves at `synAt` (after ARP if needed). */
  openedAt: number;
  synAt: number;
  establishedAt: number;
  /** When the first request may be written (TLS done, or ESTABLISHED + the host's reaction). */
  secureAt: number | null;
  /** When the connection can take the next request (last response byte arrived). */
  idleAt: number;
  /** Requests sent on it so far. */
  used: number;
  closing: boolean;
  /** HTTP/1.0: when the server's close_notify (or FIN) left. */
  serverCloseAt: number | null;
  closedAt: number | null;
  requestIds: string[];
  messages: PendingMessage[];
}

/** What the waterfall needs about a request, as absolute times. */
export interface RequestTimes {
  start: number;
  /** Ready to use the network (cache looked up, a connection slot obtained). */
  queuedUntil: number;
  dnsEnd: number;
  /** New connection: ESTABLISHED, TLS done. Null when an open connection was reused. */
  establishedAt: number | null;
  secureAt: number | null;
  lastRequestSentAt: number;
  firstByteAt: number;
  end: number;
}

export interface ReqRecord {
  id: string;
  journey: number;
  url: string;
  type: ResourceType;
  conditional: boolean;
  fromCache: boolean;
  status: number;
  conn: string | null;
  times: RequestTimes;
  timings?: WaterfallTimings;
}

export interface Ctx {
  sc: JourneyScenario;
  net: NetPlan;
  rng: Rng;
  rec: Recorder;
  browserDns: Map<string, number>;
  osDns: Map<string, number>;
  hostsFile: Map<string, string>;
  resolverA: Map<string, number>;
  /** Zones whose NS records the resolver has cached ("com.", "example.com."). */
  resolverZones: Set<string>;
  /** IPs whose MAC address the client knows. */
  arpCache: Set<string>;
  arpRequests: { targetIp: string; viaGateway: boolean; t: number }[];
  dnsQueries: { server: DnsServerRole; result: DnsQueryResult }[];
  conns: Conn[];
  requests: ReqRecord[];
  hops: JourneyHop[];
  nextClientPort: number;
}
