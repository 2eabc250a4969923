// Languages, detection and translators: one i18next instance holding the zh-CN and en catalogs.
import i18next from 'i18next';
import type { baseEn } from './bundles/base.en';
import type { congestionEn } from './bundles/congestion.en';
import type { journeyEn } from './bundles/journey.en';

/** The supported languages, in the order the language select lists them. */
export const LANGS = ['en', 'zh-CN'] as const;
/** A supported language tag. */
export type Lang = (typeof LANGS)[number];

/** Any message key, of every view. */
export type MessageKey = keyof (typeof baseEn & typeof congestionEn & typeof journeyEn);

/** Values interpolated into a message (`{{name}}`). */
export type MessageParams = Record<string, unknown>;
/** A translate function bound to one language, typed by message key. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;
/** The same, for renderers that receive their own keys as plain strings (views' `label`). */
export type Label = (key: string, params?: MessageParams) => string;

const instance = i18next.createInstance();
void instance.init({
  // Catalogs arrive per language and per part (ensureLanguage): a reader downloads only the
  // messages of the language on screen and of the views opened so far.
  resources: {},
  lng: 'en',
  // No fallback: each language's catalogs are complete (a unit test checks the keys).
  fallbackLng: false,
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false }, // React escapes; catalogs are plain text.
  initAsync: false,
});

type Messages = Record<string, string>;
/** A part of the catalogs: the start bundle, or a view's own messages. */
export type CatalogPart = 'base' | 'congestion' | 'journey';

const loaders: Record<CatalogPart, Record<Lang, () => Promise<Messages>>> = {
  base: {
    en: () => import('./bundles/base.en').then((m) => m.baseEn),
    'zh-CN': () => import('./bundles/base.zh-CN').then((m) => m.baseZhCN),
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

/** Adds messages of one language (tests register every catalog this way). */
export function addMessages(lang: Lang, messages: Messages): void {
  instance.addResourceBundle(lang, 'translation', messages, true, true);
}

/** Marks a view's catalogs as needed; `ensureLanguage` then loads them too. */
export function needCatalogs(part: CatalogPart): void {
  parts.add(part);
}

/** Loads the catalogs of `lang` for every part in use (each once); resolves when all are in. */
export async function ensureLanguage(lang: Lang): Promise<void> {
  await Promise.all(
    [...parts].map(async (part) => {
      const key = `${part}:${lang}`;
      if (loaded.has(key)) return;
      addMessages(lang, await loaders[part][lang]());
      loaded.add(key);
    }),
  );
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
  const fixed = instance.getFixedT(lang);
  return (key, params) => String(fixed(key, params ?? {}));
}

/** A typed translate function for `lang`. */
export function translatorFor(lang: Lang): Translate {
  return labelFor(lang);
}
