// Scenario files: the schema every input passes before the engine sees it (CLI, URL, panel, upload).
// Course authors write these by hand, so every message names the field and the allowed range.
import '../zodSetup';
import * as z from 'zod/mini';
import { scenarioMetaFields, type Parsed } from './common';
import { pathToString } from './common';

const MAX_TIME_MS = 24 * 3600 * 1000;
const U32 = 2 ** 32 - 1;

const timeMs = z
  .number({ error: 'must be a number of milliseconds' })
  .check(
    z.minimum(0, { error: 'must be ≥ 0 ms' }),
    z.maximum(MAX_TIME_MS, { error: `must be ≤ ${MAX_TIME_MS} ms (24 h)` }),
  );
const at = z.strictObject({ at: timeMs });
const endpoint = z.enum(['client', 'server'], { error: 'must be "client" or "server"' });
const flag = z.enum(['SYN', 'ACK', 'FIN', 'RST', 'PSH'], {
  error: 'must be one of SYN, ACK, FIN, RST, PSH',
});
const positiveInt = (max: number, what = 'value') =>
  z
    .int({ error: 'must be a whole number' })
    .check(
      z.minimum(1, { error: `must be ≥ 1` }),
      z.maximum(max, { error: `must be ≤ ${max} (${what})` }),
    );

const tcpSide = z.strictObject({
  /** Initial sequence number; omitted = chosen from the seed. */
  isn: z.optional(
    z.number({ error: 'must be a number' }).check(
      // z.int() as a check (not the base schema): a fraction gets its own message.
      z.int({ error: 'must be a whole number' }),
      z.minimum(0, { error: 'must be ≥ 0' }),
      z.maximum(U32, { error: `must be ≤ ${U32} (32-bit sequence space)` }),
    ),
  ),
  /** Active open (send SYN) at this time. */
  open: z.optional(at),
  /** Passive open (LISTEN) from the start. */
  listen: z.optional(z.boolean({ error: 'must be true or false' })),
  /** Application writes: `bytes` handed to TCP at time `at`. */
  send: z._default(
    z
      .array(z.strictObject({ at: timeMs, bytes: positiveInt(1e9, 'bytes in one write') }))
      .check(z.maxLength(10_000)),
    [],
  ),
  /** The application calls CLOSE at this time (FIN goes after queued data). */
  close: z.optional(at),
  /** The application calls ABORT at this time (RST, RFC 9293 §3.10.5). */
  abort: z.optional(at),
  /** Receive window advertised (bytes; no window scaling). */
  window: z._default(positiveInt(65535, 'receive window without window scaling'), 65535),
});

const dropFault = z.strictObject({
  drop: z.strictObject({
    from: endpoint,
    /** Exact flag set of the segment to drop, e.g. ["ACK","SYN"]. */
    flags: z.array(flag).check(z.minLength(1, { error: 'name at least one flag' })),
    /** Which matching segment from that side to drop: 1 = the first. */
    occurrence: z._default(positiveInt(1e6, 'occurrence'), 1),
  }),
});
const dropIndexFault = z.strictObject({
  dropIndex: z.strictObject({ index: positiveInt(1e7, 'segment index') }),
});
const randomLossFault = z.strictObject({
  randomLoss: z.strictObject({
    rate: z
      .number({ error: 'must be a number' })
      .check(z.minimum(0, { error: 'must be ≥ 0' }), z.maximum(0.9, { error: 'must be ≤ 0.9' })),
    from: z.optional(endpoint),
  }),
});
const delayFault = z.strictObject({
  delay: z.strictObject({
    index: positiveInt(1e7, 'segment index'),
    byMs: timeMs.check(z.refine((v) => v > 0, 'must be > 0 ms')),
  }),
});
const duplicateFault = z.strictObject({
  duplicate: z.strictObject({
    index: positiveInt(1e7, 'segment index'),
    afterMs: z._default(timeMs, 1),
  }),
});

/**
 * Data segments (len > 0) sent by `from` in [fromMs, toMs): the first `count` of them, or all.
 * Without `toMs` the outage lasts until `from`'s retransmission timer fires.
 */
const dropDataFault = z.strictObject({
  dropData: z
    .strictObject({
      from: endpoint,
      fromMs: timeMs,
      toMs: z.optional(timeMs),
      count: z.optional(positiveInt(1e7, 'segments to drop')),
      /** Skip retransmissions: only segments carrying data never sent before count. */
      newDataOnly: z._default(z.boolean({ error: 'must be true or false' }), false),
    })
    .check(
      z.refine((d) => d.toMs === undefined || d.toMs > d.fromMs, {
        error: 'toMs must be > fromMs',
        path: ['toMs'],
      }),
    ),
});

export const faultSchema = z.union(
  [dropFault, dropIndexFault, randomLossFault, delayFault, duplicateFault, dropDataFault],
  {
    error:
      'each fault is one of {"drop": {from, flags, occurrence}}, {"dropIndex": {index}}, {"randomLoss": {rate}}, {"delay": {index, byMs}}, {"duplicate": {index}}, {"dropData": {from, fromMs, toMs}}',
  },
);

const injectSchema = z.strictObject({
  at: timeMs,
  from: endpoint,
  flags: z.array(flag).check(z.minLength(1)),
  /** Absolute sequence number. */
  seq: z.int().check(z.minimum(0), z.maximum(U32)),
  ack: z._default(z.int().check(z.minimum(0), z.maximum(U32)), 0),
  len: z._default(z.int().check(z.minimum(0), z.maximum(65535)), 0),
});

