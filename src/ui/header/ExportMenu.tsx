// The header's Export menu: the current view's diagrams as SVG or PNG, the trace as JSON, Mermaid
// (TCP) or CSV (congestion lab, journey), print, "Open capture or HAR…" and "Open scenario or
// trace…" (also by dropping a file on the page). This component lays the parts out: the menu
// button (MenuButton.tsx), the items' work (useExportActions.ts), opening files (useOpenFile.ts,
// useFileDrop.ts), the capture tools once a traffic file was opened, and the menu's message.
import { lazy, Suspense, useRef, useState } from 'react';
import { usePlayer, useWorkspace } from '../../store/PlayerProvider';
import { actionKey, exportDiagrams, exportItems, type ExportAction } from '../../export/items';
import type { ToolMessage } from '../capture/captureMessages';
import { useT } from '../useT';
import { MenuButton, type MenuEntry } from './MenuButton';
import { ExportMessage } from './ExportMessage';
import { useExportActions } from './useExportActions';
import { useFileDrop } from './useFileDrop';
import { useOpenFile } from './useOpenFile';
import './exportMenu.css';

// The capture tools (Conversations button, progress, conversations list): with the first traffic file.
const CaptureUi = lazy(() => import('../capture/CaptureUi'));

/** What the file chooser of each "Open" item offers (any file can still be picked and opened). */
const ACCEPT_SCENARIO = '.json,application/json';
const ACCEPT_TRAFFIC = '.pcap,.pcapng,.cap,.har,.gz,application/vnd.tcpdump.pcap';

/** The Export menu button, its menu, the hidden file inputs, the capture tools and the message. */
export function ExportMenu() {
  const t = useT();
  const view = useWorkspace((s) => s.view);
  // A captured conversation in the congestion view has its own charts and data.
  const trace = usePlayer((s) => s.trace);
  const [message, setMessage] = useState<ToolMessage | null>(null);
  const wrapRef = useRef<HTMLDivElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const trafficRef = useRef<HTMLInputElement>(null);
  const run = useExportActions(wrapRef, setMessage);
  const { openFile, capture, showConversation } = useOpenFile(setMessage);
  const dragging = useFileDrop((file) => void openFile(file));

  const labelOf = (a: ExportAction): string => {
    if (a.kind !== 'svg' && a.kind !== 'png') return t(`export.${a.kind}`);
    if (exportDiagrams(view, trace).length === 1) return t(`export.${a.kind}`);
    return t(`export.${a.kind}Of`, { diagram: t(`export.diagram.${a.diagram}`) });
  };
  // Clicking a hidden input inside the item's click: the browser opens a chooser only for a user
  // action.
  const groups: MenuEntry[][] = [
    ...exportItems(view, trace).map((group) =>
      group.map((a) => ({ key: actionKey(a), label: labelOf(a), onSelect: () => void run(a) })),
    ),
    [
      {
        key: 'openTraffic',
        label: t('capture.openItem'),
        onSelect: () => trafficRef.current?.click(),
      },
      { key: 'open', label: t('export.open'), onSelect: () => fileRef.current?.click() },
    ],
  ];

  return (
    <div ref={wrapRef} className="ww-export">
      <MenuButton
        buttonClass="ww-export-button"
        menuClass="ww-export-menu"
        label={
          <>
            {t('export.button')}
            <span aria-hidden="true" className="ww-export-caret">
              ▾
            </span>
          </>
        }
        groups={groups}
      />
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
      <ExportMessage message={message} onDismiss={() => setMessage(null)} />
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
