// Links of share and embed: the `src` of an embed (what the Embed dialog builds), its `<iframe>`
// snippet, and the embed shell's "Open in Wirewalk" link. Pure; the query strings come from the
// same writers as the page's own URL (writeUrl, pageOptionsQuery), so they read back exactly.
import type { Lang } from '../i18n/i18n';
import type { ViewId } from '../store/playerCore';
import {
  DEFAULT_PAGE_OPTIONS,
  pageOptionsQuery,
  type PageOptions,
  type Theme,
} from '../store/pageOptions';
import { writeUrl, type ShownState } from './url';

/** The smallest embed height the dialog accepts, in CSS pixels. */
export const MIN_EMBED_HEIGHT = 200;
/** The largest embed height the dialog accepts, in CSS pixels. */
export const MAX_EMBED_HEIGHT = 2000;
/** The height the dialog proposes. */
export const DEFAULT_EMBED_HEIGHT = 640;

/** Everything the Embed dialog chooses. */
export interface EmbedSettings {
  view: ViewId;
  scenarioId: string;
  /** The scenario input (the built-in's, or the edited one: then it travels as `s`). */
  input: unknown;
  /** The built-in's input, to leave `s` out when they are equal. */
  builtinInput: unknown;
  step: number;
  lang: Lang;
  theme: Theme;
  autoplay: boolean;
  loop: boolean;
  controls: boolean;
  hostOrigin: string | null;
}

/** The page URL without query or fragment: the base of every link (works from any sub-path). */
export function baseUrl(href: string): string {
  const u = new URL(href);
  return `${u.origin}${u.pathname}`;
}

/** The `src` of an embed of `settings`, on the Wirewalk at `base`. */
export function embedSrc(base: string, settings: EmbedSettings): string {
  const { view, scenarioId, input, step, lang } = settings;
  const page: PageOptions = {
    theme: settings.theme,
    embed: true,
    autoplay: settings.autoplay,
    loop: settings.loop,
    controls: settings.controls,
    hostOrigin: settings.hostOrigin,
  };
  const query = writeUrl(
    { view, scenarioId, input, step, lang },
    settings.builtinInput,
    pageOptionsQuery(page),
  );
  return `${base}${query}`;
}

/** The full app's URL of what an embed shows: the same query without the embed parameters. */
export function openInAppHref(
  path: string,
  shown: ShownState,
  builtinInput: unknown,
  theme: Theme,
): string {
  const page = { ...DEFAULT_PAGE_OPTIONS, theme };
  return `${path}${writeUrl(shown, builtinInput, pageOptionsQuery(page))}`;
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text as the value of a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** What an `<iframe>` snippet needs. */
export interface SnippetOptions {
  src: string;
  title: string;
  heightPx: number;
}

/**
 * The `<iframe>` to paste into a course page. No `style` attribute (pages with a strict
 * Content-Security-Policy refuse inline styles): the host's CSS removes the border if it wants.
 */
export function iframeSnippet({ src, title, heightPx }: SnippetOptions): string {
  return [
    '<iframe',
    `  src="${escapeAttribute(src)}"`,
    '  width="100%"',
    `  height="${Math.round(heightPx)}"`,
    `  title="${escapeAttribute(title)}"`,
    '  loading="lazy"',
    '></iframe>',
  ].join('\n');
}

/** Reads a height field: whole pixels from MIN to MAX, else null. */
export function readHeight(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const n = Number(text);
  return n >= MIN_EMBED_HEIGHT && n <= MAX_EMBED_HEIGHT ? n : null;
}

/** Reads a start step field: a whole number from 0 to `max` (no upper bound when unknown). */
export function readStep(text: string, max: number | null): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const n = Number(text);
  return Number.isSafeInteger(n) && (max === null || n <= max) ? n : null;
}

/**
 * Reads a host origin field: '' is "no restriction" (null); otherwise an http(s) origin written
 * exactly as browsers report it (`https://school.example`, no path, no trailing slash) — the rule
 * of the `origin` URL parameter, so whatever the dialog accepts the embed accepts.
 */
export function readHostOrigin(text: string): { ok: true; value: string | null } | { ok: false } {
  const v = text.trim();
  if (v === '') return { ok: true, value: null };
  if (v.length > 2048) return { ok: false };
  try {
    const u = new URL(v);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.origin === v
      ? { ok: true, value: v }
      : { ok: false };
  } catch {
    return { ok: false };
  }
}
