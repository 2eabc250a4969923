// The "Congestion control" view: the cwnd chart (large) and the per-round table (left); the
// narration and the parameters (right, scrolling). A click on a round of the chart toggles a loss.
// In the "segments" model the sequence diagram of the same run sits between chart and table,
// following the same player step, with a zoom for its time axis. A captured conversation (opened
// from a capture file) shows instead its time/sequence graph and bytes in flight, under a header
// naming the file, the endpoints and the direction drawn; the side column then offers the way
// back to the simulation instead of the parameters.
import { lazy, Suspense, useMemo, useState } from 'react';
import { CwndChartView } from '../views/CwndChartView';
import { RoundsTable } from '../views/RoundsTable';
import { useCongestion, useCongestionStore } from '../../store/PlayerProvider';
import { narrateCongestion } from '../../narration/congestion';
import { narrateSegments, segmentsHeading } from '../../narration/congestionSegments';
import { captureHeading, narrateCaptureFlight } from '../../narration/captureFlight';
import {
  roundAtStep,
  tcpTraceOf,
  type CongestionCaptureTrace,
  type CongestionSegmentsTrace,
  type CongestionSimTrace,
} from '../../engine/congestion/trace';
import type { Endpoint } from '../../engine/trace';
import { formatAddress, formatInt } from '../../viz/tcptrace/format';
import { NarrationPanel } from '../NarrationPanel';
import { ViewBoundary } from '../ViewBoundary';
import { useReducedMotion } from '../hooks';
import { useLabel, useT } from '../useT';
import { NotInEmbed } from '../params/NotInEmbed';
import './capture.css';

// The parameter panel is its own chunk: the embed shell never loads it.
const LabParams = lazy(() => import('./LabParams').then((m) => ({ default: m.LabParams })));
// The sequence diagram only shows in the "segments" model: the rounds model never loads it.
const SequenceView = lazy(() =>
  import('../views/SequenceView').then((m) => ({ default: m.SequenceView })),
);
// A capture's charts load only when a conversation is shown.
const TimeSeqView = lazy(() =>
  import('../views/TimeSeqView').then((m) => ({ default: m.TimeSeqView })),
);

function LabNarration() {
  const t = useT();
  const trace = useCongestion((s) => s.trace);
  const step = useCongestion((s) => s.step);
  const sentences = useMemo(() => {
    if (trace.model === 'capture') return narrateCaptureFlight(trace, step, t);
    return trace.model === 'segments'
      ? narrateSegments(trace, step, t)
      : narrateCongestion(trace, step, t);
  }, [trace, step, t]);
  const heading =
    trace.model === 'capture'
      ? captureHeading(trace, step, t)
      : trace.model === 'segments'
        ? segmentsHeading(trace, step, t)
        : step === 0
          ? t('lab.round0')
          : t('lab.round', { round: step });
  return <NarrationPanel heading={heading} sentences={sentences} />;
}

/** Zoom levels of the lab's sequence diagram (time axis scale); 2×: a bulk transfer's labels stay apart. */
const ZOOMS = [0.5, 1, 2, 4] as const;

/** The segments model's sequence diagram with its zoom buttons. */
function LabSequence({ trace }: { trace: CongestionSegmentsTrace }) {
  const t = useT();
  const label = useLabel();
  const reducedMotion = useReducedMotion();
  const step = useCongestion((s) => s.step);
  const progress = useCongestion((s) => (s.playing && !reducedMotion ? s.progress : 0));
  const [zoomAt, setZoomAt] = useState(ZOOMS.indexOf(2));
  const zoom = ZOOMS[zoomAt]!;
  const tcp = tcpTraceOf(trace);
  return (
    <>
      <div className="ww-lab-seq-bar">
        <h2>{t('lab.sequence')}</h2>
        <div role="group" aria-label={t('lab.sequence.zoom', { zoom })}>
          <button
            type="button"
            className="ww-small"
            disabled={zoomAt === 0}
            onClick={() => setZoomAt(zoomAt - 1)}
            aria-label={t('lab.sequence.zoomOut')}
          >
            −
          </button>
          <output aria-live="polite">{t('lab.sequence.zoom', { zoom })}</output>
          <button
            type="button"
            className="ww-small"
            disabled={zoomAt === ZOOMS.length - 1}
            onClick={() => setZoomAt(zoomAt + 1)}
            aria-label={t('lab.sequence.zoomIn')}
          >
            +
          </button>
        </div>
      </div>
      <SequenceView
        trace={tcp}
        step={step}
        progress={progress}
        relative
        label={label}
        reducedMotion={reducedMotion}
        zoom={zoom}
      />
    </>
  );
}

/** The main area of the congestion lab: a simulation, or a captured conversation. */
export function CongestionLab() {
  const trace = useCongestion((s) => s.trace);
  return trace.model === 'capture' ? <CaptureLab trace={trace} /> : <SimLab trace={trace} />;
}

