// The journey's narration panel: the sentences of the player's step under a heading with the step
// and its time — a simulation's by default; a HAR file's layout passes its own narrator.
import { useMemo } from 'react';
import { journeyHeading, narrateJourney } from '../../narration/journey';
import { useJourney } from '../../store/PlayerProvider';
import { NarrationPanel } from '../NarrationPanel';
import { useT } from '../useT';
import type { JourneyViewTrace } from '../../capture/harTraceTypes';
import type { Translate } from '../../i18n/i18n';

/** How a trace is told: its sentences and heading for a step. */
export interface JourneyNarrator {
  narrate(trace: JourneyViewTrace, step: number, t: Translate): string[];
  heading(trace: JourneyViewTrace, step: number, t: Translate): string;
}

const SIMULATED: JourneyNarrator = { narrate: narrateJourney, heading: journeyHeading };

/** The narration of the journey player's step. */
export function JourneyNarration({ narrator = SIMULATED }: { narrator?: JourneyNarrator }) {
  const t = useT();
  const trace = useJourney((s) => s.trace);
  const step = useJourney((s) => s.step);
  const sentences = useMemo(() => narrator.narrate(trace, step, t), [narrator, trace, step, t]);
  return <NarrationPanel heading={narrator.heading(trace, step, t)} sentences={sentences} />;
}
