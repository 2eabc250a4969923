// The event summary of a `step` message: the first line of the view's own narration at that step,
// in the player's language. Each view's narration is loaded on demand, so the embed shell does not
// carry the narration of views it does not show (they share the chunk of their view).
import { translatorFor } from '../i18n/i18n';
import type { PlayerCore, ViewId } from '../store/playerCore';
import type { TcpTrace } from '../engine/trace';
import type { CongestionTrace } from '../engine/congestion/trace';
import type { JourneyTrace } from '../engine/journey/trace';

/** The narration lines of the player's current step. */
export type Narrator = (s: PlayerCore) => readonly string[];

const loaders: Record<ViewId, () => Promise<Narrator>> = {
  async tcp() {
    const { narrate } = await import('../narration/narrate');
    // The TCP store adds `relative` (numbers as shown); the summary follows it.
    return (s) => {
      const relative = (s as PlayerCore & { relative?: boolean }).relative ?? true;
      return narrate(s.trace as TcpTrace, s.step, translatorFor(s.lang), { relative });
    };
  },
  async congestion() {
    const [{ narrateCongestion }, { narrateSegments }, { narrateCaptureFlight }] =
      await Promise.all([
        import('../narration/congestion'),
        import('../narration/congestionSegments'),
        import('../narration/captureFlight'),
      ]);
    return (s) => {
      const trace = s.trace as CongestionTrace;
      const t = translatorFor(s.lang);
      if (trace.model === 'capture') return narrateCaptureFlight(trace, s.step, t);
      return trace.model === 'segments'
        ? narrateSegments(trace, s.step, t)
        : narrateCongestion(trace, s.step, t);
    };
  },
  async journey() {
    const { narrateJourney } = await import('../narration/journey');
    return (s) => narrateJourney(s.trace as JourneyTrace, s.step, translatorFor(s.lang));
  },
};

/** Loads the narrator of `view` (the store of a view always holds that view's trace). */
export function loadNarrator(view: ViewId): Promise<Narrator> {
  return loaders[view]();
}

/** The summary of the current step: its first narration line ('' when the step says nothing). */
export function summaryOf(narrator: Narrator, s: PlayerCore): string {
  try {
    return narrator(s)[0] ?? '';
  } catch {
    // A summary must never break the view; the host still gets the index.
    return '';
  }
}
