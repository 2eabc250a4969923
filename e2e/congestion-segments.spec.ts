// The congestion lab's per-ACK "segments" model: the saw-tooth built-in stepped with the keyboard,
// chart, sequence diagram, table and narration in step; a loss placed by clicking; the model
// switch; bad link values; CSV; both languages; axe; the same trace as Node.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures/wirewalk';
import { axeViolations } from './fixtures/axe';
import { getCongestionBuiltin } from '../src/scenarios/congestionBuiltins';
import { simulateSegments } from '../src/engine/congestion/segments';

const SAW = simulateSegments(getCongestionBuiltin('cc-bottleneck-sawtooth')!.scenario);
/** The step of the saw-tooth's first fast retransmit, and the round it falls in. */
const DUP3 = SAW.events.find((e) => e.kind === 'cc.changed' && e.cause === 'tripleDupAck')!;
const DUP3_ROUND = Math.floor((DUP3.t - SAW.t0) / 100) + 1;

test('the saw-tooth built-in: chart, sequence diagram, table and narration follow the step', async ({
  ww,
  page,
}) => {
  await ww.open('?view=congestion&scenario=cc-bottleneck-sawtooth&lang=en');
  await ww.expectStep(0, SAW.steps);
  await expect(ww.roundText).toHaveText('Round 0 / 80');
  await expect(ww.narration).toContainText(
    'When cwnd grows past about 16 segments the queue overflows',
  );
  const seq = page.getByRole('region', { name: 'Segments and ACKs' });
  await expect(seq.locator('svg')).toBeVisible();
  // Keyboard: the first step is the server's passive open.
  await page.keyboard.press('ArrowRight');
  await ww.expectStep(1, SAW.steps);
  await expect(ww.narration).toContainText('The server enters LISTEN');

  await ww.open(`?view=congestion&scenario=cc-bottleneck-sawtooth&step=${DUP3.step}&lang=en`);
  await ww.expectStep(DUP3.step, SAW.steps);
  await expect(ww.roundText).toHaveText(`Round ${DUP3_ROUND} / 80`);
  await expect(ww.narration).toContainText('Why not back to cwnd = 1?');
  await expect(ww.narration).toContainText('at once (fast retransmit)');
  await expect(ww.roundRow(DUP3_ROUND)).toHaveAttribute('aria-current', 'step');
  // The row shows what the round lost and re-sent (two extra columns in this model).
  await expect(ww.roundsTable.getByRole('columnheader')).toHaveText([
    'Round',
    'cwnd',
    'ssthresh',
    'Phase',
    'First segment',
    'Last segment',
    'Retransmissions',
    'Lost',
  ]);
  await page.keyboard.press('End');
  await ww.expectStep(SAW.steps, SAW.steps);
  await expect(ww.narration).toContainText(
    'End of the run: 633 new segments and 4 retransmissions in 80 rounds; 4 fast retransmits, 0 timeouts, 4 segments dropped by the queue.',
  );
});

test('clicking a round places a loss; the run re-simulates per ACK', async ({ ww, page }) => {
  await ww.open('?view=congestion&scenario=cc-bottleneck-sawtooth&step=0&lang=en');
  const lostCell = (round: number) => ww.roundRow(round).getByRole('cell').nth(6);
  await expect(lostCell(6)).toHaveText('0');
  await ww.chartRound(6).click();
  await expect(page.getByText('Round 6: 3 duplicate ACKs', { exact: true })).toBeVisible();
  await expect(lostCell(6)).toHaveText('1');
  await expect(page).toHaveURL(/&s=%7B/);
  await ww.blur();
  await page.keyboard.press('End');
  const withLoss = simulateSegments({
    ...getCongestionBuiltin('cc-bottleneck-sawtooth')!.scenario,
    losses: [{ round: 6, type: 'tripleDupAck' }],
  });
  expect(withLoss.summary.stats.newSegments).not.toBe(SAW.summary.stats.newSegments);
  await expect(ww.narration).toContainText(
    `End of the run: ${withLoss.summary.stats.newSegments} new segments`,
  );
  await ww.chartRound(6).click();
  await expect(page.getByText('No loss: every round is acknowledged.')).toBeVisible();
  await expect(page).not.toHaveURL(/&s=/);
});

