// Canonical screenshots for the docs: the normal scenario mid-handshake, in both languages.
import { test } from './fixtures/wirewalk';

for (const lang of ['en', 'zh-CN'] as const) {
  test(`screenshot main-${lang}`, async ({ ww, page }) => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await ww.open(`?view=tcp&scenario=normal&step=7&lang=${lang}`, lang);
    await page.screenshot({ path: `docs/screenshots/main-${lang}.png` });
  });
}
