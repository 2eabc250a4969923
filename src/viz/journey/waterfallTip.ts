// The waterfall's words: a row's accessible name, and the tooltip's lines (URL, status and
// connection, each phase's start and duration, the total). Pure: the renderer lays them out.
import { formatMs } from '../cwnd/format';
import type { LabelFn } from '../label';
import { requestName, type PhaseId, type WfRow } from './waterfallLayout';

/** One line of the tooltip; `swatch`: the phase whose colour and pattern mark it. */
export interface WfTipLine {
  id: string;
  text: string;
  swatch: PhaseId | null;
}

/** The status column's text: the code, or "(failed)" when no response came (a HAR's status 0). */
export const statusText = (row: WfRow, label: LabelFn): string =>
  row.request.status > 0 ? String(row.request.status) : label('jv.wf.failed');

const cacheKey = (row: WfRow): 'memory' | 'disk' =>
  row.request.cacheKind === 'memory' ? 'memory' : 'disk';

/** The connection column's text: "#3", "(disk cache)" / "(memory cache)" for a cache hit, "—"
 * when a HAR names no connection. */
export function connText(row: WfRow, label: LabelFn): string {
  if (row.request.fromCache) return label(`jv.wf.${cacheKey(row)}Cache`);
  if (row.connLabel === null) return '—';
  return label('jv.wf.connId', { n: row.connLabel });
}

/** A row's accessible name: the uncut name (the visible one may end in "…"). */
export function rowName(row: WfRow, label: LabelFn): string {
  const r = row.request;
  const name = requestName(r);
  const status = statusText(row, label);
  return r.fromCache
    ? label(r.cacheKind === 'memory' ? 'jv.wf.rowMemory' : 'jv.wf.rowCache', {
        name,
        status,
        start: formatMs(r.start),
      })
    : label('jv.wf.row', {
        name,
        status,
        start: formatMs(r.start),
        end: formatMs(r.end),
      });
}

/** The tooltip of a row. */
export function tipLines(row: WfRow, label: LabelFn): WfTipLine[] {
  const r = row.request;
  const lines: WfTipLine[] = [
    { id: 'url', text: r.url, swatch: null },
    {
      id: 'how',
      swatch: null,
      text: `${statusText(row, label)} · ${
        r.fromCache
          ? label(`jv.wf.tip.${cacheKey(row)}Cache`)
          : row.connLabel === null
            ? label('jv.wf.tip.noConn')
            : label(row.reused ? 'jv.wf.tip.connReused' : 'jv.wf.tip.connNew', {
                n: row.connLabel,
              })
      }`,
    },
  ];
  if (r.conditional) lines.push({ id: 'cond', swatch: null, text: label('jv.wf.tip.conditional') });
  if (row.redirect) lines.push({ id: 'redirect', swatch: null, text: label('jv.wf.tip.redirect') });
  for (const s of row.segments)
    lines.push({
      id: s.id,
      swatch: s.id,
      text: label('jv.wf.tip.phase', {
        phase: label(`jv.wf.phase.${s.id}`),
        start: formatMs(s.start),
        duration: formatMs(s.duration),
      }),
    });
  lines.push({
    id: 'total',
    swatch: null,
    text: label('jv.wf.tip.total', {
      duration: formatMs(r.end - r.start),
      start: formatMs(r.start),
      end: formatMs(r.end),
    }),
  });
  return lines;
}