test('the model switch turns a textbook scenario into a per-ACK run and back', async ({
  ww,
  page,
}) => {
  await ww.open('?view=congestion&scenario=cc-classic&lang=en');
  await expect(page.getByRole('region', { name: 'Segments and ACKs' })).toHaveCount(0);
  // A click, not check(): the first switch may wait a moment for the segments engine's chunk.
  await page.getByRole('radio', { name: 'Per-ACK segments' }).click();
  await expect(page.getByRole('radio', { name: 'Per-ACK segments' })).toBeChecked();
  await expect(page.getByRole('region', { name: 'Segments and ACKs' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Bottleneck (Mbit/s)' })).toHaveValue('1');
  await expect(page.getByRole('textbox', { name: 'Queue (packets)' })).toHaveValue('8');
  await expect(page.getByRole('switch', { name: /inflates the window/ })).toHaveCount(0);
  await expect(page).toHaveURL(/&s=%7B/);
  await page.getByRole('radio', { name: 'Textbook rounds' }).check();
  await expect(page.getByRole('region', { name: 'Segments and ACKs' })).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Bottleneck (Mbit/s)' })).toHaveCount(0);
});

test('bad link values get an inline message and the run stays', async ({ ww, page }) => {
  await ww.open('?view=congestion&scenario=cc-bottleneck-sawtooth&step=40&lang=en');
  const bw = page.getByRole('textbox', { name: 'Bottleneck (Mbit/s)' });
  await bw.fill('fast');
  await expect(bw).toHaveAttribute('aria-invalid', 'true');
  await bw.fill('0');
  await expect(bw).toHaveAttribute('aria-invalid', 'true');
  const mss = page.getByRole('textbox', { name: 'MSS (bytes)' });
  await mss.fill('70000');
  await expect(mss).toHaveAttribute('aria-invalid', 'true');
  await ww.expectStep(40, SAW.steps);
  await expect(ww.roundRow(1)).toBeVisible();
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(bw).toHaveValue('1');
  await expect(mss).toHaveValue('1460');
});

test('Download CSV adds retransmissions and drops per round', async ({ ww, page }) => {
  await ww.open('?view=congestion&scenario=cc-bottleneck-sawtooth&lang=en');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('wirewalk-cc-bottleneck-sawtooth-rounds.csv');
  const lines = (await readFile(await download.path(), 'utf8')).trim().split('\n');
  expect(lines[0]).toBe('round,cwnd,ssthresh,phase,firstSegment,lastSegment,retransmissions,drops');
  expect(lines).toHaveLength(81);
  const r = SAW.summary.rounds[0]!;
  expect(lines[1]).toBe(`1,${r.cwnd},${r.ssthresh},${r.phase},1,1,0,0`);
});

test('zoom changes the sequence diagram’s time scale', async ({ ww, page }) => {
  await ww.open('?view=congestion&scenario=cc-bottleneck-sawtooth&step=200&lang=en');
  const svg = page.getByRole('region', { name: 'Segments and ACKs' }).locator('svg').first();
  const height = async () => Number(await svg.getAttribute('height'));
  const before = await height();
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect(page.getByText('Zoom: 1×')).toBeVisible();
  await expect.poll(height).toBeLessThan(before);
  await ww.expectStep(200, SAW.steps);
});

for (const lang of ['en', 'zh-CN'] as const) {
  test(`segments lab: no serious or critical axe violations (${lang})`, async ({ ww, page }) => {
    await ww.open(
      `?view=congestion&scenario=cc-newreno-multiple-losses&step=300&lang=${lang}`,
      lang,
    );
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('zh-CN: the segments narration and headings are translated', async ({ ww }) => {
  await ww.open(
    `?view=congestion&scenario=cc-bottleneck-sawtooth&step=${DUP3.step}&lang=zh-CN`,
    'zh-CN',
  );
  await expect(ww.narration).toContainText('为什么不退回 cwnd = 1？');
  await expect(ww.roundText).toHaveText(`第 ${DUP3_ROUND} / 80 轮`);
});

test("cc-bottleneck-sawtooth: the browser's trace equals Node's", async ({ ww, page }) => {
  await ww.open('?view=congestion&scenario=cc-bottleneck-sawtooth');
  const sha = (s: string) => createHash('sha256').update(s).digest('hex');
  const inBrowser = await page.evaluate(() => window.__wirewalk!.traceJson());
  expect(sha(inBrowser)).toBe(sha(JSON.stringify(SAW)));
});
