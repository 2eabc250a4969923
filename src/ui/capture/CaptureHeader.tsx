// The TCP view's capture header: which conversation of which file is shown, its analysis marks
// counted, relative/absolute numbers, and the way back to the simulation. Loaded only when a
// capture is shown (its own chunk, with the segment inspector).
import { useId } from 'react';
import type { TcpTrace } from '../../engine/trace';
import { useTcp, useTcpStore } from '../../store/PlayerProvider';
import type { CaptureSource } from '../../store/playerCore';
import { addressText, captureTime, markCounts } from '../../narration/capture';
import { useT } from '../useT';

/** Marks that signal trouble (styled like Wireshark's "Bad TCP"). */
const QUIET_MARKS = new Set(['window-update', 'keep-alive']);

/** The capture header: what is shown, its marks counted, numbering, and the way back. */
export function CaptureHeader({ trace, source }: { trace: TcpTrace; source: CaptureSource }) {
  const t = useT();
  const id = useId();
  const api = useTcpStore();
  const relative = useTcp((s) => s.relative);
  const capture = trace.capture;
  if (!capture) return null;
  const counts = markCounts(capture);
  const back = () => {
    const { input, editInput, seek } = api.getState();
    // The scenario shown before the capture, as it was (edits included), from its start.
    editInput(input);
    seek(0);
  };
  return (
    <section className="ww-panel ww-capture-head" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('tcpcap.header.title')}</h2>
      <p className="ww-capture-line">
        <span className="ww-capture-conv" data-testid="capture-file">
          {t('tcpcap.header.conv', { conv: capture.conversation, file: source.fileName })}
        </span>
      </p>
      <p className="ww-capture-line">
        <span className="ww-capture-route" data-testid="capture-route">
          {addressText(capture.client)} → {addressText(capture.server)}
        </span>
        <span>{t('tcpcap.header.packets', { count: capture.packets })}</span>
        <span>{captureTime(capture.durationMs, t)}</span>
      </p>
      {capture.midConnection && <p className="ww-capture-mid">{t('tcpcap.header.mid')}</p>}
      {counts.length ? (
        <ul
          className="ww-capture-marks"
          aria-label={t('tcpcap.header.marks')}
          data-testid="capture-marks"
        >
          {counts.map(([m, n]) => (
            <li key={m} className={QUIET_MARKS.has(m) ? undefined : 'is-bad'}>
              {t('tcpcap.header.count', { name: t(`tcpcap.mark.${m}`), count: n })}
            </li>
          ))}
        </ul>
      ) : (
        <p className="ww-capture-line ww-muted">{t('tcpcap.header.noMarks')}</p>
      )}
      <div className="ww-capture-actions">
        <fieldset className="ww-radios">
          <legend>{t('params.numbers')}</legend>
          {(['relative', 'absolute'] as const).map((mode) => (
            <label key={mode}>
              <input
                type="radio"
                name={`${id}-numbers`}
                checked={relative === (mode === 'relative')}
                onChange={() => api.getState().setRelative(mode === 'relative')}
              />
              {t(`params.numbers.${mode}`)}
            </label>
          ))}
        </fieldset>
        <button
          type="button"
          className="ww-small"
          title={t('tcpcap.header.backHint')}
          onClick={back}
        >
          {t('tcpcap.header.back')}
        </button>
      </div>
    </section>
  );
}
