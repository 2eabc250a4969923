// Dismissible notices (e.g. a bad URL parameter): what was wrong and what is shown instead.
import { usePlayer, usePlayerStore } from '../store/PlayerProvider';
import { useT } from './useT';

/**
 * The list of notices; each is a status message with a Dismiss button. `only`: show just the
 * notices with these keys (the embed shell shows only those that change what is on screen).
 */
export function Notices({ only }: { only?: ReadonlySet<string> } = {}) {
  const t = useT();
  const all = usePlayer((s) => s.notices);
  const dismiss = usePlayerStore().getState().dismissNotice;
  const notices = only ? all.filter((n) => only.has(n.key)) : all;
  if (notices.length === 0) return null;
  return (
    <div className="ww-notices">
      {notices.map((n) => (
        <div key={n.id} role="status" className="ww-notice">
          <p>{t(n.key, n.params)}</p>
          <button type="button" onClick={() => dismiss(n.id)}>
            {t('notice.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
