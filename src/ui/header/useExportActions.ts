// Carrying out the Export menu's items: each runs in src/export/run.ts (loaded when an item is
// first used) on the player as it is when chosen, and printing gets the view ready for paper —
// the print module is loaded ahead, when the page is idle, because `beforeprint` cannot wait for
// it (Ctrl+P prints without the menu).
import { useEffect, useRef, type RefObject } from 'react';
import type { TcpTrace } from '../../engine/trace';
import { labelFor } from '../../i18n/i18n';
import { usePlayerStore, useWorkspace } from '../../store/PlayerProvider';
import type { PlayerStore } from '../../store/playerStore';
import type { ExportAction } from '../../export/items';
import { exportErrorMessage } from '../../export/messages';
import type { ToolMessage } from '../capture/captureMessages';
import '../print.css';

type PrintModule = typeof import('../../export/print');

/** The app element around `el` (the page's, or the embedded view's), which print lays out. */
const appRootOf = (el: Element | null): Element => el?.closest('.ww-app') ?? document.body;
/** The TCP view's numbers setting (relative until that view is loaded). */
const relativeOf = (tcp: PlayerStore | null | undefined): boolean =>
  tcp?.getState().relative ?? true;

/**
 * Runs export actions for the menu inside `wrapRef`, saying what happened with `say` (null: the
 * previous message goes). Installs the print preparation while mounted.
 */
export function useExportActions(
  wrapRef: RefObject<Element | null>,
  say: (message: ToolMessage | null) => void,
): (action: ExportAction) => Promise<void> {
  const view = useWorkspace((s) => s.view);
  const tcpStore = useWorkspace((s) => s.tcp);
  const store = usePlayerStore();
  const printRef = useRef<PrintModule | null>(null);

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
          appRootOf(wrapRef.current),
          s.view === 'tcp'
            ? {
                trace: s.trace as TcpTrace,
                step: s.step,
                relative: relativeOf(tcpStore),
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
  }, [store, tcpStore, wrapRef]);

  return async (action) => {
    say(null);
    const s = store.getState();
    try {
      if (action.kind === 'print') printRef.current ??= await import('../../export/print');
      const { runExport } = await import('../../export/run');
      const notice = await runExport(action, {
        view,
        trace: s.trace,
        scenarioId: s.scenarioId,
        step: s.step,
        relative: relativeOf(tcpStore),
        label: labelFor(s.lang),
        root: appRootOf(wrapRef.current),
      });
      if (notice === 'copied') say({ tone: 'info', key: 'export.copied' });
    } catch (e) {
      const err = e as { code?: string; reason?: string; message?: string };
      say(exportErrorMessage(err.code ?? 'failed', err.reason ?? err.message ?? ''));
    }
  };
}
