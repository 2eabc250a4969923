// Segment and duration labels for the sequence diagram, in the notation of Wireshark and textbooks
// ("SYN, ACK seq=0 ack=1", "ACK seq=1 ack=1 len=100"). Pure string helpers, no DOM.
import type { Endpoint, Segment, TcpFlag } from '../../engine/trace';

/** Display order of flags: control flags first, ACK last ("SYN, ACK", "FIN, ACK"). */
export const FLAG_DISPLAY_ORDER: readonly TcpFlag[] = ['SYN', 'FIN', 'RST', 'PSH', 'ACK'];

/** Flags joined in display order, e.g. `['ACK','SYN']` → "SYN, ACK". */
export function formatFlags(flags: readonly TcpFlag[]): string {
  return FLAG_DISPLAY_ORDER.filter((f) => flags.includes(f)).join(', ');
}

/** `(value − base) mod 2^32`: a sequence number relative to an ISN, wrapping like TCP does. */
export function relativeSeq(value: number, base: number): number {
  // ToUint32 is exactly "mod 2^32" for every integer a trace can hold (both < 2^32).
  return (value - base) >>> 0;
}

/** Which sequence numbers a label shows: relative to each side's ISN (default) or absolute. */
export interface NumberingOptions {
  relative: boolean;
  iss: Record<Endpoint, number>;
}

/**
 * The label of one segment: flags, `seq=`, `ack=` (only when ACK is set) and `len=` (only when
 * the segment carries data). Relative seq is taken from the sender's ISN, relative ack from the
 * receiver's ISN, as Wireshark does.
 */
export function segmentLabel(
  seg: Pick<Segment, 'from' | 'to' | 'flags' | 'seq' | 'ack' | 'len'>,
  opts: NumberingOptions,
): string {
  const seq = opts.relative ? relativeSeq(seg.seq, opts.iss[seg.from]) : seg.seq;
  let s = `${formatFlags(seg.flags)} seq=${seq}`;
  if (seg.flags.includes('ACK')) {
    const ack = opts.relative ? relativeSeq(seg.ack, opts.iss[seg.to]) : seg.ack;
    s += ` ack=${ack}`;
  }
  if (seg.len > 0) s += ` len=${seg.len}`;
  return s;
}

/**
 * The short form of a label made by {@link segmentLabel} or a capture's label: the flags and
 * `seq=`, or up to `ack=` for a segment that only acknowledges (`pureAck`: its seq says little).
 * Always a prefix of the label, so a shortened label still starts the arrow's accessible name.
 */
export function shortLabel(text: string, pureAck: boolean): string {
  const key = pureAck ? ' ack=' : ' seq=';
  const at = text.indexOf(key);
  if (at < 0) return text;
  const end = text.indexOf(' ', at + key.length);
  return end < 0 ? text : text.slice(0, end);
}

/** A duration split into a unit and a printable number, so the unit word can be translated. */
export interface DurationParts {
  unit: 'ms' | 's';
  value: string;
}

/**
 * Splits a duration for display. Below one second: whole milliseconds (one decimal under 10 ms).
 * From one second: seconds, trimmed ("1", "1.5", "60") or with one fixed decimal when `fixed`
 * ("1.0", used by the "+1.0 s" gap markers) up to 100 s.
 */
export function durationParts(ms: number, fixed = false): DurationParts {
  if (ms < 1000) {
    const value = ms < 10 ? String(Math.round(ms * 10) / 10) : String(Math.round(ms));
    return { unit: 'ms', value };
  }
  const s = ms / 1000;
  if (s >= 100) return { unit: 's', value: String(Math.round(s)) };
  const oneDecimal = (Math.round(s * 10) / 10).toFixed(1);
  return { unit: 's', value: fixed ? oneDecimal : String(Number(oneDecimal)) };
}
