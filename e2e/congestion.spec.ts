// The congestion-control lab: opened by URL and by the view switch, every built-in stepped to its
// end with the keyboard, losses placed by clicking the chart, compare, CSV download, language,
// inline validation, accessibility, and the same trace as Node.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures/wirewalk';
import { axeViolations } from './fixtures/axe';
import { getCongestionBuiltin } from '../src/scenarios/congestionBuiltins';
import { simulateRounds } from '../src/engine/congestion/rounds';

/** Each built-in: its number of rounds and the narration of its last round. */
const SCENARIOS = [
  {
    id: 'cc-classic',
    rounds: 16,
    last: 'Round 16 (congestion avoidance): cwnd = 20, so the sender sends 20 segments, #170–#189.',
  },
  {
    id: 'cc-reno-vs-tahoe',
    rounds: 22,
    last: 'Round 22 (congestion avoidance): cwnd = 20, so the sender sends 20 segments, #251–#270.',
  },
  {
    id: 'cc-timeout',
    rounds: 20,
    last: 'Round 20 (congestion avoidance): cwnd = 13, so the sender sends 13 segments, #141–#153.',
  },
  {
    id: 'cc-loss-in-slow-start',
    rounds: 14,
    last: 'Round 14 (congestion avoidance): cwnd = 26, so the sender sends 26 segments, #218–#243.',
  },
  {
    id: 'cc-rwnd-limited',
    rounds: 14,
    last: 'Round 14 (congestion avoidance): cwnd = 25, but the receiver advertises rwnd = 10, so the sender sends only min(cwnd, rwnd) = 10 segments, #106–#115.',
  },
  {
    id: 'cc-cubic-recovery',
    rounds: 18,
    last: 'Round 18 (congestion avoidance): cwnd = 122.57, so the sender sends 122 segments, #521–#642.',
  },
] as const;

test('a link opens the lab at a round: step, narration, table row', async ({ ww, page }) => {
  await ww.open('?view=congestion&scenario=cc-reno-vs-tahoe&step=13&lang=en');
  await expect(ww.viewTab('congestion')).toHaveAttribute('aria-selected', 'true');
  await ww.expectStep(13, 22);
  await expect(ww.roundText).toHaveText('Round 13 / 22');
  await expect(ww.narration).toContainText(
    'Round 13 (fast recovery): cwnd = 11, so the sender sends 11 segments, #116–#126.',
  );
  const row = ww.roundRow(13);
  await expect(row.getByRole('cell')).toHaveText(['11', '1', '8', 'Fast recovery', '116', '126']);
  await expect(row).toHaveAttribute('aria-current', 'step');
  await expect(page).toHaveURL(/\?view=congestion&scenario=cc-reno-vs-tahoe&step=13&lang=en$/);
});

test('the view switch opens the lab and comes back to TCP where it was', async ({ ww, page }) => {
  await ww.open('?scenario=lost-syn&step=5');
  await ww.viewTab('congestion').click();
  await expect(ww.viewTab('congestion')).toHaveAttribute('aria-selected', 'true');
  await ww.expectStep(0, 16);
  await expect(ww.scenario.locator('option')).toHaveCount(8);
  await expect(ww.scenario.locator('option:checked')).toHaveText(
    'Slow start, then congestion avoidance',
  );
  await expect(page).toHaveURL(/\?view=congestion&scenario=cc-classic&step=0&lang=en$/);
  await expect(ww.narration).toContainText('Reno starts with cwnd = 1 and ssthresh = 8 segments');
  // The tabs follow the arrow keys (and the player does not step meanwhile).
  await page.keyboard.press('ArrowLeft');
  await expect(ww.viewTab('tcp')).toBeFocused();
  await expect(ww.viewTab('tcp')).toHaveAttribute('aria-selected', 'true');
  await ww.expectStep(5, 20);
  await expect(page).toHaveURL(/\?view=tcp&scenario=lost-syn&step=5&lang=en$/);
});

