// The header's Export menu (a WAI-ARIA menu button): the current view's diagrams as SVG or PNG,
// the trace as JSON, Mermaid (TCP) or CSV (congestion lab, journey), print, and "Open scenario or
// trace…" (also by dropping a .json file on the page). The work is in src/export, loaded when an
// item is used; this component only reads the player when asked and shows what happened.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { TcpTrace } from '../../engine/trace';
import { labelFor } from '../../i18n/i18n';
import type { PlayerCore } from '../../store/playerCore';
import { usePlayer, usePlayerStore, useWorkspace } from '../../store/PlayerProvider';
import { VIEW_DIAGRAMS, actionKey, exportItems, type ExportAction } from '../../export/items';
import {
  exportErrorMessage,
  openErrorMessage,
  openedMessage,
  rejectedMessage,
  type MenuMessage,
} from '../../export/messages';
import type { OpenTarget } from '../../export/openFile';
import { useT } from '../useT';
import './exportMenu.css';
import '../print.css';

type PrintModule = typeof import('../../export/print');
/** A file read and checked, waiting for its view's player (after a view switch). */
type Pending = { target: OpenTarget; name: string; same: (a: unknown, b: unknown) => boolean };

/** The Export menu button, its menu, the hidden file input and the menu's messages. */
export function ExportMenu() {
  const t = useT();
  const view = useWorkspace((s) => s.view);
  const switchView = useWorkspace((s) => s.switchView);
  const tcpStore = useWorkspace((s) => s.tcp);
  const store = usePlayerStore();
  const playerView = usePlayer((s) => s.view);
  const [open, setOpen] = useState(false);
  const [focusAt, setFocusAt] = useState<'first' | 'last' | null>(null);
  const [message, setMessage] = useState<MenuMessage | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
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

  const openFile = async (file: File) => {
    setMessage(null);
    const name = file.name;
    const m = await import('../../export/openFile');
    const tooLarge = m.checkOpenSize(file.size);
    if (tooLarge) return setMessage(openErrorMessage(name, tooLarge));
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      return setMessage({
        tone: 'error',
        key: 'export.open.readFailed',
        params: { name, reason: String((e as Error).message ?? e) },
      });
    }
    const r = m.readOpenText(text);
    if (!r.ok) return setMessage(openErrorMessage(name, r.error));
    const p: Pending = { target: r.target, name, same: m.sameTrace };
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
  const chooseOpen = () => {
    // Synchronously inside the click: the browser opens a file chooser only for a user action.
    fileRef.current?.click();
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
          {item('open', t('export.open'), chooseOpen)}
        </ul>
      )}
      <input
        ref={fileRef}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label={t('export.openInput')}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = ''; // the same file can be chosen again
          if (file) void openFile(file);
        }}
      />
      {message && (
        <div
          className={`ww-export-message is-${message.tone}`}
          role={message.tone === 'info' ? 'status' : 'alert'}
        >
          <p>{t(message.key, message.params)}</p>
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
          <p>{t('export.drop')}</p>
        </div>
      )}
    </div>
  );
}
