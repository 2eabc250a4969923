// A captured conversation in the TCP view: the capture header, the sequence diagram with relative
// numbers, windows, SYN options and Wireshark's marks, the inferred states beside the lifelines
// and in the state diagrams, the segment inspector, stepping and clicking, absolute numbers, the
// way back to the simulation, accessibility, and the screenshots in both languages.
import type { Page } from '@playwright/test';
import { test, expect, type WirewalkPage } from './fixtures/wirewalk';
import { axeViolations } from './fixtures/axe';
import { openTraffic, showConversation } from './fixtures/capture';
import { EXPORT_NAMES } from './fixtures/exportMenu';

const head = (page: Page) => page.locator('.ww-capture-head');
const inspector = (page: Page) => page.locator('.ww-seginsp');

/** Opens a fixture with "Open capture or HAR…" and shows its first conversation in the TCP view. */
async function showCapture(ww: WirewalkPage, name: string) {
  await openTraffic(ww, name);
  await showConversation(ww, 'tcp');
  await expect(head(ww.page)).toBeVisible();
  // The "Showing conv-1 …" notice, out of the way.
  await ww.page
    .getByRole('status')
    .getByRole('button', { name: EXPORT_NAMES[ww.lang].dismiss, exact: true })
    .click()
    .catch(() => {});
  await ww.blur();
}

/** Presses → `times` times. */
async function forward(page: Page, times: number) {
  for (let i = 0; i < times; i++) await page.keyboard.press('ArrowRight');
}

test('a captured HTTP/1.0 exchange, step by step, then back to the simulation', async ({
  ww,
  page,
  pageErrors,
}) => {
  await ww.open('?scenario=normal&step=3');
  await showCapture(ww, 'http10-close.pcap');

  // The header: the file, the endpoints, the packets; no parameters (they edit scenarios).
  await expect(head(page).getByTestId('capture-file')).toHaveText(
    'Conversation conv-1 of http10-close.pcap',
  );
  await expect(head(page).getByTestId('capture-route')).toHaveText(
    /^127\.0\.0\.1:\d+ → 127\.0\.0\.1:80$/,
  );
  await expect(head(page)).toContainText('12 packets');
  await expect(head(page)).toContainText('No analysis marks');
  await expect(page.locator('.ww-params')).toHaveCount(0);
  const total = await ww.totalSteps();
  expect(total).toBe(12);
  await ww.expectStep(0, total);
  await expect(ww.narration).toContainText('each side’s ISN counts as 0');
  await expect(ww.narration).toContainText('the client starts in CLOSED, the server in LISTEN');
  // The starting states above the lifelines.
  await expect(page.locator('.ww-seq-state-text')).toHaveText(['CLOSED', 'LISTEN']);

  // Step 1: the SYN with relative numbers, its window, its options on a second line.
  await forward(page, 1);
  await ww.expectStep(1, total);
  await expect(ww.segment(1).locator('.ww-seq-label-text')).toHaveText(/^SYN seq=0 win=\d+$/);
  await expect(ww.segment(1).locator('.ww-seq-sub')).toContainText('MSS=65495 SACK_PERM');
  await expect(ww.narration).toContainText('Step 1 · frame 1 · t = 0 ms');
  await expect(ww.narration).toContainText('Its SYN options: MSS 65495 bytes');
  await expect(ww.clientState).toHaveText('Client: SYN-SENT');
  await expect(ww.serverState).toHaveText('Server: SYN-RECEIVED');
  await expect(page.locator('.ww-sd-title').first()).toHaveText('Client · SYN-SENT');
  await expect(inspector(page).getByRole('heading', { level: 3 })).toHaveText(
    'Frame 1: Client → Server',
  );
  await expect(inspector(page)).toContainText('0x002 (SYN)');
  await expect(inspector(page)).toContainText('not applied on a SYN');

  // Step 3: the handshake is complete, both ends ESTABLISHED; the window is scaled.
  await forward(page, 2);
  await expect(ww.serverState).toHaveText('Server: ESTABLISHED');
  await expect(inspector(page)).toContainText(/\d+ bytes = \d+ × 1024/);

  // Clicking an arrow goes to its step (a captured segment cannot be "lost").
  await page.keyboard.press('End');
  await ww.expectStep(total, total);
  await expect(ww.narration).toContainText('This is the last captured segment');
  // (Only the arrows near the cursor are drawn: go back to where segment 4 is on screen.)
  await page.keyboard.press('Home');
  await forward(page, 5);
  await ww.segment(4).click();
  await ww.expectStep(4, total);
  await expect(inspector(page)).toContainText('GET /hello.txt HTTP/1.0');
  await expect(ww.segment(4).locator('.ww-seq-sub')).toHaveText('GET /hello.txt HTTP/1.0');

  // Absolute numbers: the raw sequence numbers on the arrows, in the inspector first.
  await head(page).getByRole('radio', { name: 'Absolute' }).check();
  await expect(ww.segment(4).locator('.ww-seq-label-text')).not.toHaveText(/ seq=1 /);
  await head(page).getByRole('radio', { name: 'Relative' }).check();
  await expect(ww.segment(4).locator('.ww-seq-label-text')).toHaveText(/ seq=1 ack=1 /);

  expect(await axeViolations(page)).toEqual([]);

  // Back to the simulation: the scenario again, with its parameters.
  await head(page).getByRole('button', { name: 'Back to the simulation' }).click();
  await expect(head(page)).toHaveCount(0);
  await expect(inspector(page)).toHaveCount(0);
  await expect(page.locator('.ww-params')).toHaveCount(1);
  await expect(ww.narration).not.toContainText('captured');
  expect(pageErrors).toEqual([]);
});

test('Wireshark’s marks in a lossy bulk transfer; screenshots in both languages', async ({
  ww,
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const lang of ['en', 'zh-CN'] as const) {
    await ww.open(`?scenario=normal&lang=${lang}`, lang);
    await showCapture(ww, 'bulk-loss.pcapng');
    const marks = head(page).getByTestId('capture-marks');
    await expect(marks).toContainText(lang === 'en' ? 'Duplicate ACK: ' : '重复确认 (重复 ACK)：');
    await expect(marks).toContainText(lang === 'en' ? 'Lost segment: ' : '丢失报文段：');
    // Step to the second duplicate ACK after the first gap (wherever the capture has it): the gap
    // marker, the duplicate ACKs and the segments around them are on screen.
    const dup = page.locator('.ww-sequence .ww-seq-seg.is-bad .ww-seq-sub').filter({
      hasText: lang === 'en' ? /\[TCP Dup ACK \d+#2\]/ : /\[TCP 重复 ACK \d+#2\]/,
    });
    for (let i = 0; i < 300 && (await dup.count()) === 0; i++) await forward(page, 1);
    await expect(dup.first()).toBeVisible();
    await expect(page.locator('.ww-sequence .ww-seq-hole-text').first()).toBeInViewport();
    await expect(page.locator('.ww-sequence .ww-seq-hole-text').first()).toHaveText(
      lang === 'en' ? /^\d+ bytes not captured$/ : /^\d+ 字节未捕获$/,
    );
    await expect(ww.narration).toContainText('[TCP Dup ACK ');
    await page.screenshot({ path: `docs/screenshots/capture-tcp-${lang}.png` });
  }
});
