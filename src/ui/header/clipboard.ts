// Copying text for Share and Embed: the async Clipboard API when the page may use it; callers
// fall back to a selected read-only field (the reader presses Ctrl+C) when it is refused.

/** Writes `text` to the clipboard; false when the API is missing or refuses (no permission, http). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** How long a "copied" confirmation stays before the live region empties again. */
export const CONFIRM_MS = 4000;
