// A catalog part loaded with a lazy chunk (the embed dialog's messages): loadCatalogPart brings it
// in every language asked for so far, and a language asked for later (a switch) brings it too.
import { describe, expect, it, vi } from 'vitest';

/** A fresh translator module: the test setup registered every catalog in another instance. */
async function freshI18n() {
  vi.resetModules();
  return import('./i18n');
}

describe('loadCatalogPart', () => {
  it('loads the part in the language on screen, and in a language chosen later', async () => {
    const i18n = await freshI18n();
    i18n.needCatalogs('tools');
    await i18n.ensureLanguage('en');
    // The header's button label comes with the chrome's part, the dialog's texts not yet.
    expect(i18n.labelFor('en')('embed.button')).toBe('Embed');
    expect(i18n.labelFor('en')('embed.title')).toBe('embed.title');
    await i18n.loadCatalogPart('embed');
    expect(i18n.labelFor('en')('embed.title')).toBe('Embed this view');
    expect(i18n.labelFor('zh-CN')('embed.title')).toBe('embed.title');
    await i18n.ensureLanguage('zh-CN');
    expect(i18n.labelFor('zh-CN')('embed.title')).toBe('嵌入此视图');
  });

  it('also loads it in a language whose switch started before the part was asked for', async () => {
    const i18n = await freshI18n();
    await i18n.ensureLanguage('en');
    const switching = i18n.ensureLanguage('zh-CN');
    await i18n.loadCatalogPart('embed');
    await switching;
    expect(i18n.labelFor('zh-CN')('embed.title')).toBe('嵌入此视图');
    expect(i18n.labelFor('en')('embed.copy')).toBe('Copy');
  });
});
