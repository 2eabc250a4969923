// Languages, detection and translators: one i18next instance holding the zh-CN and en catalogs.
import i18next from 'i18next';
import { uiEn } from './ui.en';
import { uiZhCN } from './ui.zh-CN';
import { narrationEn } from './narration.en';
import { narrationZhCN } from './narration.zh-CN';
import { vizEn } from './viz.en';
import { vizZhCN } from './viz.zh-CN';
import type { congestionEn } from './congestionCatalogs';
import type { journeyEn } from './journeyCatalogs';
import { exportUiEn } from './exportUi.en';
import { exportUiZhCN } from './exportUi.zh-CN';
import { embedUiEn } from './embedUi.en';
import { embedUiZhCN } from './embedUi.zh-CN';
import { a11yUiEn } from './a11yUi.en';
import { a11yUiZhCN } from './a11yUi.zh-CN';

/** The supported languages, in the order the language select lists them. */
export const LANGS = ['en', 'zh-CN'] as const;
/** A supported language tag. */
export type Lang = (typeof LANGS)[number];

/**
 * The English catalog the page starts with: the shell, the TCP view and the header's tools. The
 * congestion lab and the journey add theirs when their chunk loads (congestionCatalogs.ts,
 * journeyCatalogs.ts), so the first download carries only what the first view needs.
 */
export const enCatalog = {
  ...uiEn,
  ...narrationEn,
  ...vizEn,
  ...exportUiEn,
  ...embedUiEn,
  ...a11yUiEn,
};
/** Any message key, of every view (the views' catalogs included). */
export type MessageKey = keyof (typeof enCatalog & typeof congestionEn & typeof journeyEn);
/** The zh-CN catalog the page starts with: exactly the keys of the English one. */
export const zhCNCatalog: Record<keyof typeof enCatalog, string> = {
  ...uiZhCN,
  ...narrationZhCN,
  ...vizZhCN,
  ...exportUiZhCN,
  ...embedUiZhCN,
  ...a11yUiZhCN,
};

/** Values interpolated into a message (`{{name}}`). */
export type MessageParams = Record<string, unknown>;
/** A translate function bound to one language, typed by message key. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;
/** The same, for renderers that receive their own keys as plain strings (views' `label`). */
export type Label = (key: string, params?: MessageParams) => string;

const instance = i18next.createInstance();
void instance.init({
  resources: {
    en: { translation: enCatalog },
    'zh-CN': { translation: zhCNCatalog },
  },
  lng: 'en',
  fallbackLng: 'en',
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false }, // React escapes; catalogs are plain text.
  initAsync: false,
});

/** Adds a view's catalogs (idempotent: adding the same keys again changes nothing). */
export function addCatalogs(en: Record<string, string>, zhCN: Record<string, string>): void {
  instance.addResourceBundle('en', 'translation', en, true, true);
  instance.addResourceBundle('zh-CN', 'translation', zhCN, true, true);
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
