// The header's "?" button and the keyboard help it opens: a modal <dialog> (showModal: the page
// behind is inert, Escape closes) listing every shortcut of the page, the player's and those of
// the views' own controls. The "?" key opens it too (useKeyboardShortcuts sends HELP_EVENT).
// Focus moves into the dialog and returns to where it was (or to the button) when it closes.
import { useCallback, useEffect, useId, useRef } from 'react';
import type { MessageKey } from '../../i18n/i18n';
import { HELP_EVENT } from '../hooks';
import { useT } from '../useT';
import './help.css';

/**
 * One line of the help: groups of keys, one group per "/"-separated part of the action
 * ("← / →": "Step back / step forward"); keys in a group are alternatives, "A+B" a combination.
 */
interface Shortcut {
  keys: readonly (readonly string[])[];
  action: MessageKey;
}

/** The shortcuts, by where they apply. Keep in step with hooks.ts, ViewTabs and the views. */
export const SHORTCUTS: readonly { section: MessageKey; rows: readonly Shortcut[] }[] = [
  {
    section: 'help.section.player',
    rows: [
      { keys: [['Space']], action: 'help.player.play' },
      { keys: [['←'], ['→']], action: 'help.player.step' },
      { keys: [['Home'], ['End']], action: 'help.player.ends' },
      { keys: [['?']], action: 'help.player.help' },
    ],
  },
  {
    section: 'help.section.tabs',
    rows: [
      { keys: [['←'], ['→']], action: 'help.tabs.move' },
      { keys: [['Home'], ['End']], action: 'help.tabs.ends' },
    ],
  },
  {
    section: 'help.section.sequence',
    rows: [{ keys: [['Enter', 'Space']], action: 'help.sequence.toggle' }],
  },
  {
    section: 'help.section.chart',
    rows: [
      {
        keys: [
          ['←', '↓'],
          ['→', '↑'],
        ],
        action: 'help.chart.move',
      },
      { keys: [['PageDown'], ['PageUp']], action: 'help.chart.page' },
      { keys: [['Home'], ['End']], action: 'help.chart.ends' },
      { keys: [['Enter', 'Space']], action: 'help.chart.toggle' },
    ],
  },
  {
    section: 'help.section.waterfall',
    rows: [
      {
        keys: [
          ['↑', '←'],
          ['↓', '→'],
        ],
        action: 'help.waterfall.move',
      },
      { keys: [['PageUp'], ['PageDown']], action: 'help.waterfall.page' },
      { keys: [['Home'], ['End']], action: 'help.waterfall.ends' },
      { keys: [['Escape']], action: 'help.waterfall.hide' },
    ],
  },
  {
    section: 'help.section.page',
    rows: [
      { keys: [['Tab'], ['Shift+Tab']], action: 'help.page.tab' },
      { keys: [['Enter']], action: 'help.page.enter' },
      { keys: [['Escape']], action: 'help.page.close' },
    ],
  },
];

/** Key names shown as on the keyboard; only "Space" is translated. */
const SHOWN: Readonly<Record<string, string>> = { Escape: 'Esc', PageUp: 'PgUp', PageDown: 'PgDn' };

function Keys({ keys }: { keys: Shortcut['keys'] }) {
  const t = useT();
  const key = (k: string) => (
    <kbd key={k}>{k === 'Space' ? t('help.key.space') : (SHOWN[k] ?? k)}</kbd>
  );
  return (
    <>
      {keys.map((group, i) => (
        <span key={i} className="ww-help-group">
          {i > 0 && <span className="ww-help-sep"> / </span>}
          {group.map((alt, j) => (
            <span key={alt}>
              {j > 0 && ' '}
              {alt.includes('+') && alt.length > 1
                ? alt.split('+').map((k, n) => (
                    <span key={k}>
                      {n > 0 && '+'}
                      {key(k)}
                    </span>
                  ))
                : key(alt)}
            </span>
          ))}
        </span>
      ))}
    </>
  );
}

/** The "?" button of the header and its keyboard help dialog. */
export function HelpButton() {
  const t = useT();
  const headingId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  /** Where focus was when the dialog opened: it goes back there on close. */
  const returnTo = useRef<HTMLElement | null>(null);

  const closeButton = useRef<HTMLButtonElement>(null);

  const open = useCallback(() => {
    const d = dialog.current;
    if (!d || d.open) return;
    const active = document.activeElement;
    returnTo.current = active instanceof HTMLElement && active !== document.body ? active : null;
    d.showModal();
    closeButton.current?.focus();
  }, []);

  // The "?" key (hooks.ts) asks through a window event; answering marks the key as handled.
  useEffect(() => {
    const onHelp = (e: Event) => {
      e.preventDefault();
      open();
    };
    window.addEventListener(HELP_EVENT, onHelp);
    return () => window.removeEventListener(HELP_EVENT, onHelp);
  }, [open]);

  const onClose = () => {
    const back = returnTo.current?.isConnected ? returnTo.current : button.current;
    returnTo.current = null;
    back?.focus();
  };

  return (
    <>
      <button
        ref={button}
        type="button"
        className="ww-help-button"
        aria-haspopup="dialog"
        aria-label={t('help.button')}
        title={t('help.button')}
        onClick={open}
      >
        ?
      </button>
      <dialog
        ref={dialog}
        className="ww-help ww-modal"
        aria-labelledby={headingId}
        onClose={onClose}
        // A click on the backdrop (the dialog element itself, outside its content) closes it.
        onClick={(e) => e.target === e.currentTarget && e.currentTarget.close()}
      >
        <div className="ww-help-body">
          <div className="ww-help-head">
            <h2 id={headingId}>{t('help.title')}</h2>
            <button
              ref={closeButton}
              type="button"
              className="ww-small"
              onClick={() => dialog.current?.close()}
            >
              {t('help.close')}
            </button>
          </div>
          <p className="ww-muted">{t('help.intro')}</p>
          {SHORTCUTS.map(({ section, rows }) => (
            <table key={section} className="ww-help-table">
              <caption>{t(section)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('help.keys')}</th>
                  <th scope="col">{t('help.action')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.action}>
                    <td>
                      <Keys keys={row.keys} />
                    </td>
                    <td>{t(row.action)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        </div>
      </dialog>
    </>
  );
}
