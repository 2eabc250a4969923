// The parts of an exported trace of real traffic that re-opening it reads back (reopen.ts): a
// captured conversation's own data (addresses, ISNs, segments with their marks, options, TLS and
// HTTP) and a HAR's requests and pages. A trace file is untrusted input: every field the views
// will read is checked here, with bounds, before anything is rebuilt from it. Only source data is
// declared; what Wirewalk derives from it (states, counts of steps, the arrows, the waterfall
// rows) is rebuilt with the capture code's own functions and compared, not trusted.
import '../zodSetup';
import * as z from 'zod/mini';
import type { Endpoint } from '../engine/trace';
import { HAR_MAX_ENTRIES, HAR_MAX_VALUE, type HarAnalysis } from './har';
import {
  CAPTURE_TCP_FLAGS,
  type AnalysisMark,
  type ConversationCounts,
  type ConversationSegment,
  type TlsHandshakeType,
} from './types';

const U32 = 2 ** 32 - 1;
/** Longest text read from a trace file (an HTTP line is at most 200 characters, an SNI 255). */
const MAX_TEXT = 2000;
/** Longest URL or header value of a HAR request (a data: URL can be long; the file is ≤ 5 MB). */
const MAX_HAR_TEXT = 1_000_000;

const text = (max = MAX_TEXT) => z.string().check(z.maxLength(max));
const nat = (max: number) => z.int().check(z.minimum(0), z.maximum(max));
const u32 = nat(U32);
const positive = z.int().check(z.minimum(1), z.maximum(Number.MAX_SAFE_INTEGER));
const count = nat(Number.MAX_SAFE_INTEGER);
const list = <T extends z.ZodMiniType>(item: T, max: number) =>
  z.array(item).check(z.maxLength(max));
const bySide = <T extends z.ZodMiniType>(value: T) => z.object({ client: value, server: value });

const endpoint = z.enum(['client', 'server'] as const satisfies readonly Endpoint[]);
const flag = z.enum(CAPTURE_TCP_FLAGS);
const mark = z.enum([
  'retransmission',
  'fast-retransmission',
  'dup-ack',
  'zero-window',
  'window-update',
  'out-of-order',
  'lost-segment',
  'keep-alive',
] as const satisfies readonly AnalysisMark[]);
const handshakeType = z.enum([
  'hello_request',
  'client_hello',
  'server_hello',
  'new_session_ticket',
  'end_of_early_data',
  'encrypted_extensions',
  'certificate',
  'server_key_exchange',
  'certificate_request',
  'server_hello_done',
  'certificate_verify',
  'client_key_exchange',
  'finished',
  'key_update',
  'message_hash',
] as const satisfies readonly TlsHandshakeType[]);

/** An IP address as text and a port. */
const address = z.object({ ip: text(64), port: nat(65535) });

// RFC 9293 §3.1: 40 bytes of options hold at most four SACK blocks (RFC 2018 §3).
const tcpOptions = z.object({
  mss: z.optional(nat(65535)),
  wscale: z.optional(nat(255)),
  sackPermitted: z.optional(z.boolean()),
  sack: z.optional(list(z.tuple([u32, u32]), 4)),
  timestamp: z.optional(z.object({ value: u32, echo: u32 })),
});

const tlsHandshake = z.object({
  type: handshakeType,
  sni: z.optional(text()),
  alpn: z.optional(list(text(), 256)),
  cipherSuites: z.optional(list(text(), 65536)),
  cipherSuite: z.optional(text()),
  versions: z.optional(list(text(), 256)),
  certificates: z.optional(count),
});

const tlsRecord = z.object({
  contentType: z.enum([
    'change_cipher_spec',
    'alert',
    'handshake',
    'application_data',
    'heartbeat',
  ]),
  version: text(),
  length: nat(65535),
  encrypted: z.boolean(),
  handshakes: z.optional(list(tlsHandshake, 10_000)),
});

const httpLine = z.object({
  kind: z.enum(['request', 'response']),
  line: text(),
  method: z.optional(text()),
  target: z.optional(text()),
  version: text(),
  status: z.optional(nat(999)),
  reason: z.optional(text()),
});

