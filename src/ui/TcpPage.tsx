// The "TCP connection" view: sequence diagram (left); states, narration, the event list (the
// diagram as text), state diagrams and parameters (right, scrolling). While a captured
// conversation is shown, the parameters (which edit scenarios) give way to the capture header
// (file, endpoints, packets, duration, mark counts, "Back to the simulation") and the segment
// inspector; clicking an arrow then goes to its step instead of losing the segment.
import { lazy, useCallback, useId, useMemo } from 'react';
import type { TcpTrace } from '../engine/trace';
import { SequenceView } from './views/SequenceView';
import { StateDiagramView } from './views/StateDiagramView';
import { EventList } from './views/EventList';
import { useTcp, useTcpStore } from '../store/PlayerProvider';
import type { CaptureSource } from '../store/playerCore';
import { narrate } from '../narration/narrate';
import { addressText, captureHeading, captureTime, markCounts } from '../narration/capture';
import { NarrationPanel } from './NarrationPanel';
import { EndpointStatus } from './EndpointStatus';
import { NotInEmbed } from './params/NotInEmbed';
import { ViewBoundary } from './ViewBoundary';
import { SegmentInspector } from './capture/SegmentInspector';
import { useReducedMotion } from './hooks';
import { useLabel, useT } from './useT';

// The parameter panel is its own chunk: the embed shell never loads it.
const ParamsPanel = lazy(() =>
  import('./params/ParamsPanel').then((m) => ({ default: m.ParamsPanel })),
);

function TcpNarration() {
  const t = useT();
  const trace = useTcp((s) => s.trace);
  const step = useTcp((s) => s.step);
  const relative = useTcp((s) => s.relative);
  const sentences = useMemo(
    () => narrate(trace, step, t, { relative }),
    [trace, step, t, relative],
  );
  const heading = trace.capture ? captureHeading(trace, step, t) : t('narration.step', { step });
  return <NarrationPanel heading={heading} sentences={sentences} />;
}

/** Marks that signal trouble (styled like Wireshark's "Bad TCP"). */
const QUIET_MARKS = new Set(['window-update', 'keep-alive']);

/** The capture header: what is shown, its marks counted, numbering, and the way back. */
function CaptureHeader({ trace, source }: { trace: TcpTrace; source: CaptureSource }) {
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

/** The main area of the TCP view. */
export function TcpPage() {
  const t = useT();
  const label = useLabel();
  const reducedMotion = useReducedMotion();
  const trace = useTcp((s) => s.trace);
  const step = useTcp((s) => s.step);
  const progress = useTcp((s) => (s.playing && !reducedMotion ? s.progress : 0));
  const relative = useTcp((s) => s.relative);
  const scenarioId = useTcp((s) => s.scenarioId);
  const source = useTcp((s) => s.capture);
  const store = useTcpStore();
  const captured = source !== null && trace.capture !== undefined;
  // A captured segment cannot be "lost" (nothing is re-simulated): a click goes to its step.
  const onSegmentClick = useCallback(
    (segId: string) => {
      const s = store.getState();
      if (s.trace.capture) s.seek(Number(segId.slice(4)));
      else s.toggleDrop(segId);
    },
    [store],
  );
  // A new conversation or scenario remounts the views (a failed drawing gets a fresh start).
  const viewKey = captured
    ? `capture|${source.fileName}|${trace.capture?.conversation}`
    : scenarioId;
  const failed = <p className="ww-view-failed">{t('view.failed')}</p>;
  return (
    <>
      <section className="ww-panel ww-sequence" aria-label={t('view.sequence')}>
        <ViewBoundary key={viewKey} fallback={failed}>
          <SequenceView
            trace={trace}
            step={step}
            progress={progress}
            relative={relative}
            label={label}
            reducedMotion={reducedMotion}
            onSegmentClick={onSegmentClick}
          />
        </ViewBoundary>
      </section>
      <div className="ww-side">
        {captured && <CaptureHeader trace={trace} source={source} />}
        <EndpointStatus />
        <TcpNarration />
        {captured && <SegmentInspector trace={trace} step={step} relative={relative} t={t} />}
        {/* The sequence diagram as text (its text alternative), right under the narration. */}
        <EventList trace={trace} step={step} relative={relative} />
        <div className="ww-states">
          {(['client', 'server'] as const).map((endpoint) => (
            <section
              key={endpoint}
              className="ww-panel ww-state-diagram"
              aria-label={t(endpoint === 'client' ? 'view.stateClient' : 'view.stateServer')}
            >
              <ViewBoundary key={viewKey} fallback={failed}>
                <StateDiagramView trace={trace} step={step} endpoint={endpoint} label={label} />
              </ViewBoundary>
            </section>
          ))}
        </div>
        {!captured && (
          <NotInEmbed>
            <ParamsPanel />
          </NotInEmbed>
        )}
      </div>
    </>
  );
}
