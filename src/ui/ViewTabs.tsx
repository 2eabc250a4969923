// The view switch: a tablist ("TCP connection" / "Congestion control") with roving focus —
// ←/→ and Home/End move between tabs and select them (automatic activation).
import type { KeyboardEvent } from 'react';
import { VIEWS, type ViewId } from '../store/playerCore';
import { useT } from './useT';

/** The DOM id of the tab of `view` (the tab panel is labelled by it). */
export const tabId = (view: ViewId): string => `ww-tab-${view}`;

/** Props: the selected view, how to select another, and the id of the panel the tabs control. */
export interface ViewTabsProps {
  view: ViewId;
  onSwitchView: (view: ViewId) => void;
  panelId: string;
}

/** The tablist of views. */
export function ViewTabs({ view, onSwitchView, panelId }: ViewTabsProps) {
  const t = useT();
  const go = (target: ViewId, e: KeyboardEvent<HTMLDivElement>) => {
    e.preventDefault();
    onSwitchView(target);
    document.getElementById(tabId(target))?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = VIEWS.indexOf(view);
    const n = VIEWS.length;
    const targets: Record<string, ViewId | undefined> = {
      ArrowRight: VIEWS[(i + 1) % n],
      ArrowLeft: VIEWS[(i - 1 + n) % n],
      Home: VIEWS[0],
      End: VIEWS[n - 1],
    };
    const target = targets[e.key];
    if (target) go(target, e);
  };
  return (
    <div className="ww-tabs" role="tablist" aria-label={t('app.views')} onKeyDown={onKeyDown}>
      {VIEWS.map((v) => (
        <button
          key={v}
          id={tabId(v)}
          type="button"
          role="tab"
          aria-selected={v === view}
          aria-controls={panelId}
          tabIndex={v === view ? 0 : -1}
          onClick={() => onSwitchView(v)}
        >
          {t(`view.${v}`)}
        </button>
      ))}
    </div>
  );
}
