// The conversations list of an open capture, like Wireshark's Statistics → Conversations → TCP:
// the file's summary (format, link types, frames, other protocols, warnings), then a sortable,
// filterable table of its TCP conversations, each with "TCP view" and "Congestion view". A modal
// <dialog> like the Embed dialog: focus stays inside, Escape or Close closes, and the opener gets
// focus back (the caller's `onClose`).
import { useId, useMemo, useRef, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Conversation } from '../../capture/types';
import type { CaptureStore, ConversationSortKey, ConversationView } from '../../store/captureStore';
import type { Translate } from '../../i18n/i18n';
import { clip } from '../../export/messages';
import { usePlayer } from '../../store/PlayerProvider';
import { ModalDialog } from '../header/dialogParts';
import { useT } from '../useT';
import {
  MAX_ROWS,
  endpointText,
  formatMs,
  formatSeconds,
  formatSize,
  otherMarks,
  visibleConversations,
} from './conversationRows';

/** The table's columns in order; `sort` when its header sorts. */
// "Show in view" comes first: on a narrow screen the table scrolls sideways, and the buttons stay in view.
type ColumnId = 'show' | ConversationSortKey | 'flags' | 'marks';
const COLUMNS: { id: ColumnId; sort?: ConversationSortKey; numeric?: boolean }[] = [
  { id: 'show' },
  { id: 'a', sort: 'a' },
  { id: 'portA', sort: 'portA', numeric: true },
  { id: 'b', sort: 'b' },
  { id: 'portB', sort: 'portB', numeric: true },
  { id: 'packets', sort: 'packets', numeric: true },
  { id: 'bytes', sort: 'bytes', numeric: true },
  { id: 'start', sort: 'start', numeric: true },
  { id: 'duration', sort: 'duration', numeric: true },
  { id: 'flags' },
  { id: 'retransmissions', sort: 'retransmissions', numeric: true },
  { id: 'dupAcks', sort: 'dupAcks', numeric: true },
  { id: 'marks' },
];

/** The reader's protocol names that are words rather than names. */
const PROTOCOL_KEYS: Record<string, 'ipv4Other' | 'ipv6Other' | 'otherLink'> = {
  'IPv4 other': 'ipv4Other',
  'IPv6 other': 'ipv6Other',
  'other link': 'otherLink',
};

/** How many of the reader's warnings are listed (the rest are counted). */
const MAX_WARNINGS = 8;

