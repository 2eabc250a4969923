// Parts of the Embed dialog's form: a labelled field with its inline hint or error, and the Tab
// wrap-around that keeps focus inside a modal dialog.
import { useId, type KeyboardEvent, type ReactNode } from 'react';

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
