// Entry point: read the URL (validated), build the workspace (view + player stores), mount the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CONGESTION_KIND, JOURNEY_KIND, TCP_KIND } from './store/kinds';
import { activeStore, createWorkspace } from './store/workspace';
import { readUrl } from './ui/url';
import { applyTheme, readPageOptions } from './ui/pageOptions';
import { Root } from './ui/Root';
import './ui/app.css';

const initial = readUrl(window.location.search, {
  languages: navigator.languages.length ? navigator.languages : [navigator.language],
  tcp: TCP_KIND,
  congestion: CONGESTION_KIND,
  journey: JOURNEY_KIND,
});
const page = readPageOptions(window.location.search);
initial.notices.push(...page.notices);
const workspace = createWorkspace(initial, page.options);
document.documentElement.lang = initial.lang;
applyTheme(page.options.theme);
workspace.subscribe((ws, before) => {
  if (ws.page.theme !== before.page.theme) applyTheme(ws.page.theme);
});

declare global {
  interface Window {
    /** Read-only hook for tests and curious users: the trace on screen, as the CLI prints it. */
    __wirewalk?: { traceJson(): string };
  }
}
window.__wirewalk = {
  traceJson: () => JSON.stringify(activeStore(workspace.getState()).getState().trace),
};

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Root workspace={workspace} />
    </StrictMode>,
  );
}
