// Dismissible notices (e.g. a bad URL parameter): what was wrong and what is shown instead.
import { usePlayer, usePlayerStore } from '../store/PlayerProvider';
import { useT } from './useT';

/** The list of notices; each is a status message with a Dismiss button. */
export function Notices() {
  const t = useT();
  const notices = usePlayer((s) => s.notices);
  const dismiss = usePlayerStore().getState().dismissNotice;
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
