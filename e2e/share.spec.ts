// URL state: a shared link lands on the same step; bad parameters show a notice and the page works.
import { test, expect } from './fixtures/wirewalk';

test('the URL follows the screen and a reload lands on the same step', async ({ ww, page }) => {
  await ww.open('?scenario=lost-syn');
  await ww.blur();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await ww.expectStep(5, 20);
  await expect(page).toHaveURL(/\?view=tcp&scenario=lost-syn&step=5&lang=en$/);
  await page.reload();
  await ww.expectStep(5, 20);
  await expect(ww.scenario.locator('option:checked')).toHaveText(
    await ww.scenario.locator('option[value="lost-syn"]').innerText(),
  );
});

test('a modified scenario travels in `s` and is restored exactly', async ({ ww, page }) => {
  await ww.open('?scenario=normal&step=6');
  await ww.segment(2).click();
  await expect(page).toHaveURL(/&s=%7B/);
  const shared = page.url();
  await page.goto('about:blank');
  await page.goto(shared);
  await ww.expectStep(6, await ww.totalSteps());
  await expect(ww.segment(2).locator('.ww-seq-x')).toHaveCount(1);
  await expect(page.getByText('You changed this scenario’s parameters')).toBeVisible();
});

test('bad parameters fall back with dismissible notices, and the page still works', async ({
  ww,
  page,
}) => {
  await ww.open('?view=tls&scenario=nope&step=abc&lang=xx');
  await expect(ww.notices).toHaveCount(3);
  await expect(ww.notices.nth(0)).toContainText(
    'Unknown view “tls” in the link; showing the TCP view.',
  );
  await expect(ww.notices.nth(1)).toContainText(
    'Unknown scenario “nope” in the link; showing “Open, exchange data, close” instead.',
  );
  await expect(ww.notices.nth(2)).toContainText(
    'The step “abc” in the link is not a whole number; showing step 0.',
  );
  await ww.expectStep(0, 18);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await ww.button('forward').click();
  await ww.expectStep(1, 18);
  await ww.notices.nth(0).getByRole('button', { name: 'Dismiss' }).click();
  await expect(ww.notices).toHaveCount(2);
});

test('a step past the end is clamped, bad scenario JSON lists its errors', async ({ ww }) => {
  await ww.open('?scenario=port-closed&step=99');
  await ww.expectStep(3, 3);
  await expect(ww.notices).toHaveText(/asks for step 99, but this run has 3 steps; showing step 3/);
  await ww.open(`?scenario=normal&s=${encodeURIComponent('{"kind":"tcp","rttMs":-5}')}`);
  await expect(ww.notices).toContainText('The scenario in the link is not valid');
  await expect(ww.notices).toContainText('rttMs: must be > 0 ms');
  await ww.expectStep(0, 18);
});