/** Opt-in congestion control (RFC 5681, RFC 6582, RFC 9438): omitted = the sender is limited by the peer's window only. */
const congestionSchema = z.strictObject({
  algorithm: z._default(
    z.enum(['tahoe', 'reno', 'newreno', 'cubic'], {
      error: 'must be "tahoe", "reno", "newreno" or "cubic"',
    }),
    'reno',
  ),
  /** Initial congestion window, in segments (RFC 5681 §3.1 IW). */
  initialCwnd: z._default(positiveInt(100, 'initial cwnd in segments'), 1),
  /** Initial slow-start threshold, in segments. */
  initialSsthresh: z._default(positiveInt(1_000_000, 'initial ssthresh in segments'), 64),
});

export const tcpScenarioSchema = z.strictObject({
  kind: z.literal('tcp', { error: 'kind must be "tcp"' }),
  ...scenarioMetaFields,
  /** How views show seq/ack by default: relative to each side's ISN (like Wireshark) or absolute. */
  numbers: z.optional(
    z.enum(['relative', 'absolute'], { error: 'must be "relative" or "absolute"' }),
  ),
  seed: z._default(
    z
      .int({ error: 'must be a whole number' })
      .check(z.minimum(0, { error: 'must be ≥ 0' }), z.maximum(U32, { error: `must be ≤ ${U32}` })),
    1,
  ),
  /** Round-trip time of the path (one-way delay = rttMs / 2). */
  rttMs: z._default(
    z
      .number({ error: 'must be a number' })
      .check(
        z.minimum(0.01, { error: 'must be > 0 ms' }),
        z.maximum(600_000, { error: 'must be ≤ 600000 ms' }),
      ),
    100,
  ),
  /** Link rate; omitted = infinitely fast (no serialization delay). */
  bandwidthBps: z.optional(
    z.number().check(z.minimum(1000, { error: 'must be ≥ 1000 bit/s' }), z.maximum(1e12)),
  ),
  /** Drop-tail bottleneck queue, in packets per direction (needs bandwidthBps). */
  queuePackets: z.optional(positiveInt(1_000_000, 'queue size in packets')),
  /** Congestion control (opt-in). */
  congestion: z.optional(congestionSchema),
  mss: z._default(positiveInt(65495, 'MSS'), 1460),
  mslMs: z._default(positiveInt(3_600_000, 'MSL'), 30_000),
  rtoInitialMs: z._default(positiveInt(600_000, 'initial RTO'), 1000),
  rtoMinMs: z._default(positiveInt(600_000, 'minimum RTO'), 1000),
  rtoMaxMs: z._default(positiveInt(3_600_000, 'maximum RTO'), 60_000),
  synRetries: z._default(z.int().check(z.minimum(0), z.maximum(20, { error: 'must be ≤ 20' })), 6),
  synAckRetries: z._default(
    z.int().check(z.minimum(0), z.maximum(20, { error: 'must be ≤ 20' })),
    5,
  ),
  dataRetries: z._default(
    z.int().check(z.minimum(0), z.maximum(30, { error: 'must be ≤ 30' })),
    15,
  ),
  /** Stop the simulation here even if events remain (safety net). */
  maxTimeMs: z._default(timeMs, MAX_TIME_MS),
  client: z._default(tcpSide, { send: [], window: 65535 }),
  server: z._default(tcpSide, { send: [], window: 65535 }),
  faults: z._default(z.array(faultSchema).check(z.maxLength(1000)), []),
  inject: z._default(z.array(injectSchema).check(z.maxLength(100)), []),
});

/** A scenario as written by a person (defaults optional). */
export type TcpScenarioInput = z.input<typeof tcpScenarioSchema>;
/** A scenario with every default filled in: what the engine runs. */
export type TcpScenario = z.output<typeof tcpScenarioSchema>;
export type Fault = z.output<typeof faultSchema>;
export type CongestionConfig = z.output<typeof congestionSchema>;

export const scenarioSchema = tcpScenarioSchema;
export type Scenario = TcpScenario;

export { pathToString, type Parsed } from './common';

/** Validates an unknown value as a scenario; errors are one readable line each. */
export function parseScenario(input: unknown): Parsed<Scenario> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: ['(scenario): must be a JSON object like {"kind": "tcp", ...}'] };
  }
  const r = scenarioSchema.safeParse(input);
  if (r.success) {
    const extra = crossCheck(r.data);
    // A JSON round trip drops keys whose value is undefined, so the scenario is plain JSON data.
    return extra.length
      ? { ok: false, errors: extra }
      : { ok: true, value: JSON.parse(JSON.stringify(r.data)) as Scenario };
  }
  return {
    ok: false,
    errors: r.error.issues.map((i) => `${pathToString(i.path)}: ${i.message}`),
  };
}

/** Rules that span fields. */
function crossCheck(s: Scenario): string[] {
  const errs: string[] = [];
  if (!s.client.open && !s.server.open) {
    errs.push('client.open: at least one side must open actively ({"open": {"at": 0}})');
  }
  if (s.server.listen && s.server.open) {
    errs.push('server: choose "listen" (passive open) or "open" (active open), not both');
  }
  if (s.client.listen && s.client.open) {
    errs.push('client: choose "listen" (passive open) or "open" (active open), not both');
  }
  if (s.rtoMinMs > s.rtoMaxMs) errs.push('rtoMinMs: must be ≤ rtoMaxMs');
  if (s.queuePackets !== undefined && s.bandwidthBps === undefined) {
    errs.push('queuePackets: a bottleneck queue needs a link rate: set "bandwidthBps" too');
  }
  return errs;
}

/** Parses JSON text, then validates it. */
export function parseScenarioText(text: string): Parsed<Scenario> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`not valid JSON: ${(e as Error).message}`] };
  }
  return parseScenario(json);
}
