// The event list: the TCP sequence diagram as text, for screen readers and anyone who prefers to
// read. A collapsible panel; each step gives its time, who acted and the narration's sentences,
// the current step marked (aria-current) and kept in view. Nothing is computed while it is
// closed; open, it shows a window of steps around the player's step (long runs have thousands),
// with buttons to look earlier or later.
import { memo, useLayoutEffect, useRef, useState } from 'react';
import type { TcpTrace } from '../../engine/trace';
import type { Translate } from '../../i18n/i18n';
import { duration } from '../../narration/format';
import { useT } from '../useT';
import { eventRow, eventWindow, type EventRow } from './eventRows';
import './eventList.css';

/** Props of {@link EventList}. */
export interface EventListProps {
  trace: TcpTrace;
  step: number;
  /** Relative or absolute sequence numbers, as in the diagram. */
  relative: boolean;
}

/** At most this many steps are in the DOM. */
export const EVENT_WINDOW = 40;
/** Steps shown before the current one. */
const BEFORE = 8;

/** The collapsible event list of a TCP trace at the player's step. */
export const EventList = memo(function EventList({ trace, step, relative }: EventListProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <details
      className="ww-panel ww-events"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>
        {t('events.summary')}{' '}
        <span className="ww-events-count">({t('events.count', { count: trace.steps })})</span>
      </summary>
      {open && <EventWindow trace={trace} step={step} relative={relative} t={t} />}
    </details>
  );
});

interface EventWindowProps extends EventListProps {
  t: Translate;
}

function EventWindow({ trace, step, relative, t }: EventWindowProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // A look earlier or later (in steps) holds until the player moves.
  const [shift, setShift] = useState({ step, by: 0 });
  const by = shift.step === step ? shift.by : 0;
  const total = trace.steps;
  const { first, last } = eventWindow(total, step, EVENT_WINDOW, BEFORE, by);
  const rows: EventRow[] = [];
  for (let k = first; k <= last; k++) rows.push(eventRow(trace, k, t, relative));
  const windowed = last - first + 1 < total + 1;

  // Keep the current step in view inside the list (its own scroll only: the page stays put).
  useLayoutEffect(() => {
    const el = scrollRef.current;
    const row = el?.querySelector<HTMLElement>('[aria-current]');
    if (!el || !row) return;
    const top = row.offsetTop;
    if (top < el.scrollTop || top + row.offsetHeight > el.scrollTop + el.clientHeight)
      el.scrollTop = Math.max(0, top - el.clientHeight / 3);
  }, [step, first, trace]);

  const look = (delta: number) => setShift({ step, by: by + delta });
  return (
    <div className="ww-events-body">
      {windowed && (
        <div className="ww-events-nav">
          <button
            type="button"
            className="ww-small"
            disabled={first === 0}
            onClick={() => look(-EVENT_WINDOW)}
          >
            {t('events.earlier')}
          </button>
          <span className="ww-muted">{t('events.window', { from: first, to: last, total })}</span>
          <button
            type="button"
            className="ww-small"
            disabled={last === total}
            onClick={() => look(EVENT_WINDOW)}
          >
            {t('events.later')}
          </button>
        </div>
      )}
      <div
        ref={scrollRef}
        className="ww-events-scroll"
        role="region"
        aria-label={t('events.region')}
        tabIndex={0}
      >
        <ol className="ww-events-list">
          {rows.map((row) => (
            <EventItem key={row.step} row={row} current={row.step === step} t={t} />
          ))}
        </ol>
      </div>
    </div>
  );
}

interface EventItemProps {
  row: EventRow;
  current: boolean;
  t: Translate;
}

const EventItem = memo(function EventItem({ row, current, t }: EventItemProps) {
  const who =
    row.who === 'both'
      ? t('events.who.both')
      : row.who === 'network'
        ? t('events.who.network')
        : t(row.who === 'client' ? 'endpoint.client' : 'endpoint.server');
  return (
    <li className={current ? 'is-current' : undefined} aria-current={current ? 'step' : undefined}>
      <p className="ww-event-head">
        <strong>{row.step === 0 ? t('events.setup') : t('events.step', { step: row.step })}</strong>
        {row.step > 0 && (
          <>
            {row.frame !== undefined && (
              <span>{t('tcpcap.events.frame', { frame: row.frame })}</span>
            )}
            <span>{t('events.time', { time: row.time ?? duration(row.t, t) })}</span>
            <span>{who}</span>
          </>
        )}
        {current && (
          <span className="ww-event-now" aria-hidden="true">
            {t('events.current')}
          </span>
        )}
      </p>
      <ul>
        {row.sentences.map((s, i) => (
          <li key={i}>{s}</li>
        ))}
      </ul>
    </li>
  );
});
