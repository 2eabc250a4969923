// The Embed dialog: builds the `<iframe>` snippet of an embed from its options (view, scenario and
// parameters, start step, autoplay, loop, controls, language, theme, height, host origin), with a
// live preview and a Copy button. A modal <dialog>: focus stays inside, Escape closes, and the
// opener gets focus back. Loaded on first use (default export for React.lazy). While a capture or
// HAR file is on screen, an embed cannot show it (the file stays on this computer): the dialog
// says so and starts from the scenario the view had before, at step 0. The form's state is in
// useEmbedOptions, its fields in EmbedOptionsForm.
import { useEffect, useId, useRef, useState } from 'react';
import { usePlayerStore, useWorkspace } from '../../store/PlayerProvider';
import { useT } from '../useT';
import { clip } from '../../export/messages';
import { copyText, CONFIRM_MS } from './clipboard';
import { EmbedPreview } from './EmbedPreview';
import { EmbedOptionsForm } from './EmbedOptionsForm';
import { Field, ModalDialog } from './dialogParts';
import { embedStart, useEmbedOptions } from './useEmbedOptions';

/** The modal snippet builder; `onClose` unmounts it and focuses the Embed button. */
export default function EmbedDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const store = usePlayerStore();
  const pageTheme = useWorkspace((w) => w.page.theme);
  const [start] = useState(() => embedStart(store.getState()));
  const o = useEmbedOptions(start, pageTheme, t);
  const headingId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const firstField = useRef<HTMLSelectElement>(null);
  const snippetArea = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(''), CONFIRM_MS);
    return () => clearTimeout(timer);
  }, [status]);

  const copy = async () => {
    if (await copyText(o.snippet)) setStatus(t('embed.copied'));
    else {
      snippetArea.current?.focus();
      snippetArea.current?.select();
      setStatus(t('embed.copyFallback'));
    }
  };

  return (
    <ModalDialog
      className="ww-embed-dialog ww-modal"
      labelledBy={headingId}
      dialogRef={dialog}
      focusFirst={() => firstField.current}
      onClose={onClose}
    >
      <div className="ww-embed-dialog-body">
        <div className="ww-embed-dialog-head">
          <h2 id={headingId}>{t('embed.title')}</h2>
          <button type="button" className="ww-small" onClick={() => dialog.current?.close()}>
            {t('embed.close')}
          </button>
        </div>
        <p className="ww-muted">{t('embed.intro')}</p>
        {start.captureName !== null && (
          <p className="ww-embed-capture-note" role="note">
            {t('capture.embed.note', { name: clip(start.captureName, 80) })}
          </p>
        )}
        <div className="ww-embed-grid">
          <EmbedOptionsForm o={o} t={t} firstField={firstField} />
          <div className="ww-embed-output">
            <Field label={t('embed.snippet')} error={o.invalid ? t('embed.invalid') : null}>
              {(a11y) => (
                <textarea
                  {...a11y}
                  aria-invalid={undefined}
                  ref={snippetArea}
                  className="ww-embed-snippet"
                  readOnly
                  rows={8}
                  spellCheck={false}
                  value={o.snippet}
                  data-testid="embed-snippet"
                />
              )}
            </Field>
            <div className="ww-embed-copy">
              <button
                type="button"
                className="ww-primary-button"
                disabled={o.invalid}
                onClick={() => void copy()}
              >
                {t('embed.copy')}
              </button>
              <span aria-live="polite" aria-atomic="true">
                {status}
              </span>
            </div>
            <EmbedPreview
              src={o.src}
              title={t('embed.previewTitle', { title: o.title })}
              heightPx={o.height.value}
            />
          </div>
        </div>
      </div>
    </ModalDialog>
  );
}
