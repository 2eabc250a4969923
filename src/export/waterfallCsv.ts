// The journey's requests as CSV, one row per request with its phase timings — the columns of a
// HAR entry's `timings` (blocked/dns/connect/ssl/send/wait/receive), split as the waterfall and
// the browser's developer tools show them.
import {
  WATERFALL_PHASES,
  type JourneyTrace,
  type WaterfallPhaseName,
} from '../engine/journey/trace';
import { csvField } from '../viz/cwnd/csv';

/** CSV column of each waterfall phase (ms), in drawing order. */
export const PHASE_COLUMNS: Record<WaterfallPhaseName, string> = {
  Queueing: 'queueingMs',
  Stalled: 'stalledMs',
  'DNS Lookup': 'dnsMs',
  'Initial connection': 'connectMs',
  SSL: 'sslMs',
  'Request sent': 'sendMs',
  'Waiting (TTFB)': 'waitMs',
  'Content Download': 'receiveMs',
};

const HEAD = [
  'id',
  'navigation',
  'url',
  'type',
  'method',
  'status',
  'fromCache',
  'conditional',
  'connection',
  'startMs',
  'endMs',
  'totalMs',
] as const;

/**
 * The requests of `trace` as CSV (RFC 4180 quoting, "\n" after every line): header
 * `id,navigation,url,type,method,status,fromCache,conditional,connection,startMs,endMs,totalMs`
 * then one column per phase (`queueingMs` … `receiveMs`), one row per request in waterfall order.
 * Times are ms since the navigation started; a request served from the cache has no connection.
 */
export function waterfallCsv(trace: Pick<JourneyTrace, 'requests'>): string {
  const lines = [[...HEAD, ...WATERFALL_PHASES.map((p) => PHASE_COLUMNS[p])].join(',')];
  for (const r of trace.requests) {
    const fields: (string | number | null)[] = [
      r.id,
      r.journey,
      r.url,
      r.type,
      r.method,
      r.status,
      String(r.fromCache),
      String(r.conditional),
      r.conn,
      r.start,
      r.end,
      r.end - r.start,
      ...WATERFALL_PHASES.map((p) => r.timings[p]),
    ];
    lines.push(fields.map(csvField).join(','));
  }
  return lines.join('\n') + '\n';
}
