// What the message inspector shows, as plain data: a title, the route and time, and blocks of
// labelled fields, tables and raw HTTP text. Built by inspect.ts (pure), drawn by Inspector.tsx.
import type { JourneyEventKind } from '../../engine/journey/trace';
import type { HarEventKind } from '../../capture/harTraceTypes';
import type { HttpPartView } from './inspectHttp';

/** One labelled field. */
export interface InspectRow {
  label: string;
  value: string;
  /** A short explanation shown next to the value. */
  note?: string;
  /** Monospace (addresses, hex, protocol tokens). */
  mono?: boolean;
  /** The whole value when `value` is shortened (shown as a tooltip). */
  full?: string;
}

/** A part of the inspector. */
export type InspectBlock =
  | { kind: 'fields'; title?: string; rows: InspectRow[] }
  | {
      kind: 'table';
      title: string;
      columns: string[];
      rows: string[][];
      /** Shown under the table (e.g. "no keys yet"). */
      note?: string;
    }
  | { kind: 'http'; title: string; parts: HttpPartView[] };

/** The inspector's content for one step (its focus event). */
export interface InspectModel {
  /** The focus event's id (keys the React state of the raw HTTP view). */
  id: string;
  kind: JourneyEventKind | HarEventKind;
  title: string;
  /** The nodes a message crosses ("Browser → OS → Switch → Gateway → Web server"), or null. */
  route: string | null;
  /** "t = 12 ms" or "sent t = 12 ms, arrives 52 ms". */
  time: string;
  blocks: InspectBlock[];
}