/** A simulated run: the cwnd chart, (segments model) the sequence diagram, the rounds table. */
function SimLab({ trace }: { trace: CongestionSimTrace }) {
  const t = useT();
  const label = useLabel();
  const step = useCongestion((s) => s.step);
  const scenarioId = useCongestion((s) => s.scenarioId);
  // Actions never change: the chart's memo is not broken by a new callback.
  const toggleLossAt = useCongestionStore().getState().toggleLossAt;
  const failed = <p className="ww-view-failed">{t('view.failed')}</p>;
  return (
    <>
      <div className={`ww-lab-left ww-lab-${trace.model}`}>
        <div className="ww-panel ww-lab-chart">
          <ViewBoundary key={scenarioId} fallback={failed}>
            <CwndChartView trace={trace} step={step} label={label} onRoundClick={toggleLossAt} />
          </ViewBoundary>
        </div>
        {trace.model === 'segments' && (
          <section className="ww-panel ww-lab-seq" aria-label={t('lab.sequence')}>
            <ViewBoundary key={scenarioId} fallback={failed}>
              <Suspense fallback={<div className="ww-loading" aria-busy="true" />}>
                <LabSequence trace={trace} />
              </Suspense>
            </ViewBoundary>
          </section>
        )}
        <div className="ww-panel ww-lab-table">
          <ViewBoundary key={scenarioId} fallback={failed}>
            <RoundsTable trace={trace} step={roundAtStep(trace, step)} label={label} />
          </ViewBoundary>
        </div>
      </div>
      <div className="ww-side">
        <LabNarration />
        <NotInEmbed>
          <LabParams />
        </NotInEmbed>
      </div>
    </>
  );
}

/** A captured conversation: its header, the time/sequence graph and the bytes in flight. */
function CaptureLab({ trace }: { trace: CongestionCaptureTrace }) {
  const t = useT();
  const label = useLabel();
  const step = useCongestion((s) => s.step);
  // Actions never change: read once, they subscribe to nothing.
  const { seek, leaveCapture } = useCongestionStore().getState();
  const failed = <p className="ww-view-failed">{t('view.failed')}</p>;
  const key = `${trace.conversation.id}-${trace.sender}`;
  return (
    <>
      <div className="ww-lab-left ww-lab-capture">
        <CaptureHeader trace={trace} />
        <div className="ww-panel ww-lab-chart ww-lab-tt">
          <ViewBoundary key={key} fallback={failed}>
            <Suspense fallback={<div className="ww-loading" aria-busy="true" />}>
              <TimeSeqView trace={trace} step={step} label={label} onSeek={seek} />
            </Suspense>
          </ViewBoundary>
        </div>
      </div>
      <div className="ww-side">
        <LabNarration />
        <NotInEmbed>
          <section className="ww-panel ww-lab-params ww-cap-back">
            <p>{t('cf.ui.backHint')}</p>
            <button type="button" onClick={leaveCapture} data-testid="capture-back">
              {t('cf.ui.back')}
            </button>
          </section>
        </NotInEmbed>
      </div>
    </>
  );
}

/** The file and conversation, its endpoints, the direction drawn and its counts. */
function CaptureHeader({ trace }: { trace: CongestionCaptureTrace }) {
  const t = useT();
  const source = useCongestion((s) => s.capture);
  const setCaptureSender = useCongestionStore().getState().setCaptureSender;
  const conv = trace.conversation;
  const c = trace.flight.counts;
  const ends: Endpoint[] = ['client', 'server'];
  return (
    <section className="ww-panel ww-cap-head" aria-label={t('cf.ui.aria')}>
      <p className="ww-cap-source">
        <strong>{t('cf.ui.source', { file: source?.fileName ?? '—', id: conv.id })}</strong>
        <span>
          {t('cf.ui.endpoints', {
            client: formatAddress(conv.client),
            server: formatAddress(conv.server),
          })}
        </span>
        {conv.midConnection && <span className="ww-muted">{t('cf.ui.mid')}</span>}
      </p>
      <div className="ww-cap-row">
        <label className="ww-field ww-field-inline">
          <span>{t('cf.ui.direction')}</span>
          <select
            value={trace.sender}
            onChange={(e) => setCaptureSender(e.target.value as Endpoint)}
            data-testid="capture-direction"
          >
            {ends.map((ep) => (
              <option key={ep} value={ep}>
                {t(`cf.ui.direction.${ep}`, { bytes: formatInt(conv.payloadBytes[ep]) })}
              </option>
            ))}
          </select>
        </label>
        <span className="ww-cap-counts" data-testid="capture-counts">
          {t('cf.ui.counts', {
            retx: formatInt(c.retransmissions),
            fast: formatInt(c.fastRetransmissions),
            dups: formatInt(c.dupAcks),
            sacks: formatInt(c.sackBlocks),
          })}
        </span>
      </div>
    </section>
  );
}
