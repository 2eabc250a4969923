// What a captured conversation adds to the sequence diagram's arrows, computed once per layout:
// Wireshark-style labels with the window ("ACK seq=1 ack=79 win=65152"), the analysis marks as
// badges (catalog keys, worded per language when drawn), a second line with the SYN options, SACK
// blocks, TLS messages or the HTTP line, and the classes that style marked arrows.
import type { CapturedSegment, Segment, TcpTrace } from '../../engine/trace';
import type { AnalysisMark } from '../../capture/types';
import {
  captureFlagsText,
  httpText,
  sackText,
  synOptionsText,
  tlsText,
} from '../../capture/segmentText';
import { relativeSeq, type NumberingOptions } from './labels';

/** A badge of an arrow: a catalog key and its parameters (worded when drawn). */
export interface ArrowBadge {
  key: string;
  params?: Record<string, unknown>;
}

/** The capture's additions to one arrow. */
export interface CaptureArrow {
  text: string;
  badges: ArrowBadge[];
  /** Second line (protocol notation), or '' when there is nothing to add. */
  sub: string;
  /** Extra classes of the arrow's `<g>` ('' when none). */
  cls: string;
}

/** Marks that signal trouble (Wireshark's "Bad TCP" colouring rule). */
const BAD: ReadonlySet<AnalysisMark> = new Set<AnalysisMark>([
  'dup-ack',
  'zero-window',
  'out-of-order',
  'lost-segment',
]);

/** The arrow label of a captured segment: flags, seq, ack (with ACK), win, len (with data). */
export function captureLabel(seg: Segment, info: CapturedSegment, opts: NumberingOptions): string {
  const seq = opts.relative ? relativeSeq(seg.seq, opts.iss[seg.from]) : seg.seq;
  let s = `${captureFlagsText(info.flags)} seq=${seq}`;
  if (info.flags.includes('ACK')) {
    s += ` ack=${opts.relative ? relativeSeq(seg.ack, opts.iss[seg.to]) : seg.ack}`;
  }
  s += ` win=${info.win}`;
  if (info.len > 0) s += ` len=${info.len}`;
  return s;
}

/** The badges of a captured segment's marks, in the order the analysis gave them. */
export function captureBadges(info: CapturedSegment): ArrowBadge[] {
  return info.analysis.map((m): ArrowBadge =>
    m === 'dup-ack'
      ? {
          key: 'tcpcap.badge.dup-ack',
          params: { n: info.dupAck?.n ?? 1, of: info.dupAck?.of ?? '?' },
        }
      : { key: `tcpcap.badge.${m}` },
  );
}

/** Everything the capture adds to the arrow of `seg`. */
export function captureArrow(
  trace: TcpTrace,
  seg: Segment,
  info: CapturedSegment,
  opts: NumberingOptions,
): CaptureArrow {
  const sub = [
    info.flags.includes('SYN') ? synOptionsText(info.options) : '',
    sackText(info.options, opts.relative ? trace.iss[seg.to] : null),
    tlsText(info.tls),
    httpText(info.http),
  ]
    .filter((s) => s !== '')
    .join(' · ');
  let cls = '';
  if (info.analysis.length) cls += ' is-marked';
  if (info.analysis.some((m) => BAD.has(m))) cls += ' is-bad';
  return { text: captureLabel(seg, info, opts), badges: captureBadges(info), sub, cls };
}
