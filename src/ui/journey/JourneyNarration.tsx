// The journey's narration panel: the sentences of the player's step, a simulation's or a HAR
// file's (narrateJourney tells them apart), under a heading with the step and its time.
import { useMemo } from 'react';
import { journeyHeading, narrateJourney } from '../../narration/journey';
import { useJourney } from '../../store/PlayerProvider';
import { NarrationPanel } from '../NarrationPanel';
import { useT } from '../useT';

/** The narration of the journey player's step. */
export function JourneyNarration() {
  const t = useT();
  const trace = useJourney((s) => s.trace);
  const step = useJourney((s) => s.step);
  const sentences = useMemo(() => narrateJourney(trace, step, t), [trace, step, t]);
  return <NarrationPanel heading={journeyHeading(trace, step, t)} sentences={sentences} />;
}
