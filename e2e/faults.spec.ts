// Clicking a segment arrow toggles its loss: ✕ appears, the run changes, the step stays.
import { test, expect } from './fixtures/wirewalk';

test('clicking an arrow loses that segment and keeps the step', async ({ ww, page }) => {
  await ww.open('?scenario=normal&step=4');
  await expect(ww.segment(2).locator('.ww-seq-x')).toBeHidden();
  await ww.segment(2).click();
  await expect(ww.segment(2)).toHaveAttribute('aria-label', /, lost$/);
  await expect(ww.segment(2).locator('.ww-seq-x')).toBeVisible();
  await ww.expectStep(4, await ww.totalSteps());
  await expect(ww.clientState).toHaveText('Client: SYN-SENT');
  await ww.openParams();
  await expect(page.getByText('Segment #2', { exact: true })).toBeVisible();
  await ww.segment(2).click();
  await expect(ww.segment(2).locator('.ww-seq-x')).toBeHidden();
  await ww.expectStep(4, 18);
  await expect(page.getByText('No segment is lost.')).toBeVisible();
});

test('a bad parameter shows an inline error and keeps the diagram', async ({ ww, page }) => {
  await ww.open('?scenario=normal&step=3');
  await ww.openParams();
  const rtt = page.getByRole('textbox', { name: 'RTT (ms)' });
  await rtt.fill('fast');
  await expect(rtt).toHaveAttribute('aria-invalid', 'true');
  await expect(rtt).toHaveAccessibleDescription('Enter a number from 0.01 to 600000.');
  await ww.expectStep(3, 18);
  await expect(ww.serverState).toHaveText('Server: SYN-RECEIVED');
  await rtt.fill('300');
  await expect(rtt).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/%22rttMs%22%3A300/);
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(rtt).toHaveValue('100');
  await expect(page).not.toHaveURL(/&s=/);
});
