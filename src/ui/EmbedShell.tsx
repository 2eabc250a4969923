// The embed shell (`embed=1`): the current view's main area, the player bar when `controls`, and a
// small "Open in Wirewalk" link; no header, no parameter panels (embed.css), only the notices that
// say the embed does not show what its author asked for. Runs autoplay/loop and the postMessage API.
import { useEffect, useMemo } from 'react';
import { translatorFor } from '../i18n/i18n';
import { usePlayer, usePlayerStore } from '../store/PlayerProvider';
import { builtinOf } from '../store/selectors';
import { useEmbedPlayback } from '../embed/useEmbed';
import { useEmbedApi } from '../embed/useEmbedApi';
import { openInAppHref } from './embedLinks';
import type { PageOptions } from '../store/pageOptions';
import { Notices } from './Notices';
import { PlayerBar } from './PlayerBar';
import { useT } from './useT';
import type { ChromeProps } from './chrome';
import './embed.css';

/**
 * Notices the embed shows: the link asked for a view, scenario or scenario JSON it cannot show, so
 * the reader sees something else than the author meant. Out-of-range steps and bad page options
 * only go to the console (the author's concern, not the reader's).
 */
export const EMBED_ERROR_NOTICES: ReadonlySet<string> = new Set([
  'notice.badView',
  'notice.unknownScenario',
  'notice.badScenario',
]);

/** The full app's URL of what the embed shows now (follows the step and the language). */
function OpenInApp({ theme }: { theme: PageOptions['theme'] }) {
  const t = useT();
  const view = usePlayer((s) => s.view);
  const scenarioId = usePlayer((s) => s.scenarioId);
  const input = usePlayer((s) => s.input);
  const step = usePlayer((s) => s.step);
  const lang = usePlayer((s) => s.lang);
  const builtins = usePlayer((s) => s.builtins);
  const href = useMemo(
    () =>
      openInAppHref(
        window.location.pathname,
        { view, scenarioId, input, step, lang },
        builtinOf({ builtins, scenarioId })?.input,
        theme,
      ),
    [view, scenarioId, input, step, lang, builtins, theme],
  );
  return (
    <p className="ww-embed-footer">
      <a href={href} target="_blank" rel="noopener">
        {t('embed.open')}
        <span className="ww-visually-hidden"> {t('embed.newTab')}</span>
      </a>
    </p>
  );
}

/** The page in embed mode (the shell's shared effects — clock, keys, URL — run in App). */
export function EmbedShell({ view, page, children }: ChromeProps) {
  const t = useT();
  const store = usePlayerStore();
  useEmbedPlayback(store, { autoplay: page.autoplay, loop: page.loop });
  useEmbedApi(store, { hostOrigin: page.hostOrigin });
  useEffect(() => {
    const s = store.getState();
    const t = translatorFor(s.lang);
    for (const n of s.notices) {
      if (!EMBED_ERROR_NOTICES.has(n.key)) console.warn(`Wirewalk embed: ${t(n.key, n.params)}`);
    }
  }, [store]);
  return (
    <div className={`ww-app ww-embed${page.controls ? '' : ' ww-embed-no-controls'}`}>
      <Notices only={EMBED_ERROR_NOTICES} />
      <main className="ww-main-landmark" aria-label={t(`view.${view}`)}>
        <div className={`ww-main ww-main-${view}`}>{children}</div>
      </main>
      {page.controls && <PlayerBar />}
      <OpenInApp theme={page.theme} />
    </div>
  );
}
