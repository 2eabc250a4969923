// The header's Share and Embed buttons. Share copies the page's URL (which always mirrors what is
// on screen) with a polite confirmation, or shows it selected in a read-only field when the
// clipboard is refused. Embed opens the embed dialog, loaded on first use (its own chunk).
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useT } from '../useT';
import { copyText, CONFIRM_MS } from './clipboard';
import './shareEmbed.css';

const EmbedDialog = lazy(() => import('./EmbedDialog'));

/** Share (copy link) and Embed (open the snippet builder). */
export function ShareEmbed() {
  const t = useT();
  const [status, setStatus] = useState('');
  const [fallbackUrl, setFallbackUrl] = useState<string | null>(null);
  const [embedOpen, setEmbedOpen] = useState(false);
  const embedButton = useRef<HTMLButtonElement>(null);
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(''), CONFIRM_MS);
    return () => clearTimeout(timer);
  }, [status]);

  useEffect(() => {
    if (fallbackUrl === null) return;
    field.current?.focus();
    field.current?.select();
  }, [fallbackUrl]);

  const share = async () => {
    const url = window.location.href;
    if (await copyText(url)) {
      setFallbackUrl(null);
      setStatus(t('share.copied'));
    } else {
      setFallbackUrl(url);
      setStatus(t('share.fallback'));
    }
  };

  const closeEmbed = () => {
    setEmbedOpen(false);
    embedButton.current?.focus();
  };

  return (
    <div className="ww-share">
      <button type="button" onClick={() => void share()} title={t('share.hint')}>
        {t('share.button')}
      </button>
      <button
        type="button"
        ref={embedButton}
        onClick={() => setEmbedOpen(true)}
        aria-haspopup="dialog"
        title={t('embed.hint')}
      >
        {t('embed.button')}
      </button>
      <div className="ww-share-pop">
        {/* Not role=status: the page's notices are the statuses; this only speaks when it changes. */}
        <span className="ww-share-status" aria-live="polite" aria-atomic="true">
          {status}
        </span>
        {fallbackUrl !== null && (
          <div className="ww-share-fallback">
            <input
              ref={field}
              type="text"
              readOnly
              value={fallbackUrl}
              aria-label={t('share.field')}
              onFocus={(e) => e.currentTarget.select()}
              onKeyDown={(e) => e.key === 'Escape' && setFallbackUrl(null)}
            />
            <button type="button" className="ww-small" onClick={() => setFallbackUrl(null)}>
              {t('share.close')}
            </button>
          </div>
        )}
      </div>
      {embedOpen && (
        <Suspense fallback={<span className="ww-muted">{t('embed.loading')}</span>}>
          <EmbedDialog onClose={closeEmbed} />
        </Suspense>
      )}
    </div>
  );
}
