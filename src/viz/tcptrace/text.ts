// Words of the capture charts: the legend, the tooltip of a data segment, and the text alternative
// (what the two charts show, in sentences). Pure: the renderer and the host lay them out.
import { atOrBeforeStep, type FlightSegment } from '../../capture/flight';
import type { CongestionCaptureTrace } from '../../engine/congestion/trace';
import type { LabelFn } from '../label';
import { formatInt, formatMs } from './format';
import type { TtLegendKind } from './layout';

/** A legend entry's name. */
export function legendText(kind: TtLegendKind, label: LabelFn): string {
  return label(`tt.legend.${kind}`);
}

/** "the client" / "the server" (and capitalised), as the narration says them. */
function who(trace: CongestionCaptureTrace, label: LabelFn) {
  const name = (ep: string) => label(ep === 'client' ? 'tt.who.client' : 'tt.who.server');
  return { sender: name(trace.flight.sender), receiver: name(trace.flight.receiver) };
}

/** The tooltip (and accessible description) of data segment `s`. */
export function segmentTipLines(
  trace: CongestionCaptureTrace,
  s: FlightSegment,
  label: LabelFn,
): string[] {
  const lines = [
    label('tt.tip.head', { frame: s.frame, ms: formatMs(s.t) }),
    label('tt.tip.bytes', {
      first: formatInt(s.seq),
      last: formatInt(s.end - 1),
      len: formatInt(s.end - s.seq),
    }),
  ];
  if (s.kind !== 'new')
    lines.push(
      s.retransmits === undefined
        ? label(`tt.tip.${s.kind}`)
        : label(`tt.tip.${s.kind}.of`, { frame: s.retransmits }),
    );
  const ack = atOrBeforeStep(trace.flight.acks, s.step);
  if (ack)
    lines.push(
      label('tt.tip.ack', {
        who: who(trace, label).receiver,
        ack: formatInt(ack.ack),
        win: formatInt(ack.win),
      }),
    );
  lines.push(label('tt.tip.flight', { bytes: formatInt(s.flight) }));
  return lines;
}

/** The text alternative of the time/sequence chart: what it shows, in a few sentences. */
export function seqSummary(trace: CongestionCaptureTrace, label: LabelFn): string {
  const f = trace.flight;
  const w = who(trace, label);
  const first = f.segments[0];
  const last = f.segments[f.segments.length - 1];
  if (!first || !last) return label('tt.summary.noData', { who: w.sender });
  let top = 0;
  for (const s of f.segments) if (s.end > top) top = s.end;
  const lastAck = f.acks[f.acks.length - 1];
  const parts = [
    label('tt.summary.seq', {
      who: w.sender,
      segments: formatInt(f.counts.dataSegments),
      bytes: formatInt(f.counts.dataBytes),
      from: formatMs(first.t),
      to: formatMs(last.t),
      top: formatInt(top - 1),
    }),
    label('tt.summary.retx', {
      retx: formatInt(f.counts.retransmissions),
      fast: formatInt(f.counts.fastRetransmissions),
    }),
  ];
  if (lastAck)
    parts.push(
      label('tt.summary.ack', {
        who: w.receiver,
        ack: formatInt(lastAck.ack),
        dups: formatInt(f.counts.dupAcks),
      }),
    );
  if (f.counts.sackBlocks > 0)
    parts.push(label('tt.summary.sack', { blocks: formatInt(f.counts.sackBlocks) }));
  return parts.join(' ');
}

/** The text alternative of the bytes-in-flight chart (the host shows what they estimate,
 * `tt.estimate`, beside it). */
export function flightSummary(trace: CongestionCaptureTrace, label: LabelFn): string {
  const c = trace.flight.counts;
  if (c.maxFlightT === null) return label('tt.summary.noData', { who: who(trace, label).sender });
  let win = 0;
  for (const a of trace.flight.acks) if (a.win > win) win = a.win;
  return [
    label('tt.summary.flight', { max: formatInt(c.maxFlight), ms: formatMs(c.maxFlightT) }),
    ...(win > 0 ? [label('tt.summary.rwnd', { win: formatInt(win) })] : []),
  ].join(' ');
}
