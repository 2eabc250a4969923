// @vitest-environment jsdom
// The header's theme select and keyboard help, and the "?" key of useKeyboardShortcuts, rendered
// with React in jsdom (which has no showModal: a stand-in opens and closes the <dialog>).
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlayerCore } from '../../store/playerCore';
import type { Workspace } from '../../store/workspace';
import { PlayerProvider, WorkspaceProvider } from '../../store/PlayerProvider';
import type { Theme } from '../../store/pageOptions';
import { requestHelp, useKeyboardShortcuts } from '../hooks';
import { HelpButton, SHORTCUTS } from './HelpButton';
import { ThemeSelect } from './ThemeSelect';
import { a11yUiEn } from '../../i18n/a11yUi.en';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

beforeAll(() => {
  const proto = HTMLDialogElement.prototype as HTMLDialogElement & Record<string, unknown>;
  proto.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  proto.close ??= function (this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
});

/** A player store with what the header and the shortcuts read. */
function fakePlayer(lang: 'en' | 'zh-CN' = 'en') {
  const actions = {
    togglePlay: vi.fn(),
    stepBack: vi.fn(),
    stepForward: vi.fn(),
    restart: vi.fn(),
    seek: vi.fn(),
  };
  const store = createStore(() => ({ lang, trace: { steps: 9 }, ...actions }));
  return { store: store as unknown as StoreApi<PlayerCore>, actions };
}

function fakeWorkspace(theme: Theme = 'system') {
  return createStore<{ page: { theme: Theme }; setTheme(t: Theme): void }>()((set) => ({
    page: { theme },
    setTheme: (t) => set({ page: { theme: t } }),
  })) as unknown as StoreApi<Workspace>;
}

function Shortcuts({ store }: { store: StoreApi<PlayerCore> }) {
  useKeyboardShortcuts(store);
  return null;
}

let host: HTMLDivElement;
let root: Root;
beforeEach(() => {
  host = document.createElement('div');
  document.body.replaceChildren(host);
  root = createRoot(host);
});
afterEach(() => act(() => root.unmount()));

function render(node: ReactNode, player = fakePlayer(), workspace = fakeWorkspace()) {
  act(() =>
    root.render(
      <WorkspaceProvider store={workspace}>
        <PlayerProvider store={player.store}>{node}</PlayerProvider>
      </WorkspaceProvider>,
    ),
  );
  return { player, workspace };
}

const dialog = () => host.querySelector('dialog')!;
const press = (key: string, target: EventTarget = document.body) =>
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });

describe('ThemeSelect', () => {
  it('is a labelled select bound to the workspace theme', () => {
    const { workspace } = render(<ThemeSelect />, fakePlayer(), fakeWorkspace('dark'));
    const select = host.querySelector('select')!;
    expect(select.getAttribute('aria-label')).toBe('Theme');
    expect(host.querySelector('label')?.textContent).toContain('Theme');
    expect([...select.options].map((o) => o.textContent)).toEqual(['System', 'Light', 'Dark']);
    expect(select.value).toBe('dark');
    act(() => {
      select.value = 'light';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(workspace.getState().page.theme).toBe('light');
    expect(select.value).toBe('light');
  });

  it('speaks Chinese in zh-CN', () => {
    render(<ThemeSelect />, fakePlayer('zh-CN'));
    expect([...host.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      '跟随系统',
      '浅色',
      '深色',
    ]);
  });
});

describe('HelpButton', () => {
  it('opens a labelled modal dialog listing the shortcuts, and gives focus back on close', () => {
    render(
      <>
        <button type="button">elsewhere</button>
        <HelpButton />
      </>,
    );
    const help = host.querySelector<HTMLButtonElement>('.ww-help-button')!;
    expect(help.getAttribute('aria-label')).toBe('Keyboard shortcuts (?)');
    expect(help.getAttribute('aria-haspopup')).toBe('dialog');
    expect(dialog().open).toBe(false);

    act(() => help.focus());
    act(() => help.click());
    expect(dialog().open).toBe(true);
    const heading = document.getElementById(dialog().getAttribute('aria-labelledby')!);
    expect(heading?.textContent).toBe('Keyboard shortcuts');
    expect(document.activeElement?.textContent).toBe('Close');
    const captions = [...dialog().querySelectorAll('caption')].map((c) => c.textContent);
    expect(captions).toEqual(SHORTCUTS.map((s) => a11yUiEn[s.section as keyof typeof a11yUiEn]));
    expect(dialog().textContent).toContain('Space');

    act(() => dialog().close());
    expect(dialog().open).toBe(false);
    expect(document.activeElement).toBe(help);
  });

  it('opens on the "?" key, not while typing in a field; the player does not move under it', () => {
    const player = fakePlayer();
    render(
      <>
        <input aria-label="field" />
        <Shortcuts store={player.store} />
        <HelpButton />
      </>,
      player,
    );
    press('?', host.querySelector('input')!);
    expect(dialog().open).toBe(false);

    press('?');
    expect(dialog().open).toBe(true);
    // Nothing was focused before: focus comes back to the "?" button.
    press('ArrowRight', document.activeElement!);
    expect(player.actions.stepForward).not.toHaveBeenCalled();
    act(() => dialog().close());
    expect(document.activeElement).toBe(host.querySelector('.ww-help-button'));

    press('ArrowRight');
    expect(player.actions.stepForward).toHaveBeenCalledTimes(1);
  });

  it('answers requestHelp only when mounted', () => {
    expect(requestHelp()).toBe(false);
    render(<HelpButton />);
    let answered = false;
    act(() => {
      answered = requestHelp();
    });
    expect(answered).toBe(true);
    expect(dialog().open).toBe(true);
  });
});
