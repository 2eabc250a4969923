// The traffic file the page has open: a capture (pcap/pcapng) being read, with its progress; its
// analysis once read (the conversations list); the conversation picked and the view it went to;
// and why the last file failed. A HAR file passes through (the journey view keeps it). One
// vanilla zustand store per app page; the reading itself is client.ts's worker.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CaptureAnalysis, Conversation } from '../capture/types';
import type { HarAnalysis } from '../capture/har';
import type { TrafficFormat } from '../capture/detect';
import {
  TrafficOpenError,
  isCaptureAnalysis,
  openTrafficFile,
  type TrafficAnalysis,
  type TrafficProgress,
} from '../capture/client';

/** The views a conversation can be shown in. */
export type ConversationView = 'tcp' | 'congestion';

/** Why the last file was not opened (`cancelled` too: the user stopped it). */
export interface CaptureFailure {
  fileName: string;
  code: TrafficOpenError['code'];
  /** Plain English from the readers (the page words the code in the user's language). */
  message: string;
  params: TrafficOpenError['params'];
}

/** What one `open` ended with. */
export type OpenOutcome =
  | { ok: true; kind: 'capture'; fileName: string; analysis: CaptureAnalysis }
  | { ok: true; kind: 'har'; fileName: string; har: HarAnalysis }
  | { ok: false; failure: CaptureFailure };

/** The table's sortable columns. */
export type ConversationSortKey =
  | 'a'
  | 'portA'
  | 'b'
  | 'portB'
  | 'packets'
  | 'bytes'
  | 'start'
  | 'duration'
  | 'retransmissions'
  | 'dupAcks';

/** The conversations table's order. */
export interface ConversationSort {
  key: ConversationSortKey;
  dir: 'asc' | 'desc';
}

/** The capture store's state and actions. */
export interface CaptureState {
  /** The file being read, and how far (null when nothing is being read). */
  opening: { fileName: string; size: number } | null;
  progress: TrafficProgress | null;
  /** The capture open (kept when a later file fails, so its list can still be shown). */
  fileName: string | null;
  analysis: CaptureAnalysis | null;
  /** The conversation last picked from the list, and where it went. */
  picked: { id: string; view: ConversationView } | null;
  /** Why the last file was not opened (null after a success or a dismiss). */
  failure: CaptureFailure | null;
  /** Is the conversations list shown? */
  listOpen: boolean;
  sort: ConversationSort;
  filter: string;

  /** Reads `file` in the worker; any file already being read is cancelled. */
  open(file: File, kind?: TrafficFormat): Promise<OpenOutcome>;
  /** Stops the file being read. */
  cancel(): void;
  /** Picks conversation `id` for `view` (closes the list); null when there is no such one. */
  pick(id: string, view: ConversationView): Conversation | null;
  showList(): void;
  hideList(): void;
  setSort(key: ConversationSortKey): void;
  setFilter(text: string): void;
  dismissFailure(): void;
  /** Forgets the capture (its list and its memory). */
  close(): void;
}

/** A capture store. */
export type CaptureStore = StoreApi<CaptureState>;

/** What the store reads files with (the worker client; tests pass a fake). */
export interface CaptureDeps {
  open: (
    file: File,
    onProgress: (p: TrafficProgress) => void,
    signal: AbortSignal,
    options: { kind?: TrafficFormat },
  ) => Promise<TrafficAnalysis>;
}

/** Columns whose first click sorts from the largest (counts), not from A to Z. */
const DESCENDING_FIRST: ReadonlySet<ConversationSortKey> = new Set([
  'packets',
  'bytes',
  'duration',
  'retransmissions',
  'dupAcks',
]);

/** The order a conversations list starts in: as in the file (by start time). */
export const DEFAULT_SORT: ConversationSort = { key: 'start', dir: 'asc' };

/** Creates a capture store. */
export function createCaptureStore(
  deps: CaptureDeps = { open: (f, p, s, o) => openTrafficFile(f, p, s, o) },
): CaptureStore {
  let controller: AbortController | null = null;
  return createStore<CaptureState>()((set, get) => ({
    opening: null,
    progress: null,
    fileName: null,
    analysis: null,
    picked: null,
    failure: null,
    listOpen: false,
    sort: DEFAULT_SORT,
    filter: '',

    async open(file, kind) {
      controller?.abort();
      const mine = new AbortController();
      controller = mine;
      set({
        opening: { fileName: file.name, size: file.size },
        progress: { phase: 'load', fraction: 0 },
        failure: null,
      });
      const current = () => controller === mine;
      try {
        const result = await deps.open(
          file,
          (progress) => current() && set({ progress }),
          mine.signal,
          { kind },
        );
        if (!current()) throw new TrafficOpenError('cancelled', 'Cancelled.');
        controller = null;
        if (isCaptureAnalysis(result)) {
          set({
            opening: null,
            progress: null,
            fileName: file.name,
            analysis: result,
            picked: null,
            listOpen: true,
            sort: DEFAULT_SORT,
            filter: '',
          });
          return { ok: true, kind: 'capture', fileName: file.name, analysis: result };
        }
        // A HAR goes to the journey view; a capture open before is closed.
        set({
          opening: null,
          progress: null,
          fileName: null,
          analysis: null,
          picked: null,
          listOpen: false,
        });
        return { ok: true, kind: 'har', fileName: file.name, har: result };
      } catch (e) {
        const err =
          e instanceof TrafficOpenError
            ? e
            : new TrafficOpenError('internal', (e as Error)?.message ?? String(e));
        const failure: CaptureFailure = {
          fileName: file.name,
          code: err.code,
          message: err.message,
          params: err.params,
        };
        // A newer open took over: it owns the progress; this one only reports.
        if (current()) {
          controller = null;
          set({ opening: null, progress: null, failure });
        }
        return { ok: false, failure };
      }
    },
    cancel() {
      controller?.abort();
    },
    pick(id, view) {
      const conv = get().analysis?.conversations.find((c) => c.id === id) ?? null;
      if (conv) set({ picked: { id, view }, listOpen: false });
      return conv;
    },
    showList: () => get().analysis && set({ listOpen: true }),
    hideList: () => set({ listOpen: false }),
    setSort(key) {
      const { sort } = get();
      const dir =
        sort.key === key
          ? sort.dir === 'asc'
            ? 'desc'
            : 'asc'
          : DESCENDING_FIRST.has(key)
            ? 'desc'
            : 'asc';
      set({ sort: { key, dir } });
    },
    setFilter: (filter) => set({ filter }),
    dismissFailure: () => set({ failure: null }),
    close: () => set({ fileName: null, analysis: null, picked: null, listOpen: false, filter: '' }),
  }));
}
