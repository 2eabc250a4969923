// The header's Share and Embed buttons. Share copies the page's URL (which always mirrors what is
// on screen) with a polite confirmation, or shows it selected in a read-only field when the
// clipboard is refused. While a capture or HAR file is on screen there is no link to share (the
// file stays on this computer): Share says so and offers the trace as JSON instead. Embed opens
// the embed dialog, loaded on first use (its own chunk, with its messages: the `embed` catalog part).
import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { labelFor, loadCatalogPart } from '../../i18n/i18n';
import { clip } from '../../export/messages';
import { usePlayer, usePlayerStore, useWorkspace } from '../../store/PlayerProvider';
import { useT } from '../useT';
import { copyText, CONFIRM_MS } from './clipboard';
import { flushUrlSync } from '../hooks';
import './shareEmbed.css';

const EmbedDialog = lazy(() =>
  Promise.all([import('./EmbedDialog'), loadCatalogPart('embed')]).then(([m]) => m),
);

/** Share (copy link) and Embed (open the snippet builder). */
export function ShareEmbed() {
  const t = useT();
  const [status, setStatus] = useState('');
  const [fallbackUrl, setFallbackUrl] = useState<string | null>(null);
  const [embedOpen, setEmbedOpen] = useState(false);
  const [captureNote, setCaptureNote] = useState(false);
  const embedButton = useRef<HTMLButtonElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const noteButton = useRef<HTMLButtonElement>(null);
  const shareButton = useRef<HTMLButtonElement>(null);
  const noteId = useId();
  const store = usePlayerStore();
  const tcpStore = useWorkspace((s) => s.tcp);
  const capture = usePlayer((s) => s.capture);

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

  // The capture left the screen (a scenario was chosen): the note goes with it.
  useEffect(() => {
    if (!capture) setCaptureNote(false);
  }, [capture]);

  useEffect(() => {
    if (captureNote) noteButton.current?.focus();
  }, [captureNote]);

  /** Saves the trace on screen as JSON (what Export → Download trace (JSON) does). */
  const downloadTrace = async () => {
    const s = store.getState();
    const { runExport } = await import('../../export/run');
    await runExport(
      { kind: 'trace' },
      {
        view: s.view,
        trace: s.trace,
        scenarioId: s.scenarioId,
        step: s.step,
        relative: tcpStore?.getState().relative ?? true,
        label: labelFor(s.lang),
        root: embedButton.current?.closest('.ww-app') ?? document.body,
      },
    );
  };

  const closeNote = () => {
    setCaptureNote(false);
    shareButton.current?.focus();
  };

  const share = async () => {
    if (capture) {
      setFallbackUrl(null);
      setCaptureNote(true);
      return;
    }
    flushUrlSync();
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
      <button
        ref={shareButton}
        type="button"
        onClick={() => void share()}
        title={t('share.hint')}
        aria-expanded={capture ? captureNote : undefined}
      >
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
        {captureNote && capture && (
          <div
            className="ww-share-fallback ww-share-capture"
            role="group"
            aria-labelledby={`${noteId}-title`}
            aria-describedby={`${noteId}-text`}
            onKeyDown={(e) => e.key === 'Escape' && closeNote()}
          >
            <p id={`${noteId}-title`} className="ww-share-capture-title">
              {t('capture.share.title')}
            </p>
            <p id={`${noteId}-text`}>
              {t('capture.share.text', { name: clip(capture.fileName, 80) })}
            </p>
            <div className="ww-share-capture-actions">
              <button
                ref={noteButton}
                type="button"
                className="ww-small"
                onClick={() => void downloadTrace()}
              >
                {t('capture.share.export')}
              </button>
              <button type="button" className="ww-small" onClick={closeNote}>
                {t('capture.share.close')}
              </button>
            </div>
          </div>
        )}
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
