// Language: switching to zh-CN changes narration, names and <html lang>; the URL and locale pick it.
import { test, expect, NAMES } from './fixtures/wirewalk';

test('switching language translates controls and narration', async ({ ww, page }) => {
  await ww.open('?scenario=normal&step=2');
  await expect(ww.narration).toContainText('The client sends SYN with seq=0');
  await ww.chooseLanguage('zh-CN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page).toHaveURL(/lang=zh-CN/);
  for (const name of ['play', 'back', 'forward', 'restart'] as const) {
    await expect(ww.button(name)).toBeVisible();
  }
  await expect(ww.timeline).toBeVisible();
  await expect(ww.scenario).toBeVisible();
  await expect(page.getByRole('heading', { name: NAMES['zh-CN'].narration })).toBeVisible();
  await ww.expectStep(2, 18);
  await expect(ww.narration).toContainText(
    '客户端发送 SYN，seq=0：它选定自己的初始序列号 (ISN)，请求建立连接。',
  );
  await expect(ww.clientState).toHaveText('客户端：SYN-SENT');
  await expect(ww.scenario.locator('option:checked')).toHaveText('建立连接、双向传数据、关闭连接');
});

test('?lang=zh-CN opens in Chinese and survives a reload', async ({ ww, page }) => {
  await ww.open('?scenario=port-closed&step=3&lang=zh-CN', 'zh-CN');
  await ww.expectStep(3, 3);
  await expect(page.getByTestId('client-outcome')).toHaveText('客户端：连接被拒绝 (RST)');
  await page.reload();
  await ww.expectStep(3, 3);
});

test.describe('with a Chinese browser', () => {
  test.use({ locale: 'zh-CN' });
  test('the language is detected from navigator.languages', async ({ ww, page }) => {
    await ww.open('', 'zh-CN');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await ww.expectStep(0, 18);
    await expect(ww.button('play')).toBeVisible();
  });
});

// Each view opened first (its own chunks and catalogs only), in both languages, at a step in the
// middle: no message key may show through untranslated (a missing catalog part shows its keys).
const RAW_KEY =
  /\b(?:app|ccn|ccs|cf|cw|embed|endpoint|events|export|har|help|insp|jn|jp|jv|lab|narr|narration|notice|outcome|params|player|sd|seq|share|tcpcap|theme|tt|view|viz)\.[a-z][A-Za-z]*(?:\.[A-Za-z]+)*\b/;
for (const lang of ['en', 'zh-CN'] as const) {
  for (const view of ['tcp', 'congestion', 'journey'] as const) {
    test(`${view} opened first in ${lang}: no untranslated message keys`, async ({ ww, page }) => {
      await ww.open(`?view=${view}&step=5&lang=${lang}`, lang);
      await expect(page.locator('main')).toBeVisible();
      expect(await page.locator('body').innerText()).not.toMatch(RAW_KEY);
    });
  }
}
