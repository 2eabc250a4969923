// The translate functions for the language in the player store.
import { useMemo } from 'react';
import { labelFor, translatorFor, type Label, type Translate } from '../i18n/i18n';
import { usePlayer } from '../store/PlayerProvider';

/** A typed translate function for the current language. */
export function useT(): Translate {
  const lang = usePlayer((s) => s.lang);
  return useMemo(() => translatorFor(lang), [lang]);
}

/** A label function (any string key) for the views, in the current language. */
export function useLabel(): Label {
  const lang = usePlayer((s) => s.lang);
  return useMemo(() => labelFor(lang), [lang]);
}
