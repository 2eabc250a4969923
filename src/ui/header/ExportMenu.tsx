// The header's Export menu (a WAI-ARIA menu button): the current view's diagrams as SVG or PNG,
// the trace as JSON, Mermaid (TCP) or CSV (congestion lab, journey), print, "Open capture or
// HAR…" and "Open scenario or trace…" (also by dropping a file on the page). A file is told by
// its content: scenarios and traces open here; captures (pcap, pcapng) and HAR files are read in
// a Web Worker (src/capture/client.ts), a capture's conversations list opens, and a HAR goes to
// the URL journey. The work is in src/export and src/capture, loaded when an item is used; this
// component only reads the player when asked and shows what happened.
import { lazy, Suspense, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { TcpTrace } from '../../engine/trace';
import { ensureLanguage, labelFor, needCatalogs, type Lang } from '../../i18n/i18n';
import type { PlayerCore, ViewId } from '../../store/playerCore';
import type { PlayerStore } from '../../store/playerStore';
import type { CongestionStore } from '../../store/congestionStore';
import type { JourneyStore } from '../../store/journeyStore';
import type { CaptureStore, ConversationView } from '../../store/captureStore';
import type { Conversation } from '../../capture/types';
import type { TrafficFormat } from '../../capture/detect';
import { usePlayer, usePlayerStore, useWorkspace } from '../../store/PlayerProvider';
import { VIEW_DIAGRAMS, actionKey, exportItems, type ExportAction } from '../../export/items';
import {
  clip,
  exportErrorMessage,
  openErrorMessage,
  openedMessage,
  rejectedMessage,
} from '../../export/messages';
import type { OpenTarget } from '../../export/openFile';
import {
  failureMessage,
  harMessage,
  shownMessage,
  type ToolMessage,
} from '../capture/captureMessages';
import { useT } from '../useT';
import './exportMenu.css';
import '../print.css';

// The capture tools (Conversations button, progress, conversations list): with the first traffic file.
const CaptureUi = lazy(() => import('../capture/CaptureUi'));

type PrintModule = typeof import('../../export/print');
/** A file read and checked, waiting for its view's player (after a view switch). */
type Pending = { target: OpenTarget; name: string; same: (a: unknown, b: unknown) => boolean };
/** Real traffic waiting for its view's store (after a view switch): what to do with it there. */
type PendingShow =
  | { view: 'tcp'; run: (store: PlayerStore) => void }
  | { view: 'congestion'; run: (store: CongestionStore) => void }
  | { view: 'journey'; run: (store: JourneyStore) => void };

/** What the file chooser of each "Open" item offers (any file can still be picked and opened). */
const ACCEPT_SCENARIO = '.json,application/json';
const ACCEPT_TRAFFIC = '.pcap,.pcapng,.cap,.har,application/vnd.tcpdump.pcap';

/** The views' messages for real traffic, in `lang` (and, from now on, in every language chosen). */
function loadCaptureMessages(lang: Lang): Promise<void> {
  needCatalogs('capture');
  return ensureLanguage(lang);
}

/** The Export menu button, its menu, the hidden file input and the menu's messages. */
export function ExportMenu() {
  const t = useT();
  const view = useWorkspace((s) => s.view);
  const switchView = useWorkspace((s) => s.switchView);
  const tcpStore = useWorkspace((s) => s.tcp);
  const congestionStore = useWorkspace((s) => s.congestion);
  const journeyStore = useWorkspace((s) => s.journey);
  const store = usePlayerStore();
  const playerView = usePlayer((s) => s.view);
  const [open, setOpen] = useState(false);
  const [focusAt, setFocusAt] = useState<'first' | 'last' | null>(null);
  const [message, setMessage] = useState<ToolMessage | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [pendingShow, setPendingShow] = useState<PendingShow | null>(null);
  const [capture, setCapture] = useState<CaptureStore | null>(null);
  const captureLoad = useRef<Promise<CaptureStore> | null>(null);
  const trafficRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const wrapRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const printRef = useRef<PrintModule | null>(null);
  const id = useId();
  const buttonId = `${id}-button`;
  const menuId = `${id}-menu`;
  const groups = exportItems(view);

  const appRoot = (): Element => wrapRef.current?.closest('.ww-app') ?? document.body;
  const relative = () => tcpStore?.getState().relative ?? true;
  const items = () =>
    Array.from(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
  const focusItem = (index: number) => {
    const all = items();
    all[(index + all.length) % all.length]?.focus();
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  // Focus the first or last item once the menu is in the DOM.
  useEffect(() => {
    if (!open || !focusAt) return;
    const all = menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]');
    all?.[focusAt === 'first' ? 0 : all.length - 1]?.focus();
    setFocusAt(null);
  }, [open, focusAt]);

  // A press outside closes the menu (focus leaving it does too, see onBlur).
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!wrapRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  // The print module is loaded ahead, when the page is idle: beforeprint cannot wait for it.
  useEffect(() => {
    const load = () =>
      void import('../../export/print').then((m) => {
        printRef.current = m;
      });
    if (!window.requestIdleCallback) {
      const timer = window.setTimeout(load, 2000);
      return () => window.clearTimeout(timer);
    }
    const idle = window.requestIdleCallback(load);
    return () => window.cancelIdleCallback(idle);
  }, []);

  // Printing: the view gets ready before the browser lays the page out, and back after.
  useEffect(() => {
    let undo: (() => void) | null = null;
    const before = () => {
      undo?.(); // prepared twice (a second beforeprint): replace, never stack
      const s = store.getState();
      undo =
        printRef.current?.preparePrint(
          appRoot(),
          s.view === 'tcp'
            ? {
                trace: s.trace as TcpTrace,
                step: s.step,
                relative: relative(),
                label: labelFor(s.lang),
              }
            : null,
        ) ?? null;
    };
    const after = () => {
      undo?.();
      undo = null;
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      after();
    };
    // appRoot and relative read refs and the stores at call time.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, tcpStore]);

  /** Applies a checked file to the player of its view, then says what happened. */
  const apply = (player: StoreApi<PlayerCore>, p: Pending) => {
    if (!player.getState().editInput(p.target.input)) {
      setMessage(rejectedMessage(p.name, player.getState().errors));
      return;
    }
    player.getState().restart();
    const same = p.target.source === 'trace' && p.same(player.getState().trace, p.target.trace);
    setMessage(openedMessage(p.name, p.target.source, same));
  };

  // After a view switch, the file waits until that view's player is the one provided.
  useEffect(() => {
    if (!pending || playerView !== pending.target.view) return;
    setPending(null);
    apply(store, pending);
  }, [pending, playerView, store]);

  // Real traffic, once its view's store is the one on screen (a view loads on first use).
  useEffect(() => {
    if (!pendingShow || playerView !== pendingShow.view) return;
    if (pendingShow.view === 'tcp' && tcpStore) pendingShow.run(tcpStore);
    else if (pendingShow.view === 'congestion' && congestionStore) pendingShow.run(congestionStore);
    else if (pendingShow.view === 'journey' && journeyStore) pendingShow.run(journeyStore);
    else return;
    setPendingShow(null);
  }, [pendingShow, playerView, tcpStore, congestionStore, journeyStore]);

  /** Shows real traffic in `show.view` (switching to it first when needed). */
  const showIn = (show: PendingShow) => {
    setPending(null);
    setPendingShow(show);
    switchView(show.view as ViewId);
  };

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
    showIn(
      view === 'tcp'
        ? { view, run: (p) => p.getState().showConversation(conv, source) }
        : { view, run: (p) => p.getState().showConversation(conv, source) },
    );
    setMessage(shownMessage(s.fileName, conv.id, view));
  };

  /** Reads a capture or HAR file in the worker, then shows its list or its waterfall. */
  const openTraffic = async (file: File, kind: TrafficFormat) => {
    let cs: CaptureStore;
    try {
      cs = await loadCapture();
    } catch (e) {
      return setMessage({
        tone: 'error',
        key: 'export.open.readFailed',
        params: { name: clip(file.name, 80), reason: clip(String((e as Error).message ?? e)) },
      });
    }
    const outcome = await cs.getState().open(file, kind);
    if (!outcome.ok) return setMessage(failureMessage(outcome.failure));
    if (outcome.kind === 'har') {
      const { har, fileName } = outcome;
      showIn({ view: 'journey', run: (p) => p.getState().showHar(har, fileName) });
      setMessage(harMessage(fileName));
    }
    // A capture: its conversations list opens (the store says so).
  };

  const openFile = async (file: File) => {
    setMessage(null);
    const name = file.name;
    const readFailed = (e: unknown) =>
      setMessage({
        tone: 'error',
        key: 'export.open.readFailed',
        params: { name: clip(name, 80), reason: clip(String((e as Error).message ?? e)) },
      });
    const m = await import('../../export/openFile');
    // What the file is, by its first bytes (the name only when they say nothing).
    let head: Uint8Array;
    try {
      head = new Uint8Array(await file.slice(0, m.SNIFF_BYTES).arrayBuffer());
    } catch (e) {
      return readFailed(e);
    }
    const route = m.routeOpen(head, name);
    if (route.to === 'traffic') return openTraffic(file, route.kind);
    if (route.to === 'refuse')
      return setMessage(
        route.why === 'gzip'
          ? failureMessage({ fileName: name, code: 'gzip', message: '', params: {} })
          : { tone: 'error', key: 'capture.unsupported', params: { name: clip(name, 80) } },
      );
    const tooLarge = m.checkOpenSize(file.size);
    if (tooLarge) return setMessage(openErrorMessage(name, tooLarge));
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      return readFailed(e);
    }
    if (m.isHarText(text)) return openTraffic(file, 'har');
    const r = m.readOpenText(text);
    if (!r.ok) return setMessage(openErrorMessage(name, r.error));
    const p: Pending = { target: r.target, name, same: m.sameTrace };
    setPendingShow(null);
    if (r.target.view === store.getState().view) apply(store, p);
    else {
      setPending(p);
      switchView(r.target.view);
    }
  };
  // The drop handler is installed once; it calls the latest openFile.
  const openRef = useRef(openFile);
  useEffect(() => {
    openRef.current = openFile;
  });

  // Drag and drop of a file anywhere on the page.
  useEffect(() => {
    let depth = 0;
    const files = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    const enter = (e: DragEvent) => {
      if (!files(e)) return;
      depth += 1;
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      if (!files(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!files(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!files(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (file) void openRef.current(file);
    };
    const all = { dragenter: enter, dragover: over, dragleave: leave, drop } as const;
    for (const [type, fn] of Object.entries(all))
      window.addEventListener(type, fn as EventListener);
    return () => {
      for (const [type, fn] of Object.entries(all))
        window.removeEventListener(type, fn as EventListener);
    };
  }, []);

  const run = async (action: ExportAction) => {
    setMessage(null);
    const s = store.getState();
    try {
      if (action.kind === 'print') printRef.current ??= await import('../../export/print');
      const { runExport } = await import('../../export/run');
      const notice = await runExport(action, {
        view,
        trace: s.trace,
        scenarioId: s.scenarioId,
        step: s.step,
        relative: relative(),
        label: labelFor(s.lang),
        root: appRoot(),
      });
      if (notice === 'copied') setMessage({ tone: 'info', key: 'export.copied' });
    } catch (e) {
      const err = e as { code?: string; reason?: string; message?: string };
      setMessage(exportErrorMessage(err.code ?? 'failed', err.reason ?? err.message ?? ''));
    }
  };

  const choose = (action: ExportAction) => {
    close(true);
    void run(action);
  };
  const chooseOpen = (input: HTMLInputElement | null) => {
    // Synchronously inside the click: the browser opens a file chooser only for a user action.
    input?.click();
    close(true);
  };

  const labelOf = (a: ExportAction): string => {
    if (a.kind !== 'svg' && a.kind !== 'png') return t(`export.${a.kind}`);
    if (VIEW_DIAGRAMS[view].length === 1) return t(`export.${a.kind}`);
    return t(`export.${a.kind}Of`, { diagram: t(`export.diagram.${a.diagram}`) });
  };

  const onButtonKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    setOpen(true);
    setFocusAt(e.key === 'ArrowDown' ? 'first' : 'last');
  };
  const onMenuKey = (e: KeyboardEvent<HTMLUListElement>) => {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const moves: Record<string, number> = {
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      Home: 0,
      End: all.length - 1,
    };
    if (e.key in moves) focusItem(moves[e.key]!);
    else if (e.key === 'Escape') close(true);
    else if (e.key === 'Tab') setOpen(false);
    // ← and → are the player's step keys: inside the menu they do nothing.
    else if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    if (e.key !== 'Tab') e.preventDefault();
  };

  const item = (key: string, text: string, onClick: () => void) => (
    <li key={key} role="none">
      <button type="button" role="menuitem" tabIndex={-1} onClick={onClick}>
        {text}
      </button>
    </li>
  );

  return (
    <div
      ref={wrapRef}
      className="ww-export"
      onBlur={(e) => {
        if (open && !e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        className="ww-export-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => {
          setOpen(!open);
          setFocusAt(open ? null : 'first');
        }}
        onKeyDown={onButtonKey}
      >
        {t('export.button')}
        <span aria-hidden="true" className="ww-export-caret">
          ▾
        </span>
      </button>
      {open && (
        <ul
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-labelledby={buttonId}
          className="ww-export-menu"
          onKeyDown={onMenuKey}
        >
          {groups.map((group, g) => [
            g > 0 && <li key={`sep-${g}`} role="separator" />,
            ...group.map((a) => item(actionKey(a), labelOf(a), () => choose(a))),
          ])}
          <li role="separator" />
          {item('openTraffic', t('capture.openItem'), () => chooseOpen(trafficRef.current))}
          {item('open', t('export.open'), () => chooseOpen(fileRef.current))}
        </ul>
      )}
      {(
        [
          [fileRef, ACCEPT_SCENARIO, t('export.openInput')],
          [trafficRef, ACCEPT_TRAFFIC, t('capture.openInput')],
        ] as const
      ).map(([ref, accept, label]) => (
        <input
          key={accept}
          ref={ref}
          type="file"
          accept={accept}
          hidden
          aria-label={label}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = ''; // the same file can be chosen again
            if (file) void openFile(file);
          }}
        />
      ))}
      {capture && (
        <Suspense fallback={null}>
          <CaptureUi store={capture} onShow={showConversation} />
        </Suspense>
      )}
      {message && (
        <div
          className={`ww-export-message is-${message.tone}`}
          role={message.tone === 'info' ? 'status' : 'alert'}
        >
          <p>{t(message.key, message.params)}</p>
          {message.note && <p className="ww-muted">{t(message.note)}</p>}
          {message.list && message.list.length > 0 && (
            <ul>
              {message.list.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
              {message.more ? (
                <li>{t('export.open.moreErrors', { count: message.more })}</li>
              ) : null}
            </ul>
          )}
          <button type="button" className="ww-small" onClick={() => setMessage(null)}>
            {t('export.dismiss')}
          </button>
        </div>
      )}
      {dragging && (
        <div className="ww-export-drop" aria-hidden="true">
          <div>
            <p>{t('export.drop')}</p>
            <p className="ww-muted">{t('capture.drop')}</p>
          </div>
        </div>
      )}
    </div>
  );
}
