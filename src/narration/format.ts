// Number, time and flag formatting shared by the narration sentences (pure, language via Translate).
import type { Endpoint, Segment, TcpFlag, TcpTrace } from '../engine/trace';
import type { Translate } from '../i18n/i18n';

const SEQ_SPACE = 2 ** 32;
/** Textbook order of flags: "SYN, ACK", "FIN, ACK", "RST, ACK". */
const FLAG_ORDER: readonly TcpFlag[] = ['SYN', 'FIN', 'RST', 'PSH', 'ACK'];

/** How sequence numbers are shown: relative to each side's ISN (like Wireshark) or absolute. */
export interface NumberMode {
  relative: boolean;
}

const mod32 = (n: number): number => ((n % SEQ_SPACE) + SEQ_SPACE) % SEQ_SPACE;

/** The segment's seq, relative to its sender's ISN when `relative`. */
export function shownSeq(trace: TcpTrace, seg: Segment, mode: NumberMode): number {
  // An injected segment belongs to no ISN of this run: relative numbers would be meaningless.
  return mode.relative && !seg.injected ? mod32(seg.seq - trace.iss[seg.from]) : seg.seq;
}

/** The segment's ack, relative to its receiver's ISN when `relative`. */
export function shownAck(trace: TcpTrace, seg: Segment, mode: NumberMode): number {
  return mode.relative ? mod32(seg.ack - trace.iss[seg.to]) : seg.ack;
}

/** The number that identifies a segment in a sentence: "ack=1" for a bare ACK, else "seq=0". */
export function keyNumber(trace: TcpTrace, seg: Segment, mode: NumberMode): string {
  const bare = seg.len === 0 && seg.flags.every((f) => f === 'ACK');
  return bare ? `ack=${shownAck(trace, seg, mode)}` : `seq=${shownSeq(trace, seg, mode)}`;
}

/** The last sequence number a data segment covers (wraps at 2^32). */
export function lastByte(first: number, len: number): number {
  return mod32(first + len - 1);
}

/** "SYN, ACK" from ['ACK', 'SYN']. */
export function flagsLabel(flags: readonly TcpFlag[]): string {
  return FLAG_ORDER.filter((f) => flags.includes(f)).join(', ');
}

/** A duration: whole seconds as "2 s" / "2 秒", otherwise milliseconds ("250 ms"). */
export function duration(ms: number, t: Translate): string {
  if (ms >= 1000 && ms % 100 === 0) return t('narr.unit.s', { n: ms / 1000 });
  return t('narr.unit.ms', { n: Math.round(ms * 10) / 10 });
}

/** The actor parameters every sentence uses: Who (capitalised), who, peer. */
export function actor(
  endpoint: Endpoint,
  t: Translate,
): { Who: string; who: string; peer: string } {
  const who = t(endpoint === 'client' ? 'narr.who.client' : 'narr.who.server');
  const peer = t(endpoint === 'client' ? 'narr.who.server' : 'narr.who.client');
  return { Who: who.charAt(0).toUpperCase() + who.slice(1), who, peer };
}
