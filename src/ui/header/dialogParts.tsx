// Parts of the app's modal dialogs: the dialog frame that is open while it is mounted, a labelled
// field with its inline hint or error, and the Tab wrap-around that keeps focus inside.
import {
  useEffect,
  useId,
  useRef,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';

/**
 * A modal `<dialog>` that is open while mounted (the Embed and Conversations dialogs): it opens
 * with showModal, focuses what `focusFirst` picks, keeps Tab inside, closes on Escape and on a
 * click on the backdrop, and calls `onClose` (whose caller unmounts it). `dialogRef` lets the
 * content close it.
 */
export function ModalDialog({
  className,
  labelledBy,
  dialogRef,
  focusFirst,
  onClose,
  children,
}: {
  className: string;
  labelledBy: string;
  dialogRef?: RefObject<HTMLDialogElement | null>;
  /** The element to focus once open (none: the browser's choice). */
  focusFirst?: (dialog: HTMLDialogElement) => HTMLElement | null | undefined;
  onClose: () => void;
  children: ReactNode;
}) {
  const own = useRef<HTMLDialogElement>(null);
  const ref = dialogRef ?? own;
  // The first render's choice: focus is placed once, when the dialog opens.
  const focusOnOpen = useRef(focusFirst);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (!d.open) d.showModal();
    focusOnOpen.current?.(d)?.focus();
    return () => {
      if (d.open) d.close();
    };
  }, [ref]);
  return (
    <dialog
      ref={ref}
      className={className}
      aria-labelledby={labelledBy}
      // Ignore a close that a reopen overtook (React's StrictMode runs the effect twice in dev).
      onClose={() => ref.current?.open || onClose()}
      onKeyDown={trapTab}
      // A click on the backdrop (the dialog element itself, outside its content) closes it.
      onClick={(e) => e.target === e.currentTarget && ref.current?.close()}
    >
      {children}
    </dialog>
  );
}

/** A field's inline validation: `aria-invalid`, and the message tied by `aria-describedby`. */
export function Field({
  label,
  hint,
  error,
  children,
}: {
  label: string;
  hint?: string;
  error: string | null;
  children: (a11y: {
    id: string;
    'aria-invalid': boolean;
    'aria-describedby'?: string;
  }) => ReactNode;
}) {
  const id = useId();
  const describedBy = error ? `${id}-error` : hint ? `${id}-hint` : undefined;
  return (
    <div className="ww-field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error !== null, 'aria-describedby': describedBy })}
      {error ? (
        <p id={`${id}-error`} className="ww-error">
          {error}
        </p>
      ) : (
        hint && (
          <p id={`${id}-hint`} className="ww-hint">
            {hint}
          </p>
        )
      )}
    </div>
  );
}

const FOCUSABLE =
  'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])';

/** Tab and Shift+Tab wrap around inside `container` (showModal alone lets focus leave the page). */
export function trapTab(e: KeyboardEvent<HTMLElement>) {
  if (e.key !== 'Tab') return;
  const items = [...e.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => el.getClientRects().length > 0,
  );
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return;
  if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  }
}
