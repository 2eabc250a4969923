// Questions a frame asks of a sequence layout: what is visible, where is the cursor in time and y.
// All O(log n + visible), so a step or scroll never walks the whole trace.
import type { SeqArrow, SeqGap, SeqHole, SeqStateMark, SeqTimer, SequenceLayout } from './layout';
import { yAtTime } from './timeAxis';
import { queryYIndex } from '../yIndex';

/** Items whose vertical extent intersects a window, each list in layout order. */
export interface VisibleItems {
  arrows: SeqArrow[];
  timers: SeqTimer[];
  states: SeqStateMark[];
  gaps: SeqGap[];
  holes: SeqHole[];
}

/** Items intersecting `[top, bottom)` (in layout pixels), via the layout's y index. */
export function visibleItems(layout: SequenceLayout, top: number, bottom: number): VisibleItems {
  const pick = <T>(items: T[], ids: number[]): T[] => ids.map((i) => items[i] as T);
  const { index } = layout;
  return {
    arrows: pick(layout.arrows, queryYIndex(index.arrows, top, bottom)),
    timers: pick(layout.timers, queryYIndex(index.timers, top, bottom)),
    states: pick(layout.states, queryYIndex(index.states, top, bottom)),
    gaps: pick(layout.gaps, queryYIndex(index.gaps, top, bottom)),
    holes: pick(layout.holes, queryYIndex(index.holes, top, bottom)),
  };
}

/** Clamps a cursor step into `0..steps`. */
export function clampStep(layout: SequenceLayout, step: number): number {
  return Math.max(0, Math.min(layout.steps, Math.floor(step)));
}

/** Virtual time of the cursor: step k's time, moved `progress` of the way toward step k + 1. */
export function cursorTime(layout: SequenceLayout, step: number, progress: number): number {
  const k = clampStep(layout, step);
  const t0 = layout.stepT[k] ?? 0;
  const t1 = layout.stepT[k + 1] ?? t0;
  const p = Math.max(0, Math.min(1, progress));
  return t0 + p * (t1 - t0);
}

/** y (layout pixels) of a step: where the host should scroll to keep the cursor in view. */
export function yForStep(layout: SequenceLayout, step: number): number {
  return yAtTime(layout.axis, cursorTime(layout, step, 0));
}

/** How far along its path (0..1) an arrow is drawn at virtual time `t`. */
export function arrowProgress(arrow: SeqArrow, t: number): number {
  if (arrow.t2 <= arrow.t1) return t >= arrow.t1 ? 1 : 0;
  return Math.max(0, Math.min(1, (t - arrow.t1) / (arrow.t2 - arrow.t1)));
}
