// One labelled numeric text field with its inline error (aria-invalid + aria-describedby) and an
// optional hint, as both parameters panels draw them.
import { useId } from 'react';

/** Props of a numeric field. */
export interface NumberInputProps {
  label: string;
  value: string;
  integer: boolean;
  /** The inline message, or null when the value is fine. */
  error: string | null;
  hint?: string;
  placeholder?: string;
  onChange: (text: string) => void;
}

/** A text input for a number (text, so malformed input stays visible next to its message). */
export function NumberInput({
  label,
  value,
  integer,
  error,
  hint,
  placeholder,
  onChange,
}: NumberInputProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ');
  return (
    <label className="ww-field">
      <span>{label}</span>
      <input
        type="text"
        inputMode={integer ? 'numeric' : 'decimal'}
        value={value}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {error && (
        <span id={errorId} className="ww-error">
          {error}
        </span>
      )}
      {hint && (
        <span id={hintId} className="ww-hint">
          {hint}
        </span>
      )}
    </label>
  );
}