for (const s of SCENARIOS) {
  test(`${s.id}: choose it, step with the keyboard to the end`, async ({ ww, page }) => {
    await ww.open('?view=congestion');
    const title = await ww.scenario.locator(`option[value="${s.id}"]`).textContent();
    await ww.chooseScenario(title ?? '');
    await ww.expectStep(0, s.rounds);
    await page.keyboard.press('ArrowRight');
    await ww.expectStep(1, s.rounds);
    await expect(ww.narration).toContainText('Round 1 (slow start): cwnd = 1');
    await page.keyboard.press('End');
    await ww.expectStep(s.rounds, s.rounds);
    await expect(ww.roundText).toHaveText(`Round ${s.rounds} / ${s.rounds}`);
    await expect(ww.narration).toContainText(s.last);
    await expect(ww.narration).toContainText('This is the last round of the run.');
    await expect(ww.roundRow(s.rounds)).toHaveAttribute('aria-current', 'step');
    await page.keyboard.press('ArrowLeft');
    await ww.expectStep(s.rounds - 1, s.rounds);
    await page.keyboard.press('Home');
    await ww.expectStep(0, s.rounds);
  });
}

test('clicking the chart places and removes losses; the round stays', async ({ ww, page }) => {
  await ww.open('?view=congestion&scenario=cc-classic&step=8');
  await expect(ww.roundRow(6).getByRole('cell').first()).toHaveText('10');
  await ww.chartRound(5).click();
  await expect(page.getByText('Round 5: 3 duplicate ACKs', { exact: true })).toBeVisible();
  await expect(ww.roundRow(6).getByRole('cell')).toHaveText([
    '7',
    '4',
    'Fast recovery',
    '25',
    '31',
  ]);
  await ww.expectStep(8, 16);
  await expect(page).toHaveURL(/&s=%7B/);
  await expect(ww.chartRound(5)).toHaveAccessibleName('Round 5: remove loss');

  await page.getByRole('radio', { name: 'Timeout' }).check();
  await ww.chartRound(7).click();
  await expect(page.getByText('Round 7: timeout', { exact: true })).toBeVisible();
  await expect(ww.roundRow(8).getByRole('cell').first()).toHaveText('1');

  await ww.chartRound(5).click();
  await expect(page.getByText('Round 5: 3 duplicate ACKs', { exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Remove the loss at round 7' }).click();
  await expect(page.getByText('No loss: every round is acknowledged.')).toBeVisible();
  await expect(page).not.toHaveURL(/&s=/);
  await ww.expectStep(8, 16);
});

test('comparing adds a second series to the legend and the table', async ({ ww, page }) => {
  await ww.open('?view=congestion&scenario=cc-timeout&step=9');
  const legend = page.getByRole('list', { name: 'Legend' });
  await expect(legend).not.toContainText('cwnd · CUBIC');
  await page.getByRole('checkbox', { name: 'CUBIC' }).check();
  await expect(legend).toContainText('cwnd · Reno');
  await expect(legend).toContainText('cwnd · CUBIC');
  await expect(ww.roundsTable.getByRole('columnheader')).toHaveCount(7);
  // On the same timeout CUBIC also restarts from cwnd = 1, with ssthresh = 0.7·cwnd.
  await expect(ww.roundRow(10).getByRole('cell').nth(1)).toHaveText('1');
  await expect(ww.narration).toContainText(
    'CUBIC on the same loss: cwnd 10.65 → 1, ssthresh 7.45, then slow start.',
  );
});

test('Download CSV saves the rounds of both algorithms', async ({ ww, page }) => {
  await ww.open('?view=congestion&scenario=cc-reno-vs-tahoe&step=14');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('wirewalk-cc-reno-vs-tahoe-rounds.csv');
  const lines = (await readFile(await download.path(), 'utf8')).split('\n');
  expect(lines[0]).toBe('round,cwnd,ssthresh,phase,firstSegment,lastSegment,algorithm');
  expect(lines).toContain('13,11,8,fastRecovery,116,126,reno');
  expect(lines).toContain('13,1,8,slowStart,116,116,tahoe');
});

test('switching language translates the lab', async ({ ww, page }) => {
  await ww.open('?view=congestion&scenario=cc-reno-vs-tahoe&step=12');
  await ww.chooseLanguage('zh-CN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(ww.viewTab('congestion')).toHaveAttribute('aria-selected', 'true');
  await ww.expectStep(12, 22);
  await expect(ww.roundText).toHaveText('第 12 / 22 轮');
  await expect(ww.narration).toContainText('ssthresh = ⌊cwnd/2⌋ = ⌊16/2⌋ = 8。');
  await expect(ww.narration).toContainText(
    'Reno 进入快速恢复，cwnd = ssthresh + 3 = 11：三个重复 ACK 中的每一个都说明又有一个报文段离开了网络。',
  );
  await expect(ww.roundRow(13).getByRole('cell').nth(3)).toHaveText('快速恢复');
  await expect(ww.scenario.locator('option:checked')).toHaveText(
    '三个重复 ACK：Reno 与 Tahoe 对比',
  );
  await ww.viewTab('tcp').click();
  await ww.expectStep(0, 18);
  await expect(page).toHaveURL(/lang=zh-CN/);
});

test('a bad field shows an inline error and the chart stays', async ({ ww, page }) => {
  await ww.open('?view=congestion&scenario=cc-reno-vs-tahoe&step=5');
  const ssthresh = page.getByRole('textbox', { name: 'Initial ssthresh (segments)' });
  await ssthresh.fill('1');
  await expect(ssthresh).toHaveAttribute('aria-invalid', 'true');
  await expect(ssthresh).toHaveAccessibleDescription('Enter a whole number from 2 to 1000000.');
  await expect(ww.roundRow(5).getByRole('cell').first()).toHaveText('9');
  await expect(ww.chartRound(12)).toHaveAccessibleName('Round 12: remove loss');
  const rounds = page.getByRole('textbox', { name: 'Rounds' });
  await ssthresh.fill('4');
  await expect(ssthresh).not.toHaveAttribute('aria-invalid', 'true');
  await expect(ww.roundRow(5).getByRole('cell').first()).toHaveText('6');
  await rounds.fill('10');
  await expect(rounds).toHaveAccessibleDescription(
    'A loss is placed at round 12: keep at least 12 rounds, or remove that loss first.',
  );
  await ww.expectStep(5, 22);
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(ssthresh).toHaveValue('8');
  await expect(rounds).toHaveValue('22');
  await expect(page).not.toHaveURL(/&s=/);
});

test('a modified lab travels in `s`', async ({ ww, page }) => {
  await ww.open('?view=congestion&scenario=cc-classic&step=3');
  await page.getByRole('combobox', { name: 'Algorithm' }).selectOption('tahoe');
  await page.getByRole('switch', { name: /inflates the window/ }).uncheck();
  await expect(page).toHaveURL(/&s=%7B/);
  await page.goto(page.url());
  await ww.expectStep(3, 16);
  await expect(page.getByRole('combobox', { name: 'Algorithm' })).toHaveValue('tahoe');
  await expect(page.getByRole('switch', { name: /inflates the window/ })).not.toBeChecked();
  await expect(page.getByText('You changed this scenario’s parameters')).toBeVisible();
});

for (const lang of ['en', 'zh-CN'] as const) {
  test(`lab: no serious or critical axe violations (${lang})`, async ({ ww, page }) => {
    await ww.open(`?view=congestion&scenario=cc-cubic-recovery&step=9&lang=${lang}`, lang);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test("cc-cubic-recovery: the browser's trace equals Node's", async ({ ww, page }) => {
  await ww.open('?view=congestion&scenario=cc-cubic-recovery');
  const sha = (s: string) => createHash('sha256').update(s).digest('hex');
  const inBrowser = await page.evaluate(() => window.__wirewalk!.traceJson());
  const inNode = JSON.stringify(
    simulateRounds(getCongestionBuiltin('cc-cubic-recovery')!.scenario),
  );
  expect(sha(inBrowser)).toBe(sha(inNode));
});
