// Accessibility: axe-core finds no serious or critical violation, in both languages.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures/wirewalk';

for (const lang of ['en', 'zh-CN'] as const) {
  test(`no serious or critical axe violations (${lang})`, async ({ ww, page }) => {
    await ww.open(`?scenario=lost-syn&step=6&lang=${lang}`, lang);
    await page.locator('.ww-params > summary').click();
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(bad).toEqual([]);
  });
}
