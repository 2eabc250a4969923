// Languages, detection and translators over the zh-CN and en catalogs.
//
// The catalogs only need a key lookup and `{{name}}` interpolation (no plurals, nesting or
// formatters: the texts that count things are worded to read well with any number), so this is a
// map per language and one regular expression instead of i18next (15 kB gzip in every view).
import type { baseEn } from './bundles/base.en';
import type { tcpEn } from './bundles/tcp.en';
import type { toolsEn } from './bundles/tools.en';
import type { embedDialogEn } from './embedDialog.en';
import type { captureEn } from './bundles/capture.en';
import type { congestionEn } from './bundles/congestion.en';
import type { journeyEn } from './bundles/journey.en';

/** The supported languages, in the order the language select lists them. */
export const LANGS = ['en', 'zh-CN'] as const;
/** A supported language tag. */
export type Lang = (typeof LANGS)[number];

/** Any message key, of every view. */
export type MessageKey = keyof (typeof baseEn &
  typeof tcpEn &
  typeof toolsEn &
  typeof embedDialogEn &
  typeof captureEn &
  typeof congestionEn &
  typeof journeyEn);

/** Values interpolated into a message (`{{name}}`). */
export type MessageParams = Record<string, unknown>;
/** A translate function bound to one language, typed by message key. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;
/** The same, for renderers that receive their own keys as plain strings (views' `label`). */
export type Label = (key: string, params?: MessageParams) => string;

type Messages = Record<string, string>;
/** A part of the catalogs: the start bundle, the TCP narration, the header's tools (the app's
 * chrome only), the embed dialog (with its chunk, on first open), real traffic in the views (from
 * the first capture or HAR opened), or a view's own messages. */
export type CatalogPart = 'base' | 'tcp' | 'tools' | 'embed' | 'capture' | 'congestion' | 'journey';

const loaders: Record<CatalogPart, Record<Lang, () => Promise<Messages>>> = {
  base: {
    en: () => import('./bundles/base.en').then((m) => m.baseEn),
    'zh-CN': () => import('./bundles/base.zh-CN').then((m) => m.baseZhCN),
  },
  tcp: {
    en: () => import('./bundles/tcp.en').then((m) => m.tcpEn),
    'zh-CN': () => import('./bundles/tcp.zh-CN').then((m) => m.tcpZhCN),
  },
  tools: {
    en: () => import('./bundles/tools.en').then((m) => m.toolsEn),
    'zh-CN': () => import('./bundles/tools.zh-CN').then((m) => m.toolsZhCN),
  },
  // One catalog file per language: the part is the dialog's messages alone.
  embed: {
    en: () => import('./embedDialog.en').then((m) => m.embedDialogEn),
    'zh-CN': () => import('./embedDialog.zh-CN').then((m) => m.embedDialogZhCN),
  },
  capture: {
    en: () => import('./bundles/capture.en').then((m) => m.captureEn),
    'zh-CN': () => import('./bundles/capture.zh-CN').then((m) => m.captureZhCN),
  },
  congestion: {
    en: () => import('./bundles/congestion.en').then((m) => m.congestionEn),
    'zh-CN': () => import('./bundles/congestion.zh-CN').then((m) => m.congestionZhCN),
  },
  journey: {
    en: () => import('./bundles/journey.en').then((m) => m.journeyEn),
    'zh-CN': () => import('./bundles/journey.zh-CN').then((m) => m.journeyZhCN),
  },
};
/** The parts in use (the base, and each view loaded so far). */
const parts = new Set<CatalogPart>(['base']);
const loaded = new Set<string>();
/** The languages asked for so far (the one on screen, any shown before, one being switched to). */
const languages = new Set<Lang>();

/** The messages of each language loaded so far. No fallback: each language's catalogs are
 * complete (a unit test checks the keys). */
const catalogs: Record<Lang, Map<string, string>> = { en: new Map(), 'zh-CN': new Map() };

/** Adds messages of one language (tests register every catalog this way). */
export function addMessages(lang: Lang, messages: Messages): void {
  const catalog = catalogs[lang];
  for (const [key, text] of Object.entries(messages)) catalog.set(key, text);
}

const PLACEHOLDER = /\{\{\s*([\w.-]+)\s*\}\}/g;

/** `text` with each `{{name}}` replaced by `String(params[name])`; a placeholder without a value
 * stays as written, so a missing parameter shows instead of vanishing. Values are inserted as
 * text (React escapes them; nothing here is ever parsed as HTML). */
export function interpolate(text: string, params: MessageParams | undefined): string {
  if (!params || !text.includes('{{')) return text;
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    return value === undefined || value === null ? whole : String(value);
  });
}

/** Marks a view's catalogs as needed; `ensureLanguage` then loads them too. */
export function needCatalogs(part: CatalogPart): void {
  parts.add(part);
}

/** Loads the catalogs of `lang` for every part in use (each once); resolves when all are in. */
export async function ensureLanguage(lang: Lang): Promise<void> {
  languages.add(lang);
  await Promise.all(
    [...parts].map(async (part) => {
      const key = `${part}:${lang}`;
      if (loaded.has(key)) return;
      addMessages(lang, await loaders[part][lang]());
      loaded.add(key);
    }),
  );
}

/**
 * Marks `part` as needed from now on and loads it in every language asked for so far (so also in
 * one being switched to while it loads); resolves when they are in. For messages that come with a
 * lazily loaded chunk: load both together.
 */
export async function loadCatalogPart(part: CatalogPart): Promise<void> {
  needCatalogs(part);
  await Promise.all([...languages].map(ensureLanguage));
}

/** Is this string one of the supported language tags? */
export function isLang(value: unknown): value is Lang {
  return (LANGS as readonly unknown[]).includes(value);
}

/** Picks the language from the browser's preferences: any zh* → zh-CN, otherwise en. */
export function detectLang(languages: readonly string[]): Lang {
  return languages.some((l) => l.toLowerCase().startsWith('zh')) ? 'zh-CN' : 'en';
}

/** A label function for `lang` that accepts any key (unknown keys come back unchanged). */
export function labelFor(lang: Lang): Label {
  const catalog = catalogs[lang];
  return (key, params) => interpolate(catalog.get(key) ?? key, params);
}

/** A typed translate function for `lang`. */
export function translatorFor(lang: Lang): Translate {
  return labelFor(lang);
}
