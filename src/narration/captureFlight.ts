// Narration of a captured conversation in the congestion view: per step (one segment as
// captured) what it carries in terms of the time/sequence graph — which bytes the sender sent and
// whether they are a retransmission, how far the receiver's ACK and window reach, its SACK blocks,
// duplicate ACKs and zero windows — and the bytes in flight after it. Pure: trace + step +
// translate function in, strings out; O(log segments) per step.
import { atOrBeforeStep, atStep, lowerBound } from '../capture/flight';
import type { CaptureTcpFlag, ConversationSegment } from '../capture/types';
import type { CongestionCaptureTrace } from '../engine/congestion/trace';
import type { Endpoint } from '../engine/trace';
import type { Translate } from '../i18n/i18n';
import { formatAddress, formatInt as n, formatMs } from '../viz/tcptrace/format';

/** Flags in textbook order: "SYN, ACK", "FIN, ACK". */
const FLAG_ORDER: readonly CaptureTcpFlag[] = [
  'SYN',
  'FIN',
  'RST',
  'PSH',
  'ACK',
  'URG',
  'ECE',
  'CWR',
];

const whoOf = (ep: Endpoint, t: Translate): string =>
  t(ep === 'client' ? 'tt.who.client' : 'tt.who.server');

/** The narration panel's heading: the step's frame and time. */
export function captureHeading(trace: CongestionCaptureTrace, step: number, t: Translate): string {
  const seg = trace.conversation.segments[step - 1];
  if (step <= 0 || !seg) return t('cf.heading.start');
  return t('cf.heading', { frame: seg.frame, ms: formatMs(seg.t) });
}

/** The sentences of `step`. */
export function narrateCaptureFlight(
  trace: CongestionCaptureTrace,
  step: number,
  t: Translate,
): string[] {
  const seg = trace.conversation.segments[step - 1];
  if (step <= 0 || !seg) return intro(trace, t);
  const out = seg.from === trace.sender ? sent(trace, seg, step, t) : acked(trace, seg, step, t);
  if (step === trace.steps) {
    const c = trace.flight.counts;
    out.push(
      t('cf.end', {
        retx: n(c.retransmissions),
        fast: n(c.fastRetransmissions),
        max: n(c.maxFlight),
      }),
    );
  }
  return out;
}

function intro(trace: CongestionCaptureTrace, t: Translate): string[] {
  const conv = trace.conversation;
  const f = trace.flight;
  const who = whoOf(f.sender, t);
  const peer = whoOf(f.receiver, t);
  const out = [
    t('cf.intro.conv', {
      id: conv.id,
      client: formatAddress(conv.client),
      server: formatAddress(conv.server),
      segments: n(conv.segments.length),
      ms: formatMs(conv.durationMs),
    }),
  ];
  if (conv.midConnection) out.push(t('cf.intro.mid'));
  if (f.counts.dataSegments === 0) out.push(t('tt.summary.noData', { who }));
  else {
    out.push(t('cf.intro.chart', { who, peer }));
    out.push(
      t('cf.intro.counts', {
        who,
        peer,
        retx: n(f.counts.retransmissions),
        fast: n(f.counts.fastRetransmissions),
        dups: n(f.counts.dupAcks),
      }),
    );
  }
  out.push(t('tt.estimate'));
  out.push(t('cf.intro.go'));
  return out;
}

