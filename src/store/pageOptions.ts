// Page options from the URL that are not a player's: the colour theme, and the embed shell's
// settings (`embed=1`, `autoplay`, `loop`, `controls`, `origin`). Read once when the page loads,
// validated like the rest of the URL: a bad value is ignored with a notice.
import '../zodSetup';
import * as z from 'zod/mini';
import type { Notice } from './playerCore';

/** The colour theme: the system's preference, or forced. */
export type Theme = 'system' | 'light' | 'dark';
export const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

/** How the page is shown. */
export interface PageOptions {
  theme: Theme;
  /** The embed shell: only the view (and the player bar when `controls`), no app chrome. */
  embed: boolean;
  /** Embed: start playing once loaded. */
  autoplay: boolean;
  /** Embed: start over after the last step while playing. */
  loop: boolean;
  /** Embed: show the player bar. */
  controls: boolean;
  /** Embed: the only origin whose postMessage commands are obeyed and to which events go (null: any). */
  hostOrigin: string | null;
}

export const DEFAULT_PAGE_OPTIONS: PageOptions = {
  theme: 'system',
  embed: false,
  autoplay: false,
  loop: false,
  controls: true,
  hostOrigin: null,
};

const flag = z.enum(['0', '1']);
const origin = z.string().check(
  z.maxLength(2048),
  z.refine((v) => {
    try {
      const u = new URL(v);
      return (u.protocol === 'https:' || u.protocol === 'http:') && u.origin === v;
    } catch {
      return false;
    }
  }),
);

const notice = (name: string, value: string): Notice => ({
  id: `notice.badOption.${name}`,
  key: 'notice.badOption',
  params: { name, value: value.slice(0, 80) },
});

/** Reads the page options of a query string; bad values are ignored with a notice each. */
export function readPageOptions(search: string): { options: PageOptions; notices: Notice[] } {
  const q = new URLSearchParams(search);
  const notices: Notice[] = [];
  const options = { ...DEFAULT_PAGE_OPTIONS };
  const read = <T>(name: string, schema: z.ZodMiniType<T>, apply: (v: T) => void) => {
    const raw = q.get(name);
    if (raw === null) return;
    const r = schema.safeParse(raw);
    if (r.success) apply(r.data);
    else notices.push(notice(name, raw));
  };
  read('theme', z.enum(['system', 'light', 'dark']), (v) => (options.theme = v));
  read('embed', flag, (v) => (options.embed = v === '1'));
  read('autoplay', flag, (v) => (options.autoplay = v === '1'));
  read('loop', flag, (v) => (options.loop = v === '1'));
  read('controls', flag, (v) => (options.controls = v === '1'));
  read('origin', origin, (v) => (options.hostOrigin = v));
  return { options, notices };
}

/** The query parameters that keep the page options in a link (only those not at their default). */
export function pageOptionsQuery(o: PageOptions): string[] {
  const parts: string[] = [];
  if (o.theme !== 'system') parts.push(`theme=${o.theme}`);
  if (o.embed) {
    parts.push('embed=1');
    if (o.autoplay) parts.push('autoplay=1');
    if (o.loop) parts.push('loop=1');
    if (!o.controls) parts.push('controls=0');
    if (o.hostOrigin) parts.push(`origin=${encodeURIComponent(o.hostOrigin)}`);
  }
  return parts;
}

/** Applies the theme to the document (`data-theme`; "system" leaves it to the media query). */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}
