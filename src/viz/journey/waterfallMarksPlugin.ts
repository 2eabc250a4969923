// The waterfall's page load events (DOMContentLoaded and load lines) as a plug-in: how to lay
// them out (waterfallMarks.ts), draw them (waterfallMarksDraw.ts) and list them in the legend.
// Only a HAR file's trace has such events, so only the HAR layout (src/ui/journey/HarJourney.tsx,
// a lazy chunk) passes it to the waterfall: the simulated journey's first load does not fetch it.
import { MARK_KINDS, layoutMarksPart } from './waterfallMarks';
import { drawMarks } from './waterfallMarksDraw';

/** What the waterfall needs to show page load events. */
export interface WaterfallMarksPlugin {
  layout: typeof layoutMarksPart;
  draw: typeof drawMarks;
  /** The legend's entries, in order. */
  kinds: typeof MARK_KINDS;
}

/** The page load events of a HAR file's waterfall. */
export const WATERFALL_MARKS: WaterfallMarksPlugin = {
  layout: layoutMarksPart,
  draw: drawMarks,
  kinds: MARK_KINDS,
};
