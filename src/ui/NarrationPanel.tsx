// The narration panel: scenario title and explanation, then what the current step does and why.
// The sentences come from the view (TCP or congestion narration); the panel is the same.
import { usePlayer } from '../store/PlayerProvider';
import { builtinOf, isPlayerModified } from '../store/selectors';
import { useT } from './useT';

/** Props: the heading of the current step and its sentences. */
export interface NarrationPanelProps {
  heading: string;
  sentences: readonly string[];
}

/** A polite live region, so screen readers hear each step's sentences as the player moves. */
export function NarrationPanel({ heading, sentences }: NarrationPanelProps) {
  const t = useT();
  const lang = usePlayer((s) => s.lang);
  const step = usePlayer((s) => s.step);
  const builtin = usePlayer(builtinOf);
  const modified = usePlayer(isPlayerModified);
  // Real traffic on screen: the built-in's title and explanation are not what is shown.
  const captured = usePlayer((s) => s.capture !== null);
  return (
    <section className="ww-panel ww-narration" aria-labelledby="ww-narration-heading">
      <h2 id="ww-narration-heading">{t('narration.heading')}</h2>
      {builtin && !captured && (
        <div className="ww-scenario-intro">
          <h3>{builtin.title[lang]}</h3>
          <p>{builtin.explanation[lang]}</p>
          {modified && <p className="ww-modified">{t('narration.modified')}</p>}
        </div>
      )}
      <div className="ww-step-sentences" aria-live="polite" data-testid="narration">
        <h3>{heading}</h3>
        <ul>
          {sentences.map((s, i) => (
            <li key={`${step}-${i}`}>{s}</li>
          ))}
        </ul>
      </div>
    </section>
  );
}
