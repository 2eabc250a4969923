// The message inspector's content for a step of a HAR file: the step's request as the browser
// recorded it — URL, method, status, protocol, connection (new or reused), server address, type
// and sizes, its waterfall timings, and its request and response headers as written — or a page
// event. Pure: trace + step + translate function in, plain data out (tested in Node).
import type { HarTrace, HarTraceRequest } from '../../capture/harTraceTypes';
import type { HarHeader } from '../../capture/har';
import { WATERFALL_PHASES } from '../../engine/journey/trace';
import type { Translate } from '../../i18n/i18n';
import { ms } from '../../narration/journeyFormat';
import { harName } from '../../narration/journeyHar';
import { PHASE_IDS } from '../../viz/journey/waterfallLayout';
import type { InspectBlock, InspectModel, InspectRow } from './inspectModel';

/** Header values longer than this are cut in the table (cookies, policies). */
const MAX_VALUE = 400;

const row = (label: string, value: string, extra: Partial<InspectRow> = {}): InspectRow => ({
  label,
  value,
  ...extra,
});

/** The inspector's content for `step` of a HAR's trace, or null at step 0. */
export function inspectHar(trace: HarTrace, step: number, t: Translate): InspectModel | null {
  const e = step > 0 ? trace.events[step - 1] : undefined;
  if (!e) return null;
  if (e.kind === 'har.page') {
    const page = trace.pages.find((p) => p.id === e.pageId);
    return {
      id: e.id,
      kind: e.kind,
      title: t(`har.insp.title.${e.event}`),
      route: null,
      time: t('insp.time', { time: ms(e.t, t) }),
      blocks: [
        {
          kind: 'fields',
          rows: [
            row(t('har.insp.page'), page?.title || e.pageId),
            row(t('har.insp.pageStart'), page?.startMs != null ? ms(page.startMs, t) : '—'),
            row(t(`har.insp.${e.event}`), ms(e.t, t), { note: t(`har.insp.${e.event}.note`) }),
          ],
        },
      ],
    };
  }
  const r = trace.requests.find((q) => q.id === e.requestId);
  if (!r) return null;
  const name = harName(r.url, trace.pageUrl);
  const response = e.kind === 'har.response';
  const headers = [
    headerTable(t('har.insp.requestHeaders'), r.har.requestHeaders, t),
    headerTable(t('har.insp.responseHeaders'), r.har.responseHeaders, t),
  ];
  return {
    id: e.id,
    kind: e.kind,
    title: !response
      ? t('har.insp.title.request', { method: r.method, name })
      : r.status > 0
        ? t('har.insp.title.response', { status: r.status, name })
        : t('har.insp.title.failed', { name }),
    route: null,
    time: response
      ? t('insp.timeSpan', { start: ms(r.start, t), end: ms(r.end, t) })
      : t('insp.time', { time: ms(r.start, t) }),
    blocks: [
      { kind: 'fields', rows: fields(r, t) },
      timingTable(r, t),
      // The step's own side first: the request's headers as it starts, the response's at its end.
      ...(response ? headers.reverse() : headers),
    ],
  };
}

function fields(r: HarTraceRequest, t: Translate): InspectRow[] {
  const h = r.har;
  const rows = [
    row(t('insp.cache.url'), r.url, { mono: true }),
    row(t('har.insp.method'), r.method, { mono: true }),
    row(
      t('insp.http.status'),
      r.status > 0 ? `${r.status}${h.statusText ? ` ${h.statusText}` : ''}` : t('jv.wf.failed'),
      { mono: r.status > 0 },
    ),
  ];
  if (h.error) rows.push(row(t('har.insp.error'), h.error, { mono: true }));
  if (h.httpVersion) rows.push(row(t('har.insp.protocol'), h.httpVersion, { mono: true }));
  if (r.fromCache)
    rows.push(
      row(
        t('har.insp.cache'),
        t(r.cacheKind === 'memory' ? 'jv.wf.memoryCache' : 'jv.wf.diskCache'),
      ),
    );
  else
    rows.push(
      r.conn === null
        ? row(t('insp.conn'), '—', { note: t('har.insp.connUnknown') })
        : row(t('insp.conn'), r.conn, {
            mono: true,
            note: t(h.reused ? 'har.insp.connReused' : 'har.insp.connNew'),
          }),
    );
  if (h.serverIp) rows.push(row(t('har.insp.server'), h.serverIp, { mono: true }));
  if (h.mimeType) rows.push(row(t('har.insp.mime'), h.mimeType, { mono: true }));
  if (h.size !== null) rows.push(row(t('har.insp.size'), t('insp.bytes', { bytes: h.size })));
  if (h.contentSize !== null)
    rows.push(row(t('har.insp.contentSize'), t('insp.bytes', { bytes: h.contentSize })));
  if (h.redirectUrl) rows.push(row(t('har.insp.redirect'), h.redirectUrl, { mono: true }));
  return rows;
}

/** Each phase that took time: when it starts and how long; then the total. */
function timingTable(r: HarTraceRequest, t: Translate): InspectBlock {
  const rows: string[][] = [];
  let at = r.start;
  for (const phase of WATERFALL_PHASES) {
    const d = r.timings[phase];
    if (d > 0) rows.push([t(`jv.wf.phase.${PHASE_IDS[phase]}`), ms(at, t), ms(d, t)]);
    at += d;
  }
  rows.push([t('har.insp.total'), ms(r.start, t), ms(r.end - r.start, t)]);
  return {
    kind: 'table',
    title: t('har.insp.timings'),
    columns: [t('har.insp.phase'), t('har.insp.start'), t('har.insp.duration')],
    rows,
    note:
      r.har.timeMs !== null && Math.abs(r.har.timeMs - (r.end - r.start)) >= 1
        ? t('har.insp.timeDiffers', { time: ms(r.har.timeMs, t) })
        : undefined,
  };
}

function headerTable(title: string, headers: readonly HarHeader[], t: Translate): InspectBlock {
  return {
    kind: 'table',
    title: t('har.insp.headersTitle', { title, count: headers.length }),
    columns: [t('har.insp.headerName'), t('har.insp.headerValue')],
    rows: headers.map((h) => [
      h.name,
      h.value.length > MAX_VALUE
        ? `${h.value.slice(0, MAX_VALUE)}${t('insp.http.more', { chars: h.value.length - MAX_VALUE })}`
        : h.value,
    ]),
    note: headers.length ? undefined : t('har.insp.noHeaders'),
  };
}