/** A segment of the side whose data the charts show. */
function sent(
  trace: CongestionCaptureTrace,
  seg: ConversationSegment,
  step: number,
  t: Translate,
): string[] {
  const who = whoOf(trace.flight.sender, t);
  const peer = whoOf(trace.flight.receiver, t);
  const ms = formatMs(seg.t);
  const data = atStep(trace.flight.segments, step);
  if (!data) {
    if (seg.analysis.includes('keep-alive')) return [t('cf.keepAlive', { ms, who })];
    return [t('cf.control', { ms, who, flags: flagsText(seg.flags) })];
  }
  const params = {
    ms,
    who,
    first: n(data.seq),
    last: n(data.end - 1),
    len: n(data.end - data.seq),
    flight: n(data.flight),
  };
  const out: string[] = [];
  if (data.kind === 'new') out.push(t('cf.data.new', params));
  else {
    const of = data.retransmits === undefined ? '' : '.of';
    out.push(
      data.kind === 'fast-retransmission'
        ? t(`cf.data.fast${of}` as 'cf.data.fast', { ...params, frame: data.retransmits })
        : t(`cf.data.retx${of}` as 'cf.data.retx', { ...params, frame: data.retransmits }),
    );
    out.push(t(data.kind === 'fast-retransmission' ? 'cf.why.fast' : 'cf.why.retx', { who, peer }));
  }
  if (seg.analysis.includes('lost-segment')) out.push(t('cf.mark.lostSegment'));
  if (seg.analysis.includes('out-of-order')) out.push(t('cf.mark.outOfOrder'));
  if (seg.flags.includes('FIN')) out.push(t('cf.data.fin', { who }));
  return out;
}

/** A segment of the other side: mostly ACKs (and SACKs) of the data. */
function acked(
  trace: CongestionCaptureTrace,
  seg: ConversationSegment,
  step: number,
  t: Translate,
): string[] {
  const f = trace.flight;
  const who = whoOf(f.receiver, t);
  const peer = whoOf(f.sender, t);
  const ms = formatMs(seg.t);
  const ack = atStep(f.acks, step);
  if (!ack) return [t('cf.control', { ms, who, flags: flagsText(seg.flags) })];
  // Before any data byte is acknowledged (relative ACK ≤ 1: at most the SYN).
  const noData = ack.ack <= 1;
  const out = [
    seg.flags.includes('SYN')
      ? t('cf.ack.syn', {
          ms,
          who,
          peer,
          ack: n(ack.ack),
          win: n(ack.win),
          flags: flagsText(seg.flags),
        })
      : noData
        ? t('cf.ack.noData', { ms, who, ack: n(ack.ack), win: n(ack.win) })
        : t('cf.ack', {
            ms,
            who,
            peer,
            last: n(ack.ack - 1),
            ack: n(ack.ack),
            win: n(ack.win),
            limit: n(ack.ack + ack.win - 1),
          }),
  ];
  if (ack.dup) {
    out.push(t('cf.dupAck', { n: ack.dup.n, of: ack.dup.of }));
    if (ack.dup.n === 3) out.push(t('cf.dupAck3', { peer }));
  } else if (seg.analysis.includes('dup-ack')) out.push(t('cf.dupAckPlain'));
  // This ACK's SACK blocks (at most 4 fit in the options): found by binary search.
  const blocks: string[] = [];
  for (let i = lowerBound(f.sacks, step, (s) => s.step); f.sacks[i]?.step === step; i++)
    blocks.push(`${n(f.sacks[i]!.left)}–${n(f.sacks[i]!.right - 1)}`);
  if (blocks.length > 0) out.push(t('cf.sack', { blocks: blocks.join(', ') }));
  if (seg.analysis.includes('zero-window')) out.push(t('cf.zeroWindow', { who, peer }));
  if (seg.analysis.includes('window-update')) out.push(t('cf.windowUpdate', { win: n(ack.win) }));
  if (seg.len > 0) out.push(t('cf.ackData', { who, len: n(seg.len) }));
  // Once the sender has sent data: what this ACK leaves in flight.
  if (atOrBeforeStep(f.segments, step))
    out.push(t('cf.inFlight', { flight: n(f.inFlight[step] ?? 0) }));
  if (seg.flags.includes('FIN') || seg.flags.includes('RST'))
    out.push(t('cf.control.flags', { flags: flagsText(seg.flags) }));
  return out;
}

function flagsText(flags: readonly CaptureTcpFlag[]): string {
  return FLAG_ORDER.filter((f) => flags.includes(f)).join(', ') || '—';
}
