// Entry point: read the URL (validated), load the asked view's module and the page's chrome (each
// its own chunk), build the workspace (view + player store), mount the app. Other views load when
// first shown.
import './zodSetup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { activeStore, createWorkspace } from './store/workspace';
import { loadView } from './store/loadKind';
import { VIEWS, type ViewId } from './store/playerCore';
import { readUrl, urlInputs } from './ui/url';
import { applyTheme, readPageOptions } from './store/pageOptions';
import { ensureLanguage } from './i18n/i18n';
import { Root } from './ui/Root';
import { loadChrome } from './ui/chrome';
import './ui/app.css';

declare global {
  interface Window {
    /** Read-only hook for tests and curious users: the trace on screen, as the CLI prints it. */
    __wirewalk?: { traceJson(): string };
  }
}

async function main(): Promise<void> {
  const search = window.location.search;
  const asked = new URLSearchParams(search).get('view');
  // An unknown view falls back to TCP (readUrl says so in a notice).
  const view: ViewId = (VIEWS as readonly (string | null)[]).includes(asked)
    ? (asked as ViewId)
    : 'tcp';
  const page = readPageOptions(search);
  // The view's chunk and the chrome's (the app's or the embed shell) load side by side.
  const [mod, chrome] = await Promise.all([loadView(view), loadChrome(page.options.embed)]);
  // Whatever the URL's scenario needs beyond the view's chunk (the lab's "segments" engine).
  const { kind } = mod;
  await Promise.all(urlInputs(search, kind).map((input) => kind.prepare?.(input)));
  const initial = readUrl(search, {
    languages: navigator.languages.length ? navigator.languages : [navigator.language],
    [view]: mod.kind,
  });
  // The messages of the language on screen (the start bundle and this view's) before the first frame.
  await ensureLanguage(initial.lang);
  initial.notices.push(...page.notices);
  const workspace = createWorkspace(initial, mod, page.options);
  document.documentElement.lang = initial.lang;
  applyTheme(page.options.theme);
  workspace.subscribe((ws, before) => {
    if (ws.page.theme !== before.page.theme) applyTheme(ws.page.theme);
  });
  window.__wirewalk = {
    traceJson: () => JSON.stringify(activeStore(workspace.getState()).getState().trace),
  };
  const root = document.getElementById('root');
  if (root) {
    createRoot(root).render(
      <StrictMode>
        <Root workspace={workspace} chrome={chrome} />
      </StrictMode>,
    );
  }
}

void main();