// Typed as the capture code's types: a change there that the schema misses fails to compile.
const segment: z.ZodMiniType<ConversationSegment> = z.object({
  frame: positive,
  t: z.number(),
  from: endpoint,
  flags: list(flag, 8),
  seq: u32,
  ack: u32,
  len: u32,
  win: u32,
  analysis: list(mark, 8),
  dupAck: z.optional(z.object({ n: positive, of: positive })),
  retransmits: z.optional(positive),
  options: z.optional(tcpOptions),
  tls: z.optional(list(tlsRecord, 10_000)),
  http: z.optional(httpLine),
});

/** A conversation's segments: at least one, frames strictly increasing (frames identify them). */
const segments = z.array(segment).check(
  z.minLength(1),
  z.refine((s) => s.every((x, i) => i === 0 || x.frame > s[i - 1]!.frame), {
    error: 'frames must increase from one segment to the next',
  }),
);

const counts: z.ZodMiniType<ConversationCounts> = z.object({
  retransmissions: count,
  fastRetransmissions: count,
  dupAcks: count,
  zeroWindows: count,
  windowUpdates: count,
  outOfOrder: count,
  lostSegments: count,
  keepAlives: count,
});

/** What a conversation is made of, as a trace file holds it; the rest is derived from these. */
const conversationSource = {
  ipVersion: z.literal([4, 6]),
  client: address,
  server: address,
  midConnection: z.boolean(),
  bytes: count,
  wscale: bySide(z.nullable(nat(14))),
  handshakeRttMs: z.nullable(z.number().check(z.minimum(0))),
  counts,
  segments,
};
const conversationId = z.string().check(z.regex(/^conv-[1-9][0-9]{0,8}$/));

/** A TCP trace made from a captured conversation (toTcpTrace.ts): its ISNs and `capture`. */
export const tcpCaptureTraceSchema = z.object({
  iss: bySide(u32),
  capture: z.object({
    conversation: conversationId,
    fileName: z.optional(text()),
    ...conversationSource,
  }),
});

/** The congestion view's trace of a captured conversation (flight.ts): the conversation and the
 * direction drawn. */
export const congestionCaptureTraceSchema = z.object({
  conversation: z.object({ id: conversationId, isn: bySide(u32), ...conversationSource }),
  sender: endpoint,
});

const nullableText = (max = MAX_TEXT) => z.nullable(text(max));
const ms = z.number().check(z.minimum(0), z.maximum(HAR_MAX_VALUE));
const header = z.object({ name: text(), value: text(MAX_HAR_TEXT) });
const harRequest: z.ZodMiniType<HarAnalysis['requests'][number]> = z.object({
  id: z.string().check(z.regex(/^req-[1-9][0-9]{0,8}$/)),
  entry: nat(HAR_MAX_ENTRIES),
  page: nullableText(),
  url: text(MAX_HAR_TEXT),
  method: text(),
  status: count,
  statusText: text(),
  httpVersion: text(),
  startMs: z.number().check(z.minimum(0)),
  timings: z.object({
    queueing: ms,
    stalled: ms,
    dns: ms,
    connect: ms,
    ssl: ms,
    send: ms,
    wait: ms,
    receive: ms,
  }),
  totalMs: z.number().check(z.minimum(0)),
  timeMs: z.nullable(ms),
  connection: nullableText(),
  reused: z.boolean(),
  serverIp: nullableText(),
  requestHeaders: list(header, 10_000),
  responseHeaders: list(header, 10_000),
  mimeType: nullableText(),
  size: z.nullable(count),
  contentSize: z.nullable(count),
  fromCache: z.nullable(z.enum(['memory', 'disk'])),
  resourceType: nullableText(),
  redirectUrl: nullableText(MAX_HAR_TEXT),
  error: nullableText(),
});
const harPage: z.ZodMiniType<HarAnalysis['pages'][number]> = z.object({
  id: text(),
  title: text(MAX_HAR_TEXT),
  startMs: z.nullable(z.number()),
  onContentLoadMs: z.nullable(z.number()),
  onLoadMs: z.nullable(z.number()),
});

/** The journey view's trace of a HAR file (harTrace.ts): its recorder, pages, and each row's
 * request as the HAR reader gave it (ids `req-1`, `req-2`… in order, as the reader numbers them). */
export const harTraceSchema = z.object({
  creator: z.object({ name: text(), version: text() }),
  pages: list(harPage, HAR_MAX_ENTRIES),
  requests: list(z.object({ har: harRequest }), HAR_MAX_ENTRIES).check(
    z.refine((rs) => rs.every((r, i) => r.har.id === `req-${i + 1}`), {
      error: 'requests must be numbered req-1, req-2, … in order',
    }),
  ),
});
