// The render-stages strip's data: for each of DOM, CSSOM, render tree, layout and paint, whether
// the player has passed it, is on it, or has not reached it yet, and its times. Pure: runs in Node.
import {
  RENDER_STAGES,
  type JourneyEventOf,
  type JourneyTrace,
  type RenderStage,
} from '../../engine/journey/trace';

/** Where the player is relative to a stage. */
export type StageStatus = 'done' | 'current' | 'future';

export interface StageView {
  stage: RenderStage;
  status: StageStatus;
  /** The stage's latest run at or before the step (null when not reached). */
  start: number | null;
  end: number | null;
  /** Paint passes reached (2 once the images have been painted too). */
  passes: number;
}

const byTrace = new WeakMap<JourneyTrace, JourneyEventOf<'render.stage'>[]>();

/** The `render.stage` events of a trace, in step order (computed once per trace). */
function renderEvents(trace: JourneyTrace): JourneyEventOf<'render.stage'>[] {
  let events = byTrace.get(trace);
  if (!events) {
    events = trace.events.filter(
      (e): e is JourneyEventOf<'render.stage'> => e.kind === 'render.stage',
    );
    byTrace.set(trace, events);
  }
  return events;
}

/** The five stages at `step`: done (an earlier step ran it), current (this step), or future. */
export function stageViews(trace: JourneyTrace, step: number): StageView[] {
  const events = renderEvents(trace);
  return RENDER_STAGES.map((stage) => {
    let last: JourneyEventOf<'render.stage'> | null = null;
    let passes = 0;
    for (const e of events) {
      if (e.step > step) break;
      if (e.stage !== stage) continue;
      last = e;
      passes++;
    }
    return {
      stage,
      status: !last ? 'future' : last.step === step ? 'current' : 'done',
      start: last?.t ?? null,
      end: last?.end ?? null,
      passes,
    };
  });
}