/** The modal conversations list. `onShow` shows a conversation in a view (and closes the list). */
export function ConversationsDialog({
  store,
  onShow,
  onClose,
}: {
  store: CaptureStore;
  onShow: (conv: Conversation, view: ConversationView) => void;
  onClose: () => void;
}) {
  const t = useT();
  const lang = usePlayer((s) => s.lang);
  const analysis = useStore(store, (s) => s.analysis);
  const fileName = useStore(store, (s) => s.fileName) ?? '';
  const sort = useStore(store, (s) => s.sort);
  const filter = useStore(store, (s) => s.filter);
  const setSort = useStore(store, (s) => s.setSort);
  const setFilter = useStore(store, (s) => s.setFilter);
  const headingId = useId();
  const captionId = useId();
  const filterHintId = useId();
  const dialog = useRef<HTMLDialogElement>(null);

  const conversations = analysis?.conversations;
  const { rows, matching } = useMemo(
    () => visibleConversations(conversations ?? [], sort, filter),
    [conversations, sort, filter],
  );
  const num = useMemo(() => new Intl.NumberFormat(lang), [lang]);
  if (!analysis) return null;
  const { file } = analysis;
  const total = analysis.conversations.length;
  const others = Object.entries(file.otherProtocols).filter(([, n]) => n > 0);

  const close = () => dialog.current?.close();

  return (
    <ModalDialog
      className="ww-traffic-dialog"
      labelledBy={headingId}
      dialogRef={dialog}
      // The first conversation's "TCP view" (the usual next step), else Close.
      focusFirst={(d) =>
        d.querySelector<HTMLButtonElement>('.ww-traffic-actions button') ??
        d.querySelector<HTMLButtonElement>('.ww-traffic-dialog-head button')
      }
      onClose={onClose}
    >
      <div className="ww-traffic-dialog-body">
        <div className="ww-traffic-dialog-head">
          <h2 id={headingId}>
            {t('capture.dialog.title')}{' '}
            <span className="ww-traffic-file">{clip(fileName, 80)}</span>
          </h2>
          <button type="button" className="ww-small" onClick={close}>
            {t('capture.close')}
          </button>
        </div>

        <section className="ww-traffic-summary" aria-label={t('capture.summary')}>
          <dl>
            <Item label={t('capture.summary.format')}>
              {file.compressedBytes === undefined
                ? file.format
                : t('capture.summary.gzipFormat', { format: file.format })}
            </Item>
            <Item label={t('capture.summary.linkTypes')}>
              {file.linkTypes.map((l) => t(`capture.link.${l}`)).join(t('capture.separator')) ||
                t('capture.summary.none')}
            </Item>
            <Item label={t('capture.summary.frames')}>{num.format(file.frames)}</Item>
            <Item label={t('capture.summary.size')}>
              {file.compressedBytes === undefined
                ? formatSize(file.bytes)
                : t('capture.summary.gzipSize', {
                    size: formatSize(file.bytes),
                    compressed: formatSize(file.compressedBytes),
                  })}
            </Item>
            <Item label={t('capture.summary.duration')}>{formatMs(file.durationMs)}</Item>
            <Item label={t('capture.summary.conversations')}>{num.format(total)}</Item>
            <Item label={t('capture.summary.other')}>
              {others.length ? (
                <>
                  {others.map(([p, n]) => `${protocolName(t, p)} ${num.format(n)}`).join(' · ')}{' '}
                  <span className="ww-traffic-note">({t('capture.summary.otherNote')})</span>
                </>
              ) : (
                t('capture.summary.none')
              )}
            </Item>
          </dl>
          <p className="ww-muted">{t('capture.summary.local')}</p>
          {file.warnings.length > 0 && (
            <div className="ww-traffic-warnings" role="note">
              <h3>{t('capture.summary.warnings')}</h3>
              <ul>
                {file.warnings.slice(0, MAX_WARNINGS).map((w, i) => (
                  <li key={i}>{clip(w)}</li>
                ))}
                {file.warnings.length > MAX_WARNINGS && (
                  <li>
                    {t('capture.summary.moreWarnings', {
                      count: file.warnings.length - MAX_WARNINGS,
                    })}
                  </li>
                )}
              </ul>
            </div>
          )}
        </section>

        {total === 0 ? (
          <p className="ww-traffic-empty">{t('capture.noTcp')}</p>
        ) : (
          <>
            <div className="ww-traffic-tools">
              <div className="ww-field">
                <label htmlFor={`${filterHintId}-field`}>{t('capture.filter')}</label>
                <input
                  id={`${filterHintId}-field`}
                  type="search"
                  spellCheck={false}
                  autoComplete="off"
                  value={filter}
                  aria-describedby={filterHintId}
                  onChange={(e) => setFilter(e.target.value)}
                />
                <p id={filterHintId} className="ww-hint">
                  {t('capture.filterHint')}
                </p>
              </div>
              <p className="ww-muted" aria-live="polite" aria-atomic="true">
                {matching === 0
                  ? t('capture.noMatch', { filter: clip(filter, 60) })
                  : matching > MAX_ROWS || matching < total
                    ? t('capture.rowsShown', {
                        shown: num.format(rows.length),
                        total: num.format(total),
                      })
                    : ''}
              </p>
            </div>
            <div
              className="ww-traffic-table-wrap"
              role="region"
              aria-labelledby={captionId}
              // A scrolling region must be reachable with the keyboard.
              tabIndex={0}
            >
              <table className="ww-traffic-table">
                <caption id={captionId}>
                  {t('capture.table')}
                  <span className="ww-traffic-caption-hint"> — {t('capture.tableHint')}</span>
                </caption>
                <thead>
                  <tr>
                    <th scope="col" className="is-num">
                      #
                    </th>
                    {COLUMNS.map((c) => {
                      const label = t(`capture.col.${c.id}`);
                      const sorted = c.sort && sort.key === c.sort;
                      return (
                        <th
                          key={c.id}
                          scope="col"
                          className={c.numeric ? 'is-num' : c.sort ? undefined : 'is-wrap'}
                          aria-sort={
                            sorted ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined
                          }
                        >
                          {c.sort ? (
                            <button
                              type="button"
                              className="ww-traffic-sort"
                              onClick={() => setSort(c.sort!)}
                            >
                              {label}
                              <span aria-hidden="true" className="ww-traffic-sort-mark">
                                {sorted ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
                              </span>
                            </button>
                          ) : (
                            label
                          )}
                        </th>
                      );
                    })}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((conv) => (
                    <Row key={conv.id} conv={conv} t={t} num={num} onShow={onShow} />
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </div>
    </ModalDialog>
  );
}

/** One term of the summary. */
function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function protocolName(t: Translate, name: string): string {
  const key = PROTOCOL_KEYS[name];
  return key ? t(`capture.proto.${key}`) : name;
}

/** One conversation. */
function Row({
  conv,
  t,
  num,
  onShow,
}: {
  conv: Conversation;
  t: Translate;
  num: Intl.NumberFormat;
  onShow: (conv: Conversation, view: ConversationView) => void;
}) {
  const a = endpointText(conv.client.ip, conv.client.port);
  const b = endpointText(conv.server.ip, conv.server.port);
  const n = /\d+$/.exec(conv.id)?.[0] ?? conv.id;
  const { counts } = conv;
  const marks = otherMarks(counts);
  return (
    <tr>
      <th scope="row" className="is-num">
        {n}
      </th>
      <td>
        <div className="ww-traffic-actions">
          <button
            type="button"
            className="ww-small"
            aria-label={t('capture.showTcpLabel', { conv: conv.id, a, b })}
            onClick={() => onShow(conv, 'tcp')}
          >
            {t('capture.showTcp')}
          </button>
          <button
            type="button"
            className="ww-small"
            aria-label={t('capture.showCongestionLabel', { conv: conv.id, a, b })}
            onClick={() => onShow(conv, 'congestion')}
          >
            {t('capture.showCongestion')}
          </button>
        </div>
      </td>
      <td className="ww-traffic-ip">{conv.client.ip}</td>
      <td className="is-num">{conv.client.port}</td>
      <td className="ww-traffic-ip">{conv.server.ip}</td>
      <td className="is-num">{conv.server.port}</td>
      <td className="is-num">{num.format(conv.packets)}</td>
      <td className="is-num">{num.format(conv.bytes)}</td>
      <td className="is-num">{formatSeconds(conv.startMs)}</td>
      <td className="is-num">{formatSeconds(conv.durationMs)}</td>
      <td>
        <span className="ww-traffic-flags">{conv.firstFlags.join(', ') || '—'}</span>
        {conv.midConnection && (
          <span className="ww-traffic-note"> ({t('capture.midConnection')})</span>
        )}
      </td>
      <td className="is-num">
        {num.format(counts.retransmissions)}
        {counts.fastRetransmissions > 0 && (
          <span className="ww-traffic-note">
            {' '}
            ({t('capture.fast', { count: num.format(counts.fastRetransmissions) })})
          </span>
        )}
      </td>
      <td className="is-num">{num.format(counts.dupAcks)}</td>
      <td className="ww-traffic-marks">
        {marks.length
          ? marks
              .map((m) => t(`capture.mark.${m.key}`, { count: num.format(m.count) }))
              .join(t('capture.separator'))
          : '—'}
      </td>
    </tr>
  );
}
