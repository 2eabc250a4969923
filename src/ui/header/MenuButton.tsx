// A WAI-ARIA menu button (https://www.w3.org/WAI/ARIA/apg/patterns/menu-button/): a button that
// opens a list of items, in groups with a separator between them. ↓/↑ on the button open it on
// the first/last item; in the list ↓ ↑ Home End move, Escape closes and gives focus back, Tab
// leaves; a press outside or focus leaving it closes it. Choosing an item runs it inside the click
// (a file chooser opens only for a user action), closes the list and focuses the button.
import {
  useEffect,
  useId,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';

/** One item of the menu. */
export interface MenuEntry {
  /** Unique among the menu's items. */
  key: string;
  label: string;
  onSelect: () => void;
}

/** Props: the button's content and class, the list's class, and the items in groups. */
export interface MenuButtonProps {
  label: ReactNode;
  buttonClass: string;
  menuClass: string;
  groups: readonly (readonly MenuEntry[])[];
}

/** The items of an open menu. */
const itemsOf = (menu: HTMLUListElement | null): HTMLElement[] =>
  Array.from(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);

/** Is `node` in the button or in its menu? */
const within = (node: Node | null, ...refs: RefObject<HTMLElement | null>[]): boolean =>
  node !== null && refs.some((r) => r.current?.contains(node) ?? false);

/** The button and, while open, its menu. */
export function MenuButton({ label, buttonClass, menuClass, groups }: MenuButtonProps) {
  const [open, setOpen] = useState(false);
  const [focusAt, setFocusAt] = useState<'first' | 'last' | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const id = useId();
  const buttonId = `${id}-button`;
  const menuId = `${id}-menu`;

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  // Focus the first or last item once the menu is in the DOM.
  useEffect(() => {
    if (!open || !focusAt) return;
    const all = itemsOf(menuRef.current);
    all[focusAt === 'first' ? 0 : all.length - 1]?.focus();
    setFocusAt(null);
  }, [open, focusAt]);

  // A press outside closes the menu (focus leaving it does too, see onBlur).
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!within(e.target as Node, buttonRef, menuRef)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  const onBlur = (e: FocusEvent) => {
    if (open && !within(e.relatedTarget as Node | null, buttonRef, menuRef)) setOpen(false);
  };
  const onButtonKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    setOpen(true);
    setFocusAt(e.key === 'ArrowDown' ? 'first' : 'last');
  };
  const onMenuKey = (e: KeyboardEvent<HTMLUListElement>) => {
    const all = itemsOf(menuRef.current);
    const at = all.indexOf(document.activeElement as HTMLElement);
    const moves: Record<string, number> = {
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      Home: 0,
      End: all.length - 1,
    };
    if (e.key in moves) all[(moves[e.key]! + all.length) % all.length]?.focus();
    else if (e.key === 'Escape') close(true);
    else if (e.key === 'Tab') setOpen(false);
    // ← and → are the player's step keys: inside the menu they do nothing.
    else if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    if (e.key !== 'Tab') e.preventDefault();
  };

  return (
    <>
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        className={buttonClass}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => {
          setOpen(!open);
          setFocusAt(open ? null : 'first');
        }}
        onKeyDown={onButtonKey}
        onBlur={onBlur}
      >
        {label}
      </button>
      {open && (
        <ul
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-labelledby={buttonId}
          className={menuClass}
          onKeyDown={onMenuKey}
          onBlur={onBlur}
        >
          {groups.map((group, g) => [
            g > 0 && <li key={`sep-${g}`} role="separator" />,
            ...group.map((entry) => (
              <li key={entry.key} role="none">
                <button
                  type="button"
                  role="menuitem"
                  tabIndex={-1}
                  onClick={() => {
                    entry.onSelect();
                    close(true);
                  }}
                >
                  {entry.label}
                </button>
              </li>
            )),
          ])}
        </ul>
      )}
    </>
  );
}
