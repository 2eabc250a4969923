// Sentences about segments: why one was sent (from its reason and what triggered it), lost, received.
import type { Endpoint, EventOf, Segment, TcpTrace, TraceEvent } from '../engine/trace';
import type { Translate } from '../i18n/i18n';
import {
  actor,
  flagsLabel,
  keyNumber,
  lastByte,
  shownAck,
  shownSeq,
  type NumberMode,
} from './format';
import { indexTrace } from './index';

type Sent = EventOf<'segment.sent'>;
type Arrival = EventOf<'segment.arrived'>;

/** Why `e` was sent; `before` holds the earlier events of the same step (the likely trigger). */
export function narrateSent(
  trace: TcpTrace,
  before: readonly TraceEvent[],
  e: Sent,
  t: Translate,
  mode: NumberMode,
): string {
  const seg = e.segment;
  const p = {
    ...actor(seg.from, t),
    seq: shownSeq(trace, seg, mode),
    ack: shownAck(trace, seg, mode),
    flags: flagsLabel(seg.flags),
    len: seg.len,
  };
  const trigger = lastArrivalAt(before, seg.from);
  const cause = trigger && indexTrace(trace).segments.get(trigger.segId);
  switch (seg.reason) {
    case 'syn':
      return t('narr.sent.syn', p);
    case 'synAck':
      return t('narr.sent.synAck', p);
    case 'data':
      return t('narr.sent.data', { ...p, last: lastByte(p.seq, seg.len) });
    case 'fin':
      return t('narr.sent.fin', p);
    case 'challengeAck':
      return t('narr.sent.challengeAck', p);
    case 'retransmit':
      return t(retransmitKey(trace, before, seg.from), p);
    case 'injected':
      return t('narr.sent.injected', p);
    case 'duplicate':
      return t('narr.sent.duplicate', p);
    case 'rst':
      if (trigger?.verdict === 'noListener') {
        return t(
          cause?.flags.includes('SYN') ? 'narr.sent.rstRefused' : 'narr.sent.rstNoConnection',
          p,
        );
      }
      if (trigger?.verdict === 'unacceptableAck') return t('narr.sent.rstUnacceptable', p);
      if (before.some((b) => b.kind === 'app' && b.action === 'abort' && b.endpoint === seg.from)) {
        return t('narr.sent.rstAbort', p);
      }
      return t('narr.sent.rst', p);
    case 'ack':
      if (trigger?.verdict === 'duplicate') return t('narr.sent.reAck', p);
      if (cause && cause.len > 0) {
        return t('narr.sent.dataAck', {
          ...p,
          bytes: cause.len,
          start: shownSeq(trace, cause, mode),
        });
      }
      if (cause?.flags.includes('SYN')) return t('narr.sent.handshakeAck', p);
      if (cause?.flags.includes('FIN')) return t('narr.sent.finAck', p);
      return t('narr.sent.ack', p);
  }
}

/**
 * Why a segment is re-sent: the RTO fired, or (with congestion control) a third duplicate ACK
 * (fast retransmit), a partial ACK (NewReno), or the go-back-N that follows a timeout.
 */
function retransmitKey(
  trace: TcpTrace,
  before: readonly TraceEvent[],
  from: Endpoint,
):
  | 'narr.sent.retransmit'
  | 'narr.sent.fastRetransmit'
  | 'narr.sent.partialRetransmit'
  | 'narr.sent.goBackN' {
  let key: ReturnType<typeof retransmitKey> | null = null;
  for (const b of before) {
    if (b.kind === 'timer.fired' && b.endpoint === from && b.timer === 'rto')
      return 'narr.sent.retransmit';
    if (b.kind !== 'cc.changed' || b.endpoint !== from) continue;
    if (b.cause === 'tripleDupAck') key = 'narr.sent.fastRetransmit';
    if (b.cause === 'partialAck') key = 'narr.sent.partialRetransmit';
  }
  return key ?? (trace.scenario.congestion ? 'narr.sent.goBackN' : 'narr.sent.retransmit');
}

function lastArrivalAt(
  events: readonly TraceEvent[],
  endpoint: Segment['from'],
): Arrival | undefined {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e?.kind === 'segment.arrived' && e.endpoint === endpoint) return e;
  }
  return undefined;
}

/** Sentence parameters shared by lost and arrived segments: who, flags and the shown numbers. */
function segmentParams(
  trace: TcpTrace,
  seg: Segment,
  who: Endpoint,
  t: Translate,
  mode: NumberMode,
) {
  return {
    ...actor(who, t),
    flags: flagsLabel(seg.flags),
    seq: shownSeq(trace, seg, mode),
    ack: shownAck(trace, seg, mode),
    num: keyNumber(trace, seg, mode),
  };
}

/** "The client's SYN (seq=0) is lost on the way: the server never sees it." */
export function narrateLost(
  trace: TcpTrace,
  e: EventOf<'segment.lost'>,
  t: Translate,
  mode: NumberMode,
): string {
  const seg = indexTrace(trace).segments.get(e.segId);
  if (!seg) return '';
  const p = segmentParams(trace, seg, seg.from, t, mode);
  return t(
    e.reason === 'random'
      ? 'narr.lost.random'
      : e.reason === 'queue'
        ? 'narr.lost.queue'
        : 'narr.lost.fault',
    p,
  );
}

/** What the receiver made of an arriving segment (RFC 9293 §3.10.7). */
export function narrateArrival(
  trace: TcpTrace,
  e: Arrival,
  t: Translate,
  mode: NumberMode,
): string {
  const seg = indexTrace(trace).segments.get(e.segId);
  if (!seg) return '';
  const p = segmentParams(trace, seg, e.endpoint, t, mode);
  if (e.verdict === 'duplicate' && seg.flags.includes('SYN') && seg.flags.includes('ACK')) {
    return t('narr.arrived.duplicateSynAck', p);
  }
  return t(`narr.arrived.${e.verdict}`, p);
}
