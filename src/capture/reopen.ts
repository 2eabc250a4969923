// Re-opening an exported trace of real traffic ("Open scenario or trace…" with a trace saved from
// a captured conversation or a HAR file): the file's source data is checked (reopenSchema.ts),
// then the trace is rebuilt from it with the functions the capture flow uses — toTcpTrace for the
// TCP view, captureFlightTrace for the congestion view, harTrace for the journey — so the views
// only ever get what those functions make, and the caller can tell whether the file's own trace
// is the same. A TCP trace does not keep its whole Conversation: what it lacks is derived again
// as the capture analysis derives it (the ISNs are the trace's `iss`, the states are inferred
// from the segments by states.ts, the totals are summed), which is also done for the congestion
// trace's conversation, so derived data edited in a file shows up as a difference.
import type { Endpoint, TcpTrace } from '../engine/trace';
import type { CongestionCaptureTrace } from '../engine/congestion/trace';
import { pathToString } from '../scenarios/common';
import type { HarAnalysis } from './har';
import { harTrace, type HarTrace } from './harTrace';
import { captureFlightTrace } from './flight';
import { inferStates } from './states';
import { toTcpTrace } from './toTcpTrace';
import {
  congestionCaptureTraceSchema,
  harTraceSchema,
  tcpCaptureTraceSchema,
} from './reopenSchema';
import type { Conversation } from './types';

/** The views a trace of real traffic opens in. */
export type TrafficView = 'tcp' | 'congestion' | 'journey';

/** What a trace file of real traffic holds, checked, ready for the capture flow's store actions. */
export type Reopened =
  | { view: 'tcp'; conversation: Conversation }
  | { view: 'congestion'; conversation: Conversation; sender: Endpoint }
  | { view: 'journey'; har: HarAnalysis };

/** A file's data and the trace rebuilt from it, or why the file cannot be shown. */
export type ReopenResult =
  | { ok: true; reopened: Reopened; trace: TcpTrace | CongestionCaptureTrace | HarTrace }
  | { ok: false; errors: string[] };

/** Which view a trace file made from real traffic belongs in (null: it is something else). */
export function trafficTraceView(json: Record<string, unknown>): TrafficView | null {
  if (json.kind === 'har') return 'journey';
  if (json.kind === 'congestion' && json.model === 'capture') return 'congestion';
  if (json.kind === 'tcp' && json.capture !== undefined) return 'tcp';
  return null;
}

/** The part of a conversation a trace file keeps as it was analysed. */
export type ConversationSource = Pick<
  Conversation,
  | 'id'
  | 'ipVersion'
  | 'client'
  | 'server'
  | 'midConnection'
  | 'bytes'
  | 'isn'
  | 'wscale'
  | 'handshakeRttMs'
  | 'counts'
  | 'segments'
>;

/**
 * A conversation from what a trace keeps of it: the rest derived as conversations.ts derives it
 * (states by inferStates from the segments, totals summed over them, times from them).
 */
export function conversationFrom(src: ConversationSource): Conversation {
  const segs = src.segments;
  const first = segs[0]!;
  const payloadBytes: Record<Endpoint, number> = { client: 0, server: 0 };
  let lastT = -Infinity;
  for (const s of segs) {
    payloadBytes[s.from] += s.len;
    if (s.t > lastT) lastT = s.t;
  }
  const states = inferStates(segs, src.midConnection);
  return {
    id: src.id,
    ipVersion: src.ipVersion,
    client: src.client,
    server: src.server,
    midConnection: src.midConnection,
    packets: segs.length,
    bytes: src.bytes,
    payloadBytes,
    startMs: first.t,
    durationMs: Math.max(0, lastT - first.t),
    firstFlags: first.flags,
    isn: src.isn,
    wscale: src.wscale,
    handshakeRttMs: src.handshakeRttMs,
    segments: segs,
    stateChanges: states.stateChanges,
    initialStates: states.initialStates,
    finalStates: states.finalStates,
    counts: src.counts,
  };
}

/** Readable errors of a failed check: `capture.segments[3].flags[0]: …`. */
const errorsOf = (issues: readonly { path: readonly PropertyKey[]; message: string }[]) =>
  issues.map((i) => `${pathToString(i.path)}: ${i.message}`);

/**
 * Checks a trace file of real traffic (its `view` from {@link trafficTraceView}) and rebuilds its
 * trace from its source data. The caller compares `trace` with the file.
 */
export function reopenTrafficTrace(json: unknown, view: TrafficView): ReopenResult {
  if (view === 'tcp') {
    const r = tcpCaptureTraceSchema.safeParse(json);
    if (!r.success) return { ok: false, errors: errorsOf(r.error.issues) };
    const { conversation: id, fileName, ...rest } = r.data.capture;
    const conversation = conversationFrom({ id, isn: r.data.iss, ...rest });
    const trace = toTcpTrace(conversation, fileName !== undefined ? { fileName } : {});
    return { ok: true, reopened: { view, conversation }, trace };
  }
  if (view === 'congestion') {
    const r = congestionCaptureTraceSchema.safeParse(json);
    if (!r.success) return { ok: false, errors: errorsOf(r.error.issues) };
    const conversation = conversationFrom(r.data.conversation);
    const { sender } = r.data;
    const trace = captureFlightTrace(conversation, sender);
    return { ok: true, reopened: { view, conversation, sender }, trace };
  }
  const r = harTraceSchema.safeParse(json);
  if (!r.success) return { ok: false, errors: errorsOf(r.error.issues) };
  const { creator, pages, requests } = r.data;
  // A HAR trace does not keep the file's HAR version; nothing after the reader uses it.
  const har: HarAnalysis = {
    kind: 'har',
    version: '1.2',
    creator,
    pages,
    requests: requests.map((q) => q.har),
  };
  return { ok: true, reopened: { view, har }, trace: harTrace(har) };
}
