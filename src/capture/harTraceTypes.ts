// The types of a HAR's trace as the URL journey's player shows it (harTrace.ts builds it) and
// `isHarTrace`: all the journey view needs before a HAR file is opened, so its first load does
// not fetch the builder (harTrace.ts is loaded with the first HAR file).
import type { JourneyTrace, WaterfallTimings } from '../engine/journey/trace';
import type { TRACE_VERSION } from '../engine/trace';
import type { HarAnalysis, HarPage, HarRequest } from './har';

/** What a row of the waterfall is, from `_resourceType` or the MIME type. */
export type HarResourceType =
  'document' | 'css' | 'js' | 'img' | 'font' | 'fetch' | 'media' | 'other';

/** One request as the waterfall draws it; `har` is everything the file says about it. */
export interface HarTraceRequest {
  id: string;
  /** The page's number (1-based, in `pages` order; 1 without pages). */
  journey: number;
  url: string;
  type: HarResourceType;
  method: string;
  /** If-None-Match or If-Modified-Since was sent (a revalidation). */
  conditional: boolean;
  fromCache: boolean;
  cacheKind: 'memory' | 'disk' | null;
  /** 0: no response. */
  status: number;
  /** The HAR's connection id, or null. */
  conn: string | null;
  start: number;
  end: number;
  timings: WaterfallTimings;
  har: HarRequest;
}

interface Base {
  /** `ev-<n>` from 1, in step order. */
  id: string;
  step: number;
  /** ms from the first request's start. */
  t: number;
}

/** A step of a HAR: a request starts, its last byte arrives, or a page event fires. */
export type HarEvent =
  | (Base & { kind: 'har.request'; requestId: string })
  | (Base & { kind: 'har.response'; requestId: string })
  | (Base & { kind: 'har.page'; pageId: string; event: 'onContentLoad' | 'onLoad' });
export type HarEventKind = HarEvent['kind'];

/** A page's DOMContentLoaded (`dcl`) or load event as the waterfall draws it: a vertical line at
 * `t` (ms) for page `page` (1-based, in `pages` order); `step` is the event's step. */
export interface HarLoadMark {
  kind: 'dcl' | 'load';
  page: number;
  t: number;
  step: number;
}

/** A connection seen in the HAR: its id and the requests it carried, in order. */
export interface HarConnection {
  id: string;
  serverIp: string | null;
  requestIds: string[];
}

/** The player's trace of a HAR. */
export interface HarTrace {
  version: typeof TRACE_VERSION;
  kind: 'har';
  creator: HarAnalysis['creator'];
  pages: HarPage[];
  /** The page's URL: the first document request's, else the first request's ('' if none). */
  pageUrl: string;
  steps: number;
  /** The last event's time (ms). */
  endMs: number;
  requests: HarTraceRequest[];
  connections: HarConnection[];
  events: HarEvent[];
  /** The page events again, as the waterfall's lines, in step order. */
  marks: HarLoadMark[];
}

/** What the journey view shows: a simulated journey or a HAR. */
export type JourneyViewTrace = JourneyTrace | HarTrace;

/** Is this trace a HAR's? */
export const isHarTrace = (trace: { kind: string }): trace is HarTrace => trace.kind === 'har';
