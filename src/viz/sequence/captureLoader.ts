// Loads what a captured conversation adds to the sequence diagram's arrows (capture.ts, with the
// capture's text helpers) on demand: only a trace with `capture` needs it, so a page's first load
// leaves it out. Once loaded it stays at hand, for drawings that cannot wait (a printout).
import type { captureArrow } from './capture';

/** The capture's additions to an arrow ({@link captureArrow}). */
export type CaptureArrowFn = typeof captureArrow;

let loaded: CaptureArrowFn | undefined;

/** The capture's arrow labels if they have been loaded, else undefined. */
export function loadedCaptureArrow(): CaptureArrowFn | undefined {
  return loaded;
}

/** Loads the capture's arrow labels (once). */
export async function loadCaptureArrow(): Promise<CaptureArrowFn> {
  loaded ??= (await import('./capture')).captureArrow;
  return loaded;
}
