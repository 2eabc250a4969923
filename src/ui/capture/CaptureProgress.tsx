// The progress of a traffic file being read: a labelled progress bar (role=progressbar with
// aria-valuenow) and Cancel. It appears only when reading takes a moment (a small file opens
// without a flash of it); it is polite to screen readers (status, not alert).
import { useEffect, useId, useState } from 'react';
import { useStore } from 'zustand';
import type { CaptureStore } from '../../store/captureStore';
import { clip } from '../../export/messages';
import { useT } from '../useT';

/** How long a file is read before the bar appears (ms). */
export const SHOW_AFTER_MS = 150;

/** The floating progress panel of the file being read (nothing when none is). */
export function CaptureProgress({ store }: { store: CaptureStore }) {
  const t = useT();
  const opening = useStore(store, (s) => s.opening);
  const progress = useStore(store, (s) => s.progress);
  const cancel = useStore(store, (s) => s.cancel);
  const labelId = useId();
  const [shown, setShown] = useState(false);

  useEffect(() => {
    if (!opening) return;
    const timer = setTimeout(() => setShown(true), SHOW_AFTER_MS);
    return () => {
      clearTimeout(timer);
      setShown(false);
    };
  }, [opening]);

  if (!opening || !shown) return null;
  const percent = Math.round((progress?.fraction ?? 0) * 100);
  const phase = t(`capture.phase.${progress?.phase ?? 'load'}`);
  return (
    <div className="ww-corner-panel ww-traffic-progress" role="group" aria-labelledby={labelId}>
      <p id={labelId} className="ww-traffic-progress-label">
        {t('capture.progress.label', { name: clip(opening.fileName, 80) })}
      </p>
      <div
        className="ww-traffic-bar"
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={t('capture.progress.value', { percent, phase })}
      >
        <div className="ww-traffic-bar-fill" style={{ width: `${percent}%` }} />
      </div>
      <p className="ww-traffic-progress-status">
        <span>{t('capture.progress.value', { percent, phase })}</span>
        <span className="ww-muted">{t('capture.progress.local')}</span>
      </p>
      <button type="button" className="ww-small" onClick={cancel}>
        {t('capture.cancel')}
      </button>
    </div>
  );
}
