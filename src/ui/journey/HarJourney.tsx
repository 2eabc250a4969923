// The journey view while a HAR file is shown: the address bar (the recorded page's URL and where it
// comes from), the waterfall of the recorded requests with the pages' load events (their plug-in
// loads with this layout), and a plain note instead of the topology and the TCP diagram — a HAR
// has no packets, and the view does not invent them; on the right the narration, the inspector
// (the step's request with its headers) and what the recording is.
import { useId } from 'react';
import { ms } from '../../narration/journeyFormat';
import { useJourney, useJourneyStore } from '../../store/PlayerProvider';
import { ViewBoundary } from '../ViewBoundary';
import { useT } from '../useT';
import { WaterfallPanel } from './WaterfallPanel';
import { WATERFALL_MARKS } from '../../viz/journey/waterfallMarksPlugin';
import { AddressBar } from './AddressBar';
import { Inspector } from './Inspector';
import { inspectHar } from './inspectHar';
import { harHeading, narrateHar, pageEvents, pagesWithEvents } from '../../narration/journeyHar';
import { isHarTrace, type HarTrace, type JourneyViewTrace } from '../../capture/harTraceTypes';
import type { Translate } from '../../i18n/i18n';
import { JourneyNarration, type JourneyNarrator } from './JourneyNarration';

// This layout's narration and inspector: the HAR's own (they load with it, not with the journey).
const HAR_NARRATOR: JourneyNarrator = {
  narrate: (trace, step, t) => (isHarTrace(trace) ? narrateHar(trace, step, t) : []),
  heading: (trace, step, t) => (isHarTrace(trace) ? harHeading(trace, step, t) : ''),
};
const inspectHarStep = (trace: JourneyViewTrace, step: number, t: Translate) =>
  isHarTrace(trace) ? inspectHar(trace, step, t) : null;

/** The journey view of a HAR file's trace. */
export function HarJourney({ trace }: { trace: HarTrace }) {
  const t = useT();
  const step = useJourney((s) => s.step);
  const file = useJourney((s) => s.capture?.fileName ?? '');
  const failed = <p className="ww-view-failed">{t('view.failed')}</p>;
  return (
    <>
      <AddressBar />
      <div className="ww-journey-left">
        <WaterfallPanel trace={trace} viewKey={file} marks={WATERFALL_MARKS} />
        <section
          className="ww-panel ww-journey-harnote"
          aria-label={t('har.note.heading')}
          data-testid="har-no-packets"
        >
          <h2 className="ww-journey-h">{t('har.note.heading')}</h2>
          <p>{t('har.note.noTopology')}</p>
          <p>{t('har.note.noTcp')}</p>
        </section>
      </div>
      <div className="ww-side">
        <JourneyNarration narrator={HAR_NARRATOR} />
        <div className="ww-panel ww-journey-inspector">
          <ViewBoundary key={file} fallback={failed}>
            <Inspector trace={trace} step={step} inspect={inspectHarStep} />
          </ViewBoundary>
        </div>
        {/* Also the side column's focusable content (it scrolls: axe's scrollable-region rule). */}
        <HarRecording trace={trace} file={file} />
      </div>
    </>
  );
}

/** What the file is: its name, the tool that wrote it, its pages, requests, connections and the
 * pages' load events. */
function HarRecording({ trace, file }: { trace: HarTrace; file: string }) {
  const t = useT();
  const id = useId();
  const api = useJourneyStore().getState();
  const creator = `${trace.creator.name} ${trace.creator.version}`.trim() || '—';
  const reused = trace.requests.filter((r) => r.har.reused).length;
  const span = trace.requests.reduce((m, r) => Math.max(m, r.end), 0);
  const titles = trace.pages.map((p) => p.title).filter(Boolean);
  const rows: [string, string][] = [
    [t('har.rec.file'), file],
    [t('har.rec.creator'), creator],
    ...(titles.length ? [[t('har.rec.pages'), titles.join(' · ')] as [string, string]] : []),
    [t('har.rec.requests'), String(trace.requests.length)],
    [
      t('har.rec.connections'),
      trace.connections.length
        ? t('har.rec.connectionsValue', { count: trace.connections.length, reused })
        : t('har.rec.connectionsNone'),
    ],
    [t('har.rec.span'), ms(span, t)],
    // DOMContentLoaded and load, as the developer tools' status bar shows them.
    ...pagesWithEvents(trace).map((n): [string, string] => [
      trace.pages.length > 1 ? t('har.rec.eventsOf', { n }) : t('har.rec.events'),
      pageEvents(trace, n, t),
    ]),
  ];
  return (
    <section className="ww-panel ww-journey-har" aria-labelledby={id}>
      <h2 id={id}>{t('har.rec.heading')}</h2>
      <dl className="ww-har-rec">
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <p className="ww-hint">{t('har.rec.note')}</p>
      <button type="button" onClick={() => api.leaveHar()}>
        {t('har.rec.back')}
      </button>
    </section>
  );
}
