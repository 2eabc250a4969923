// A captured conversation in the congestion view: open the bulk transfer with random loss, show
// its conversation in the congestion view, and see the header (file, endpoints, direction, counts),
// the time/sequence graph with its retransmissions marked and the bytes in flight, step through it
// with the narration, seek by clicking a segment, zoom, switch the direction, check accessibility,
// go back to the simulation; and the screenshots of the view in both languages.
import { test, expect, type WirewalkPage } from './fixtures/wirewalk';
import { axeViolations } from './fixtures/axe';
import { openTraffic, showConversation } from './fixtures/capture';
import { EXPORT_NAMES } from './fixtures/exportMenu';

const FILE = 'bulk-loss.pcapng';

const NAMES = {
  en: {
    seq: 'Time/sequence graph',
    flight: 'Bytes in flight',
    back: 'Back to the simulation',
  },
  'zh-CN': {
    seq: '时间/序号图',
    flight: '在途字节',
    back: '回到模拟',
  },
} as const;

/** Opens the fixture with "Open capture or HAR…" and shows conv-1 in the congestion view. */
async function showInCongestion(ww: WirewalkPage) {
  await openTraffic(ww, FILE);
  await showConversation(ww, 'congestion');
  await expect(ww.page.locator('.ww-tt-chart')).toHaveCount(2);
}

test('a captured bulk transfer in the congestion view: charts, steps, zoom, direction, back', async ({
  ww,
  page,
  pageErrors,
}) => {
  await ww.open('?view=congestion&scenario=cc-reno-vs-tahoe');
  await showInCongestion(ww);

  // The header: file, conversation, endpoints, the bulk sender, its counts.
  const head = page.getByRole('region', { name: 'Captured conversation' });
  await expect(head).toContainText(`${FILE} · conv-1`);
  await expect(head).toContainText('(client) ↔');
  const direction = head.getByRole('combobox', { name: 'Data sent by' });
  const sender = await direction.inputValue();
  expect(['client', 'server']).toContain(sender);
  await expect(page.getByTestId('capture-counts')).toHaveText(
    /^Retransmissions: [1-9]\d* \(\d+ fast\) · duplicate ACKs: \d+ · SACK blocks: \d+$/,
  );
  // No rounds, no parameters: the way back instead.
  await expect(ww.roundText).toHaveCount(0);
  await expect(page.locator('.ww-lab-params')).toHaveCount(1);
  await expect(page.getByRole('button', { name: NAMES.en.back })).toBeVisible();

  // The charts: bars, the ACK and window lines, retransmissions in their own mark.
  const seq = page.getByRole('region', { name: NAMES.en.seq });
  const flight = page.getByRole('region', { name: NAMES.en.flight });
  await expect(seq.locator('[data-id="data"]')).toHaveAttribute('d', /^M/);
  await expect(seq.locator('[data-id="ack"]')).toHaveAttribute('d', /^M/);
  await expect(seq.locator('.ww-tt-mark')).not.toHaveCount(0);
  await expect(flight.locator('[data-id="flight"]')).toHaveAttribute('d', /^M/);
  await expect(seq.getByRole('listitem').filter({ hasText: /retransmission/i })).not.toHaveCount(0);
  await expect(flight).toContainText('Bytes in flight — an estimate of cwnd');

  // Stepping moves the cursor; the narration reads the segment.
  const total = await ww.totalSteps();
  expect(total).toBeGreaterThan(600); // one step per captured segment
  await ww.expectStep(0, total);
  await expect(ww.narration).toContainText('estimate cwnd as seen from the capture point');
  await ww.blur();
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  await ww.expectStep(6, total);
  await expect(seq.locator('.ww-tt-cursor')).toHaveAttribute('data-step', '6');
  // (Frames count every frame of the file: ARP too.)
  await expect(ww.narration).toContainText(/^Frame \d+ · t = [\d.,]+ ms/);

  // A click on the chart moves the player to the nearest segment.
  const box = (await seq.locator('.ww-tt-hit').boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.6, box.y + box.height / 2);
  const clicked = Number(await seq.locator('.ww-tt-cursor').getAttribute('data-step'));
  expect(clicked).toBeGreaterThan(6);
  await ww.expectStep(clicked, total);
  await expect(ww.narration).toContainText(/bytes in flight|remain in flight/);

  // Zoom: the buttons, and a drag across the plot.
  const range = page.locator('.ww-tt-zoom output');
  const whole = (await range.textContent()) ?? '';
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await expect(range).not.toHaveText(whole);
  await page.getByRole('button', { name: 'Whole conversation' }).click();
  await expect(range).toHaveText(whole);
  await page.mouse.move(box.x + box.width * 0.2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(range).not.toHaveText(whole);
  await ww.expectStep(clicked, total); // a drag zooms, it does not seek

  await expect.poll(() => axeViolations(page, { include: 'main' })).toEqual([]);

  // The other direction: the same steps.
  const other = sender === 'client' ? 'server' : 'client';
  await direction.selectOption(other);
  await ww.expectStep(clicked, total);
  await expect(seq.locator('.ww-tt-sr')).toContainText(new RegExp(`${other}`));

  // Back to the simulation it left.
  await page.getByRole('button', { name: NAMES.en.back }).click();
  await expect(page.locator('.ww-tt')).toHaveCount(0);
  await expect(page.locator('.ww-cw-svg')).toBeVisible();
  await expect(ww.scenario).toHaveValue('cc-reno-vs-tahoe');
  expect(pageErrors).toEqual([]);
});

for (const lang of ['en', 'zh-CN'] as const) {
  test(`screenshot capture-congestion-${lang}`, async ({ ww, page }) => {
    await page.setViewportSize({ width: 1400, height: 1000 });
    await ww.open(`?view=congestion&lang=${lang}`, lang);
    await showInCongestion(ww);
    // The "Showing conv-1 …" notice would cover the narration.
    const dismiss = page.getByRole('button', { name: EXPORT_NAMES[lang].dismiss, exact: true });
    while ((await dismiss.count()) > 0) await dismiss.first().click();
    await ww.blur();
    const total = await ww.totalSteps();
    await ww.timeline.fill(String(Math.round(total * 0.45)));
    const seq = page.getByRole('region', { name: NAMES[lang].seq });
    // Hover a segment for its tooltip.
    const box = (await seq.locator('.ww-tt-hit').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.42, box.y + box.height * 0.5);
    await expect(seq.locator('.ww-tt-tip')).toBeVisible();
    await page.screenshot({ path: `docs/screenshots/capture-congestion-${lang}.png` });
  });
}
