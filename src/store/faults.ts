// Drop faults the player can toggle by clicking a segment, and the list the parameters panel shows.
import type { Fault, TcpScenarioInput } from '../scenarios/schema';
import type { TcpTrace } from '../engine/trace';

type InputFault = NonNullable<TcpScenarioInput['faults']>[number];

/** The 1-based send order of a segment id (`seg-7` → 7), or null for anything else. */
export function segmentIndex(segId: string): number | null {
  const m = /^seg-(\d+)$/.exec(segId);
  return m ? Number(m[1]) : null;
}

/** Which fault (by position in `faults`) makes segment `segId` of `trace` lost, if any. */
export function faultDropping(
  trace: TcpTrace,
  faults: readonly InputFault[],
  segId: string,
): number {
  const index = segmentIndex(segId);
  const sent = trace.events.find((e) => e.kind === 'segment.sent' && e.segment.id === segId);
  if (index === null || sent?.kind !== 'segment.sent') return -1;
  const seg = sent.segment;
  const key = seg.flags.join(',');
  // The engine counts occurrences per sender and exact flag set, duplicates made by faults excluded.
  let nth = 0;
  for (const e of trace.events) {
    if (
      e.kind !== 'segment.sent' ||
      e.segment.from !== seg.from ||
      e.segment.reason === 'duplicate'
    )
      continue;
    if (e.segment.flags.join(',') === key) nth++;
    if (e.segment.id === segId) break;
  }
  return faults.findIndex((f) => {
    if ('dropIndex' in f) return f.dropIndex.index === index;
    if (!('drop' in f)) return false;
    const flags = [...f.drop.flags].sort().join(',');
    return f.drop.from === seg.from && flags === key && (f.drop.occurrence ?? 1) === nth;
  });
}

/**
 * The faults after clicking segment `segId`: removes the fault that drops it if there is one,
 * otherwise adds `{ dropIndex: { index: n } }`. Returns null for an id that is not `seg-n`.
 */
export function toggleDropFault(
  trace: TcpTrace,
  faults: readonly InputFault[],
  segId: string,
): InputFault[] | null {
  const index = segmentIndex(segId);
  if (index === null) return null;
  const hit = faultDropping(trace, faults, segId);
  if (hit >= 0) return faults.filter((_, i) => i !== hit);
  return [...faults, { dropIndex: { index } }];
}

/** A fault as the parameters panel lists it. */
export type FaultItem =
  | { kind: 'index'; index: number }
  | { kind: 'rule'; from: 'client' | 'server'; flags: string[]; occurrence: number }
  | { kind: 'random'; rate: number }
  | { kind: 'other' };

/** Describes a fault for the "lost segments" list. */
export function describeFault(f: InputFault | Fault): FaultItem {
  if ('dropIndex' in f) return { kind: 'index', index: f.dropIndex.index };
  if ('drop' in f) {
    return {
      kind: 'rule',
      from: f.drop.from,
      flags: f.drop.flags,
      occurrence: f.drop.occurrence ?? 1,
    };
  }
  if ('randomLoss' in f) return { kind: 'random', rate: f.randomLoss.rate };
  return { kind: 'other' };
}
