// Names of the files the Export menu saves: `wirewalk-<view>-<scenario id>[-<part>].<ext>`.

/** What a download is named after: the view, the scenario, and which part of it. */
export interface FileNameParts {
  view: string;
  /** The scenario's id (the trace's own, else the built-in's); anything unsafe is replaced. */
  scenarioId: string | undefined;
  /** E.g. "sequence", "rounds"; omitted for the trace itself. */
  part?: string;
  ext: string;
}

/** Lowercase letters, digits and single dashes, at most 64 characters ("custom" when empty). */
export function safeSlug(text: string | undefined): string {
  const slug = (text ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  return slug || 'custom';
}

/** `wirewalk-tcp-normal.json`, `wirewalk-journey-journey-first-visit-waterfall.csv`. */
export function exportFileName({ view, scenarioId, part, ext }: FileNameParts): string {
  const parts = ['wirewalk', safeSlug(view), safeSlug(scenarioId)];
  if (part) parts.push(safeSlug(part));
  return `${parts.join('-')}.${ext}`;
}
