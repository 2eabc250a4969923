// Scenario files: the schema every input passes before the engine sees it (CLI, URL, panel, upload).
// Course authors write these by hand, so every message names the field and the allowed range.
import { z } from 'zod';
import { scenarioMetaFields, type Parsed } from './common';
import { pathToString } from './common';

const MAX_TIME_MS = 24 * 3600 * 1000;
const U32 = 2 ** 32 - 1;

const timeMs = z
  .number({ error: 'must be a number of milliseconds' })
  .min(0, { error: 'must be ≥ 0 ms' })
  .max(MAX_TIME_MS, { error: `must be ≤ ${MAX_TIME_MS} ms (24 h)` });
const at = z.object({ at: timeMs }).strict();
const endpoint = z.enum(['client', 'server'], { error: 'must be "client" or "server"' });
const flag = z.enum(['SYN', 'ACK', 'FIN', 'RST', 'PSH'], {
  error: 'must be one of SYN, ACK, FIN, RST, PSH',
});
const positiveInt = (max: number, what = 'value') =>
  z
    .number({ error: `must be a whole number` })
    .int({ error: 'must be a whole number' })
    .min(1, { error: `must be ≥ 1` })
    .max(max, { error: `must be ≤ ${max} (${what})` });

const tcpSide = z
  .object({
    /** Initial sequence number; omitted = chosen from the seed. */
    isn: z
      .number({ error: 'must be a number' })
      .int({ error: 'must be a whole number' })
      .min(0, { error: 'must be ≥ 0' })
      .max(U32, { error: `must be ≤ ${U32} (32-bit sequence space)` })
      .optional(),
    /** Active open (send SYN) at this time. */
    open: at.optional(),
    /** Passive open (LISTEN) from the start. */
    listen: z.boolean({ error: 'must be true or false' }).optional(),
    /** Application writes: `bytes` handed to TCP at time `at`. */
    send: z
      .array(z.object({ at: timeMs, bytes: positiveInt(1e9, 'bytes in one write') }).strict())
      .max(10_000)
      .default([]),
    /** The application calls CLOSE at this time (FIN goes after queued data). */
    close: at.optional(),
    /** The application calls ABORT at this time (RST, RFC 9293 §3.10.5). */
    abort: at.optional(),
    /** Receive window advertised (bytes; no window scaling). */
    window: positiveInt(65535, 'receive window without window scaling').default(65535),
  })
  .strict();

const dropFault = z
  .object({
    drop: z
      .object({
        from: endpoint,
        /** Exact flag set of the segment to drop, e.g. ["ACK","SYN"]. */
        flags: z.array(flag).min(1, { error: 'name at least one flag' }),
        /** Which matching segment from that side to drop: 1 = the first. */
        occurrence: positiveInt(1e6, 'occurrence').default(1),
      })
      .strict(),
  })
  .strict();
const dropIndexFault = z
  .object({ dropIndex: z.object({ index: positiveInt(1e7, 'segment index') }).strict() })
  .strict();
const randomLossFault = z
  .object({
    randomLoss: z
      .object({
        rate: z
          .number({ error: 'must be a number' })
          .min(0, { error: 'must be ≥ 0' })
          .max(0.9, { error: 'must be ≤ 0.9' }),
        from: endpoint.optional(),
      })
      .strict(),
  })
  .strict();
const delayFault = z
  .object({
    delay: z
      .object({
        index: positiveInt(1e7, 'segment index'),
        byMs: timeMs.refine((v) => v > 0, 'must be > 0 ms'),
      })
      .strict(),
  })
  .strict();
const duplicateFault = z
  .object({
    duplicate: z
      .object({ index: positiveInt(1e7, 'segment index'), afterMs: timeMs.default(1) })
      .strict(),
  })
  .strict();

/**
 * Data segments (len > 0) sent by `from` in [fromMs, toMs): the first `count` of them, or all.
 * Without `toMs` the outage lasts until `from`'s retransmission timer fires.
 */
const dropDataFault = z
  .object({
    dropData: z
      .object({
        from: endpoint,
        fromMs: timeMs,
        toMs: timeMs.optional(),
        count: positiveInt(1e7, 'segments to drop').optional(),
        /** Skip retransmissions: only segments carrying data never sent before count. */
        newDataOnly: z.boolean({ error: 'must be true or false' }).default(false),
      })
      .strict()
      .refine((d) => d.toMs === undefined || d.toMs > d.fromMs, {
        error: 'toMs must be > fromMs',
        path: ['toMs'],
      }),
  })
  .strict();

