// Entry point: read the URL (validated), build the player store, mount the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { simulateTcp } from './engine/tcp/simulate';
import { BUILTIN_SCENARIOS, DEFAULT_SCENARIO_ID } from './scenarios';
import { parseScenario } from './scenarios/schema';
import { createPlayerStore } from './store/playerStore';
import { PlayerProvider } from './store/PlayerProvider';
import { readUrl } from './ui/url';
import { App } from './ui/App';
import './ui/app.css';

const initial = readUrl(window.location.search, {
  builtins: BUILTIN_SCENARIOS,
  defaultId: DEFAULT_SCENARIO_ID,
  languages: navigator.languages.length ? navigator.languages : [navigator.language],
  stepsOf: (input) => {
    const parsed = parseScenario(input);
    return parsed.ok ? simulateTcp(parsed.value).steps : 0;
  },
});
const store = createPlayerStore({ builtins: BUILTIN_SCENARIOS, simulate: simulateTcp }, initial);
document.documentElement.lang = initial.lang;

declare global {
  interface Window {
    /** Read-only hook for tests and curious users: the trace on screen, as the CLI prints it. */
    __wirewalk?: { traceJson(): string };
  }
}
window.__wirewalk = { traceJson: () => JSON.stringify(store.getState().trace) };

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <PlayerProvider store={store}>
        <App />
      </PlayerProvider>
    </StrictMode>,
  );
}
