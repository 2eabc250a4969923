// Typed text of a panel's numeric fields, kept as drafts (so "12a" stays on screen with its error)
// until the scenario changes from elsewhere; every keystroke tries the edit on the store.
import { useState } from 'react';
import { parseFieldText, type NumberField } from './fields';

type Drafts = Partial<Record<string, string>>;

/** What a panel needs to render and edit its numeric fields. */
export interface DraftFields<I> {
  /** The text the field shows: the draft, or the value of the input on screen. */
  value(field: NumberField<I>): string;
  /** A keystroke in `field`: applies all drafts to the input and asks the store to take it. */
  change(field: NumberField<I>, text: string): void;
  /** Forgets the drafts (e.g. after Reset to `base`). */
  reset(base: I): void;
}

/**
 * Drafts belong to the input they were typed against; a new input from elsewhere (a click on the
 * chart, another scenario) clears them. `edit` returns whether the store accepted the candidate.
 */
export function useDrafts<I>(
  input: I,
  fields: readonly NumberField<I>[],
  edit: (candidate: I) => boolean,
): DraftFields<I> {
  const [own, setOwn] = useState<{ base: I; drafts: Drafts }>({ base: input, drafts: {} });
  if (own.base !== input) setOwn({ base: input, drafts: {} });
  return {
    value: (f) => own.drafts[f.id] ?? String(f.read(input) ?? ''),
    change(field, text) {
      const drafts = { ...own.drafts, [field.id]: text };
      const candidate = fields.reduce((acc, f) => {
        const draft = drafts[f.id];
        return draft === undefined ? acc : f.write(acc, parseFieldText(f, draft));
      }, input);
      const accepted = edit(candidate);
      setOwn({ base: accepted ? candidate : input, drafts });
    },
    reset: (base) => setOwn({ base, drafts: {} }),
  };
}