export const faultSchema = z.union(
  [dropFault, dropIndexFault, randomLossFault, delayFault, duplicateFault, dropDataFault],
  {
    error:
      'each fault is one of {"drop": {from, flags, occurrence}}, {"dropIndex": {index}}, {"randomLoss": {rate}}, {"delay": {index, byMs}}, {"duplicate": {index}}, {"dropData": {from, fromMs, toMs}}',
  },
);

const injectSchema = z
  .object({
    at: timeMs,
    from: endpoint,
    flags: z.array(flag).min(1),
    /** Absolute sequence number. */
    seq: z.number().int().min(0).max(U32),
    ack: z.number().int().min(0).max(U32).default(0),
    len: z.number().int().min(0).max(65535).default(0),
  })
  .strict();

/** Opt-in congestion control (RFC 5681, RFC 6582, RFC 9438): omitted = the sender is limited by the peer's window only. */
const congestionSchema = z
  .object({
    algorithm: z
      .enum(['tahoe', 'reno', 'newreno', 'cubic'], {
        error: 'must be "tahoe", "reno", "newreno" or "cubic"',
      })
      .default('reno'),
    /** Initial congestion window, in segments (RFC 5681 §3.1 IW). */
    initialCwnd: positiveInt(100, 'initial cwnd in segments').default(1),
    /** Initial slow-start threshold, in segments. */
    initialSsthresh: positiveInt(1_000_000, 'initial ssthresh in segments').default(64),
  })
  .strict();

export const tcpScenarioSchema = z
  .object({
    kind: z.literal('tcp', { error: 'kind must be "tcp"' }),
    ...scenarioMetaFields,
    /** How views show seq/ack by default: relative to each side's ISN (like Wireshark) or absolute. */
    numbers: z
      .enum(['relative', 'absolute'], { error: 'must be "relative" or "absolute"' })
      .optional(),
    seed: z
      .number({ error: 'must be a whole number' })
      .int({ error: 'must be a whole number' })
      .min(0, { error: 'must be ≥ 0' })
      .max(U32, { error: `must be ≤ ${U32}` })
      .default(1),
    /** Round-trip time of the path (one-way delay = rttMs / 2). */
    rttMs: z
      .number({ error: 'must be a number' })
      .min(0.01, { error: 'must be > 0 ms' })
      .max(600_000, { error: 'must be ≤ 600000 ms' })
      .default(100),
    /** Link rate; omitted = infinitely fast (no serialization delay). */
    bandwidthBps: z.number().min(1000, { error: 'must be ≥ 1000 bit/s' }).max(1e12).optional(),
    /** Drop-tail bottleneck queue, in packets per direction (needs bandwidthBps). */
    queuePackets: positiveInt(1_000_000, 'queue size in packets').optional(),
    /** Congestion control (opt-in). */
    congestion: congestionSchema.optional(),
    mss: positiveInt(65495, 'MSS').default(1460),
    mslMs: positiveInt(3_600_000, 'MSL').default(30_000),
    rtoInitialMs: positiveInt(600_000, 'initial RTO').default(1000),
    rtoMinMs: positiveInt(600_000, 'minimum RTO').default(1000),
    rtoMaxMs: positiveInt(3_600_000, 'maximum RTO').default(60_000),
    synRetries: z.number().int().min(0).max(20, { error: 'must be ≤ 20' }).default(6),
    synAckRetries: z.number().int().min(0).max(20, { error: 'must be ≤ 20' }).default(5),
    dataRetries: z.number().int().min(0).max(30, { error: 'must be ≤ 30' }).default(15),
    /** Stop the simulation here even if events remain (safety net). */
    maxTimeMs: timeMs.default(MAX_TIME_MS),
    client: tcpSide.default({ send: [], window: 65535 }),
    server: tcpSide.default({ send: [], window: 65535 }),
    faults: z.array(faultSchema).max(1000).default([]),
    inject: z.array(injectSchema).max(100).default([]),
  })
  .strict();

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
