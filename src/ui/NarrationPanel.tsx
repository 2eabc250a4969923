// The narration panel: scenario title and explanation, then what the current step does and why.
import { useMemo } from 'react';
import { getBuiltin } from '../scenarios';
import { narrate } from '../narration/narrate';
import { usePlayer } from '../store/PlayerProvider';
import { isModified } from '../store/selectors';
import { useT } from './useT';

/** A polite live region, so screen readers hear each step's sentences as the player moves. */
export function NarrationPanel() {
  const t = useT();
  const lang = usePlayer((s) => s.lang);
  const trace = usePlayer((s) => s.trace);
  const step = usePlayer((s) => s.step);
  const relative = usePlayer((s) => s.relative);
  const scenarioId = usePlayer((s) => s.scenarioId);
  const modified = usePlayer((s) => isModified(s.input, getBuiltin(s.scenarioId)?.input));
  const builtin = getBuiltin(scenarioId);
  const sentences = useMemo(
    () => narrate(trace, step, t, { relative }),
    [trace, step, t, relative],
  );
  return (
    <section className="ww-panel ww-narration" aria-labelledby="ww-narration-heading">
      <h2 id="ww-narration-heading">{t('narration.heading')}</h2>
      {builtin && (
        <div className="ww-scenario-intro">
          <h3>{builtin.title[lang]}</h3>
          <p>{builtin.explanation[lang]}</p>
          {modified && <p className="ww-modified">{t('narration.modified')}</p>}
        </div>
      )}
      <div className="ww-step-sentences" aria-live="polite" data-testid="narration">
        <h3>{t('narration.step', { step })}</h3>
        <ul>
          {sentences.map((s, i) => (
            <li key={`${step}-${i}`}>{s}</li>
          ))}
        </ul>
      </div>
    </section>
  );
}
