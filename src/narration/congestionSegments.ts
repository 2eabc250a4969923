// Narration of the congestion lab's "segments" model: the TCP narration of the step (what was
// sent, what arrived, what was lost) followed by why the sender's window changed, in segments,
// per algorithm. Pure: trace + step + translate function in, strings out.
import { segmentsGeometry } from '../engine/congestion/geometry';
import {
  roundAtTime,
  tcpTraceOf,
  timeAtStep,
  type CongestionSegmentsTrace,
} from '../engine/congestion/trace';
import type { EventOf } from '../engine/trace';
import type { Translate } from '../i18n/i18n';
import { ALGORITHM_NAMES, formatSegments as n } from '../viz/cwnd/format';
import { indexTrace } from './index';
import { narrate } from './narrate';

/** A bit rate in the largest unit that keeps a whole number part: "1 Mbit/s", "652.13 kbit/s". */
export function formatRate(bps: number): string {
  const units = [
    [1e9, 'Gbit/s'],
    [1e6, 'Mbit/s'],
    [1e3, 'kbit/s'],
  ] as const;
  for (const [f, u] of units) if (bps >= f) return `${n(bps / f)} ${u}`;
  return `${n(bps)} bit/s`;
}

/** The narration panel's heading for a step: the round and the time. */
export function segmentsHeading(
  trace: CongestionSegmentsTrace,
  step: number,
  t: Translate,
): string {
  const time = timeAtStep(trace, step);
  const round = roundAtTime(trace, time);
  const ms = n(time);
  return round === 0
    ? t('ccs.heading.handshake', { time: ms })
    : t('ccs.heading.round', { round, time: ms });
}

/** The sentences of `step`. */
export function narrateSegments(
  trace: CongestionSegmentsTrace,
  step: number,
  t: Translate,
): string[] {
  if (step <= 0) return intro(trace, t);
  const tcp = tcpTraceOf(trace);
  const out = narrate(tcp, step, t).filter((s) => s !== t('narr.end'));
  for (const e of indexTrace(tcp).byStep[step] ?? [])
    if (e.kind === 'cc.changed' && e.endpoint === 'client') out.push(...why(trace, e, t));
  if (step === trace.steps) out.push(end(trace, t));
  return out;
}

function intro(trace: CongestionSegmentsTrace, t: Translate): string[] {
  const sc = trace.scenario;
  const { mss } = segmentsGeometry(sc);
  const out = [
    t('ccs.intro.setup', {
      alg: ALGORITHM_NAMES[sc.algorithm],
      rounds: sc.rounds,
      rtt: sc.rttMs,
      mss,
      cwnd: n(sc.initialCwnd),
      ssthresh: n(sc.initialSsthresh),
    }),
  ];
  if (sc.bandwidthBps) {
    // Bandwidth-delay product in full-sized packets (MSS + 40 bytes of headers).
    const bdp = (sc.bandwidthBps * sc.rttMs) / 1000 / 8 / (mss + 40);
    const params = { bw: formatRate(sc.bandwidthBps), bdp: n(Math.round(bdp * 10) / 10) };
    out.push(
      sc.queuePackets !== undefined
        ? t('ccs.intro.pipe', {
            ...params,
            queue: sc.queuePackets,
            pipe: n(Math.round(bdp + sc.queuePackets)),
          })
        : t('ccs.intro.noQueue', params),
    );
  } else out.push(t('ccs.intro.noBottleneck'));
  out.push(t('ccs.intro.rwnd', { rwnd: n(trace.rwnd), bytes: n(trace.rwndBytes) }));
  if (sc.losses.length > 0)
    out.push(
      t('ccs.intro.losses', {
        list: sc.losses.map((l) => t(`ccn.loss.${l.type}`, { round: l.round })).join(', '),
      }),
    );
  out.push(t('ccs.intro.start'));
  return out;
}

/** Why the window changed, in segments (the TCP narration has said what changed, in bytes). */
function why(trace: CongestionSegmentsTrace, e: EventOf<'cc.changed'>, t: Translate): string[] {
  const mss = trace.mss;
  const cwnd = n(Math.round((e.cwndBytes / mss) * 100) / 100);
  const ssthresh = n(Math.round((e.ssthreshBytes / mss) * 100) / 100);
  const alg = trace.scenario.algorithm;
  switch (e.cause) {
    case 'tripleDupAck':
      if (alg === 'tahoe') return [t('ccs.why.dup3.tahoe', { ssthresh })];
      if (alg === 'cubic')
        return [
          t('ccs.why.dup3.cubic', {
            ssthresh,
            wMax: n(Math.round(((e.wMaxBytes ?? 0) / mss) * 100) / 100),
          }),
        ];
      return [t('ccs.why.dup3', { alg: ALGORITHM_NAMES[alg], ssthresh, cwnd })];
    case 'timeout':
      return [t('ccs.why.timeout', { ssthresh })];
    case 'partialAck':
      return [t('ccs.why.partialAck')];
    case 'fullAck':
      return [t('ccs.why.fullAck', { cwnd })];
    case 'newAck':
      if (e.phase === 'congestionAvoidance' && wasRecovering(trace, e))
        return [t('ccs.why.renoExit', { cwnd })];
      return e.cwndBytes > trace.rwndBytes && !rwndSaid(trace, e)
        ? [t('ccs.why.rwnd', { cwnd, rwnd: n(trace.rwnd) })]
        : [];
    default:
      return [];
  }
}

/** Whether the client's previous cc change left it in fast recovery (Reno's exit on a new ACK). */
function wasRecovering(trace: CongestionSegmentsTrace, e: EventOf<'cc.changed'>): boolean {
  return previousCc(trace, e)?.phase === 'fastRecovery';
}

/** The rwnd sentence is said once, when cwnd first passes rwnd (and again after a reduction). */
function rwndSaid(trace: CongestionSegmentsTrace, e: EventOf<'cc.changed'>): boolean {
  const prev = previousCc(trace, e);
  return prev !== undefined && prev.cwndBytes > trace.rwndBytes;
}

const previousCache = new WeakMap<
  CongestionSegmentsTrace,
  Map<EventOf<'cc.changed'>, EventOf<'cc.changed'>>
>();

/** The client's cc change before `e` (indexed once per trace). */
function previousCc(
  trace: CongestionSegmentsTrace,
  e: EventOf<'cc.changed'>,
): EventOf<'cc.changed'> | undefined {
  let prev = previousCache.get(trace);
  if (!prev) {
    prev = new Map();
    let last: EventOf<'cc.changed'> | undefined;
    for (const x of trace.events)
      if (x.kind === 'cc.changed' && x.endpoint === 'client') {
        if (last) prev.set(x, last);
        last = x;
      }
    previousCache.set(trace, prev);
  }
  return prev.get(e);
}

function end(trace: CongestionSegmentsTrace, t: Translate): string {
  const s = trace.summary.stats;
  return t('ccs.end', {
    sent: s.newSegments,
    retx: s.retransmissions,
    rounds: trace.scenario.rounds,
    fr: s.fastRetransmits,
    to: s.timeouts,
    drops: s.queueDrops,
    goodput: formatRate(s.goodputBps),
  });
}
