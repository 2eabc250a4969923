// Opening a chosen or dropped file, told by its content (src/export/openFile.ts): a scenario or a
// simulated trace goes to its view's player; a capture (pcap, pcapng) or HAR file is read in a Web
// Worker (src/capture/client.ts) — a capture's conversations list opens, a HAR goes to the URL
// journey; a trace exported from real traffic (a captured conversation, a HAR) is checked and
// rebuilt, then shown through the same store actions as a conversation picked from a capture.
// What happened is said with `say`. The capture store and its UI load with the first traffic file,
// the HAR trace builder with the first HAR.
import { useRef, useState } from 'react';
import { ensureLanguage, needCatalogs, type Lang } from '../../i18n/i18n';
import { usePlayerStore } from '../../store/PlayerProvider';
import type { CaptureSource } from '../../store/playerCore';
import type { CaptureStore, ConversationView } from '../../store/captureStore';
import type { Conversation } from '../../capture/types';
import type { HarAnalysis } from '../../capture/har';
import type { TrafficFormat } from '../../capture/detect';
import type { TrafficTarget } from '../../export/openFile';
import { clip, openErrorMessage, readFailedMessage, reopenedMessage } from '../../export/messages';
import {
  failureMessage,
  harMessage,
  shownMessage,
  type ToolMessage,
} from '../capture/captureMessages';
import { useShowInView, type TrafficShow } from './useShowInView';

/** The views' messages for real traffic, in `lang` (and, from now on, in every language chosen). */
function loadCaptureMessages(lang: Lang): Promise<void> {
  needCatalogs('capture');
  return ensureLanguage(lang);
}

/** How a conversation goes to its view's store, shown as coming from `source`. */
function conversationShow(
  conv: Conversation,
  view: ConversationView,
  source: CaptureSource,
): TrafficShow {
  // One branch per view: each view's store has its own showConversation.
  return view === 'tcp'
    ? { view, run: (p) => p.getState().showConversation(conv, source) }
    : { view, run: (p) => p.getState().showConversation(conv, source) };
}

/** A HAR's trace for the journey: its builder loads with the first HAR file, not with the view. */
async function harShow(har: HarAnalysis, name: string): Promise<TrafficShow> {
  const trace = (await import('../../capture/harTraceLazy')).harTrace(har);
  return { view: 'journey', run: (p) => p.getState().showHar(trace, name) };
}

/** How a re-opened trace of real traffic goes to its view's store; `name` is the file's. */
function reopenedShow(target: TrafficTarget, name: string): TrafficShow | Promise<TrafficShow> {
  const r = target.reopened;
  if (r.view === 'journey') return harShow(r.har, name);
  // The trace does not say whether its capture was pcap or pcapng; `format` only tells captures
  // from HAR files.
  const source: CaptureSource = { fileName: name, format: 'pcap', conversation: r.conversation.id };
  if (r.view === 'tcp') return conversationShow(r.conversation, 'tcp', source);
  return {
    view: 'congestion',
    run: (p) => {
      // The store picks the bulk sender; the file may show the other direction.
      p.getState().showConversation(r.conversation, source);
      p.getState().setCaptureSender(r.sender);
    },
  };
}

/** Opens files for the Export menu; returns the opener, the capture store (once a traffic file
 * was opened) and what picking a conversation from its list does. */
export function useOpenFile(say: (m: ToolMessage | null) => void) {
  const store = usePlayerStore();
  const { showInput, showTraffic } = useShowInView(say);
  const [capture, setCapture] = useState<CaptureStore | null>(null);
  const captureLoad = useRef<Promise<CaptureStore> | null>(null);

  /** The capture store and its UI, loaded with the first traffic file. */
  const loadCapture = (): Promise<CaptureStore> => {
    captureLoad.current ??= Promise.all([
      import('../../store/captureStore'),
      import('../capture/CaptureUi'),
      loadCaptureMessages(store.getState().lang),
    ]).then(
      ([m]) => {
        const created = m.createCaptureStore();
        setCapture(created);
        return created;
      },
      (e: unknown) => {
        captureLoad.current = null;
        throw e;
      },
    );
    return captureLoad.current;
  };

  /** A conversation picked in the list: to its view, with the file as its source. */
  const showConversation = (conv: Conversation, view: ConversationView) => {
    const s = capture?.getState();
    if (!s?.analysis || !s.fileName) return;
    const source = { fileName: s.fileName, format: s.analysis.file.format, conversation: conv.id };
    showTraffic(conversationShow(conv, view, source));
    say(shownMessage(s.fileName, conv.id, view));
  };

  /** Reads a capture or HAR file in the worker, then shows its list or its waterfall. */
  const openTraffic = async (file: File, kind: TrafficFormat) => {
    let cs: CaptureStore;
    try {
      cs = await loadCapture();
    } catch (e) {
      return say(readFailedMessage(file.name, e));
    }
    const outcome = await cs.getState().open(file, kind);
    if (!outcome.ok) return say(failureMessage(outcome.failure));
    if (outcome.kind === 'har') {
      const { har, fileName } = outcome;
      try {
        showTraffic(await harShow(har, fileName));
      } catch (e) {
        return say(readFailedMessage(fileName, e));
      }
      say(harMessage(fileName));
    }
    // A capture: its conversations list opens (the store says so).
  };

  /** A trace of real traffic, checked and rebuilt: to its view, as if picked from its file. */
  const showReopened = async (target: TrafficTarget, name: string) => {
    let show: TrafficShow;
    try {
      await loadCaptureMessages(store.getState().lang);
      show = await reopenedShow(target, name);
    } catch (e) {
      return say(readFailedMessage(name, e));
    }
    showTraffic(show);
    say(reopenedMessage(name, target));
  };

  const openFile = async (file: File) => {
    say(null);
    const name = file.name;
    const m = await import('../../export/openFile');
    // What the file is, by its first bytes (the name only when they say nothing).
    let head: Uint8Array;
    try {
      head = new Uint8Array(await file.slice(0, m.SNIFF_BYTES).arrayBuffer());
    } catch (e) {
      return say(readFailedMessage(name, e));
    }
    const route = m.routeOpen(head, name);
    if (route.to === 'traffic') return openTraffic(file, route.kind);
    if (route.to === 'refuse')
      return say({ tone: 'error', key: 'capture.unsupported', params: { name: clip(name, 80) } });
    const tooLarge = m.checkOpenSize(file.size);
    if (tooLarge) return say(openErrorMessage(name, tooLarge));
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      return say(readFailedMessage(name, e));
    }
    if (m.isHarText(text)) return openTraffic(file, 'har');
    const r = m.readOpenText(text);
    if (!r.ok) return say(openErrorMessage(name, r.error));
    if (r.target.source === 'traffic') return showReopened(r.target, name);
    showInput({ target: r.target, name, same: m.sameTrace });
  };

  return { openFile, capture, showConversation };
}
