// Languages, detection and translators: one i18next instance holding the zh-CN and en catalogs.
import i18next from 'i18next';
import { uiEn } from './ui.en';
import { uiZhCN } from './ui.zh-CN';
import { narrationEn } from './narration.en';
import { narrationZhCN } from './narration.zh-CN';
import { vizEn } from './viz.en';
import { vizZhCN } from './viz.zh-CN';
import { cwndEn } from './cwnd.en';
import { cwndZhCN } from './cwnd.zh-CN';
import { labEn } from './lab.en';
import { labZhCN } from './lab.zh-CN';
import { ccNarrationEn } from './ccNarration.en';
import { ccNarrationZhCN } from './ccNarration.zh-CN';
import { journeyVizEn } from './journeyViz.en';
import { journeyVizZhCN } from './journeyViz.zh-CN';
import { journeyNarrationEn } from './journeyNarration.en';
import { journeyNarrationZhCN } from './journeyNarration.zh-CN';
import { journeyUiEn } from './journeyUi.en';
import { journeyUiZhCN } from './journeyUi.zh-CN';
import { journeyPageEn } from './journeyPage.en';
import { journeyPageZhCN } from './journeyPage.zh-CN';

/** The supported languages, in the order the language select lists them. */
export const LANGS = ['en', 'zh-CN'] as const;
/** A supported language tag. */
export type Lang = (typeof LANGS)[number];

/** The English catalog: it defines every message key. */
export const enCatalog = {
  ...uiEn,
  ...narrationEn,
  ...vizEn,
  ...labEn,
  ...ccNarrationEn,
  ...cwndEn,
  ...journeyVizEn,
  ...journeyNarrationEn,
  ...journeyUiEn,
  ...journeyPageEn,
};
/** Any message key. */
export type MessageKey = keyof typeof enCatalog;
/** The zh-CN catalog, with exactly the keys of the English one. */
export const zhCNCatalog: Record<MessageKey, string> = {
  ...uiZhCN,
  ...narrationZhCN,
  ...vizZhCN,
  ...labZhCN,
  ...ccNarrationZhCN,
  ...cwndZhCN,
  ...journeyVizZhCN,
  ...journeyNarrationZhCN,
  ...journeyUiZhCN,
  ...journeyPageZhCN,
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
