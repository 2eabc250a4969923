// Real traffic in the page: open or drop a capture (read in a Web Worker, with a progress bar and
// Cancel), the conversations list (summary, sortable table, keyboard, axe), a conversation in the
// TCP view stepped with → and in the congestion view, broken files with a message and a page that
// keeps working, gzip-compressed captures and HAR files (one member or several, or cut short), a
// HAR file in the URL journey, Share and Embed while a capture is shown, the same under the static
// site's strict CSP, and the screenshots of the list in both languages.
import { gzipSync } from 'node:zlib';
import type { Page, Route } from '@playwright/test';
import { test, expect } from './fixtures/wirewalk';
import { axeViolations } from './fixtures/axe';
import {
  captureFixture as fixture,
  conversationsList,
  openTraffic,
  showConversation,
} from './fixtures/capture';

/**
 * Several pcap fixtures (Ethernet, little-endian, µs) merged into one file in time order, as
 * mergecap does: a list with several conversations, IPv4 and IPv6, some with analysis marks.
 */
function mergedPcap(names: string[]): Buffer {
  const records: { t: number; bytes: Buffer }[] = [];
  for (const name of names) {
    const file = fixture(name);
    expect(file.readUInt32LE(0)).toBe(0xa1b2c3d4);
    expect(file.readUInt32LE(20)).toBe(1);
    for (let off = 24; off + 16 <= file.length;) {
      const len = file.readUInt32LE(off + 8);
      records.push({
        t: file.readUInt32LE(off) * 1e6 + file.readUInt32LE(off + 4),
        bytes: file.subarray(off, off + 16 + len),
      });
      off += 16 + len;
    }
  }
  records.sort((a, b) => a.t - b.t);
  const header = Buffer.from(fixture(names[0]!).subarray(0, 24));
  header.writeUInt32LE(262144, 16); // snap length: the largest of the files
  return Buffer.concat([header, ...records.map((r) => r.bytes)]);
}
const MERGED = [
  'http10-close.pcap',
  'tls12-rsa.pcap',
  'refused.pcap',
  'zero-window.pcap',
  'ipv6.pcap',
];

/** Holds the capture worker's script until `release` is called (to see the progress bar). */
async function holdWorker(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/assets\/worker-[^/]+\.js$/, async (route: Route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('a capture opens in a worker: progress, then the conversations list', async ({
  ww,
  page,
  pageErrors,
}) => {
  await ww.open('?scenario=normal&step=3');
  const release = await holdWorker(page);
  await openTraffic(ww, 'http11-keepalive.pcapng');

  // While the worker's script is held, the progress bar shows the job waiting at 0 %.
  const bar = page.getByRole('progressbar', { name: 'Opening “http11-keepalive.pcapng”' });
  await expect(bar).toBeVisible();
  await expect(bar).toHaveAttribute('aria-valuenow', '0');
  await expect(bar).toHaveAttribute('aria-valuetext', /^0 %, loading the file$/);
  await expect(page.getByText('Read in this browser: nothing is uploaded.')).toBeVisible();
  release();

  const list = conversationsList(ww);
  await expect(list).toBeVisible();
  await expect(bar).toHaveCount(0);
  await expect(list.getByRole('heading', { name: /Conversations/ })).toContainText(
    'http11-keepalive.pcapng',
  );
  // The summary.
  await expect(list.getByText('pcapng', { exact: true })).toBeVisible();
  await expect(list.getByText('Ethernet', { exact: true })).toBeVisible();
  // The table: its headers, one conversation, its buttons.
  const table = list.getByRole('table', { name: /TCP conversations/ });
  for (const h of ['Address A', 'Port A', 'Address B', 'Port B', 'Packets', 'Bytes', 'Start'])
    await expect(table.getByRole('columnheader', { name: h })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Start' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1).getByRole('cell').nth(5)).toHaveText('22'); // packets
  await expect(rows.nth(1)).toContainText('SYN');
  // Modal: focus starts on the first conversation's "TCP view"; Escape closes, focus comes back.
  const tcpButton = list.getByRole('button', { name: /^Show conv-1 \(.+\) in the TCP view$/ });
  await expect(tcpButton).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(list).toHaveCount(0);
  const reopen = page.getByRole('button', { name: 'Conversations', exact: true });
  await expect(reopen).toBeFocused();
  // The page behind kept its scenario.
  await ww.expectStep(3, await ww.totalSteps());
  await reopen.click();
  await expect(list).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('a conversation in the TCP view, stepped with →; then in the congestion view', async ({
  ww,
  page,
}) => {
  await ww.open('?view=journey&step=2');
  await openTraffic(ww, 'http10-close.pcap');
  await showConversation(ww, 'tcp');
  await expect(page.getByRole('status').filter({ hasText: 'Showing conv-1' })).toContainText(
    'Showing conv-1 of “http10-close.pcap” in the TCP view.',
  );
  await expect(page.getByText('a reload shows a simulation again')).toBeVisible();
  const total = await ww.totalSteps();
  await ww.expectStep(0, total);
  expect(total).toBeGreaterThanOrEqual(12); // one step per captured segment
  await expect(page.locator('.ww-sequence [data-id]').first()).toBeVisible();
  await ww.blur();
  await page.keyboard.press('ArrowRight');
  await ww.expectStep(1, total);
  await page.keyboard.press('ArrowRight');
  await ww.expectStep(2, total);

  // The address bar does not claim a scenario: view, step and language only.
  await expect.poll(() => new URL(page.url()).search).toBe('?view=tcp&step=2&lang=en');

  // Share cannot link to it: it says so and offers the trace as JSON.
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const note = page.getByRole('group', { name: 'An opened file cannot be shared as a link' });
  await expect(note).toContainText('“http10-close.pcap” stays on this computer');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    note.getByRole('button', { name: 'Download trace (JSON)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  await page.keyboard.press('Escape');
  await expect(note).toHaveCount(0);

  // Embed: a note, and the options start from a scenario.
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const embed = page.getByRole('dialog', { name: 'Embed this view' });
  await expect(embed.getByRole('note')).toContainText('comes from “http10-close.pcap”');
  await page.keyboard.press('Escape');

  // The same conversation in the congestion view.
  await page.getByRole('button', { name: 'Conversations', exact: true }).click();
  await showConversation(ww, 'congestion');
  await expect(page.getByRole('status').filter({ hasText: 'Showing conv-1' })).toContainText(
    'in the congestion view',
  );
  await expect.poll(() => new URL(page.url()).search).toMatch(/^\?view=congestion&step=0&lang=en$/);

  // Choosing a scenario leaves the capture; the URL names it again.
  await ww.viewTab('tcp').click();
  await ww.chooseScenario('Lost SYN');
  await expect.poll(() => new URL(page.url()).search).toContain('scenario=lost-syn');
});

test('a dropped capture with several conversations: sort, filter, keyboard', async ({
  ww,
  page,
}) => {
  await ww.open('?scenario=normal');
  await openTraffic(ww, 'merged.pcap', { by: 'drop', bytes: mergedPcap(MERGED) });
  const list = conversationsList(ww);
  await expect(list).toBeVisible();
  const table = list.getByRole('table');
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(1 + MERGED.length);

  // Sort by bytes (largest first), then reverse; aria-sort follows.
  const bytes = table.getByRole('columnheader', { name: 'Bytes' });
  await bytes.getByRole('button').click();
  await expect(bytes).toHaveAttribute('aria-sort', 'descending');
  await expect(table.getByRole('columnheader', { name: 'Start' })).not.toHaveAttribute(
    'aria-sort',
    /.+/,
  );
  const values = async () =>
    (await rows.locator('td:nth-of-type(7)').allTextContents()).map((s) =>
      Number(s.replace(/\D/g, '')),
    );
  const desc = await values();
  expect(desc).toEqual([...desc].sort((a, b) => b - a));
  await bytes.getByRole('button').press('Enter');
  await expect(bytes).toHaveAttribute('aria-sort', 'ascending');
  const asc = await values();
  expect(asc).toEqual([...asc].sort((a, b) => a - b));

  // The zero-window conversation shows its marks.
  await expect(table).toContainText('zero window ×2');

  // Filter by port.
  const filter = list.getByRole('searchbox', { name: 'Filter' });
  await filter.fill('443');
  await expect(rows).toHaveCount(2);
  await filter.fill('no-such-host');
  await expect(rows).toHaveCount(1);
  await expect(list.getByText('No conversation matches “no-such-host”.')).toBeVisible();
  await filter.fill('');
  await expect(rows).toHaveCount(1 + MERGED.length);

  // Tab stays inside the dialog.
  await list.getByRole('button', { name: 'Close', exact: true }).focus();
  await page.keyboard.press('Shift+Tab');
  await expect(list.locator(':focus')).toHaveCount(1);
  expect(await axeViolations(page)).toEqual([]);
});

test('cancelling a file being read', async ({ ww, page }) => {
  await ww.open('?scenario=normal&step=1');
  const release = await holdWorker(page);
  await openTraffic(ww, 'bulk-loss.pcapng');
  const bar = page.getByRole('progressbar');
  await expect(bar).toBeVisible();
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(bar).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Stopped' })).toHaveText(
    /Stopped opening “bulk-loss\.pcapng”\./,
  );
  release();
  await expect(conversationsList(ww)).toHaveCount(0);
  // The page works as before.
  await ww.button('forward').click();
  await ww.expectStep(2, await ww.totalSteps());
});

test('broken files get a clear message and the page keeps working', async ({ ww, page }) => {
  await ww.open('?scenario=normal&step=2');
  const before = await page.evaluate(() => window.__wirewalk!.traceJson());
  const alert = page.getByRole('alert');

  await openTraffic(ww, 'bad-magic.pcap');
  await expect(alert).toContainText(
    'Could not open “bad-magic.pcap”: it is not a pcap or pcapng file.',
  );
  await expect(alert.getByRole('listitem')).toHaveCount(1);

  await openTraffic(ww, 'empty.pcap', { bytes: Buffer.alloc(0) });
  await expect(alert).toContainText('Could not open “empty.pcap”: the file is empty.');

  await openTraffic(ww, 'x.pcapng.gz', { bytes: Buffer.from([0x1f, 0x8b, 8, 0, 0, 0]) });
  await expect(alert).toContainText(
    'Could not open “x.pcapng.gz”: the compressed (gzip) file is damaged or cut short.',
  );

  await openTraffic(ww, 'notes.har', { bytes: Buffer.from('{"log": {"version": "1.2"}}') });
  await expect(alert).toContainText('Could not open “notes.har”: it is not a HAR file');
  await expect(alert.getByRole('listitem')).toContainText('log.entries');

  await openTraffic(ww, 'cat.gif', { bytes: Buffer.from('GIF89a') });
  await expect(alert).toContainText('“cat.gif” is not a file Wirewalk opens');

  // A capture cut after its first packet: opened, with a warning (or refused with a message).
  await openTraffic(ww, 'truncated.pcap');
  const list = conversationsList(ww);
  await expect(list.or(alert)).toBeVisible();
  if (await list.isVisible()) {
    await expect(list.getByRole('note')).toContainText(/./);
    await page.keyboard.press('Escape');
  }

  expect(await page.evaluate(() => window.__wirewalk!.traceJson())).toBe(before);
  await ww.blur();
  await page.keyboard.press('ArrowRight');
  await ww.expectStep(3, await ww.totalSteps());
});

test('gzip-compressed files open like the files they hold; one cut short gets a message', async ({
  ww,
  page,
  pageErrors,
}) => {
  await ww.open('?scenario=normal&step=2');
  const list = conversationsList(ww);
  const rows = list.getByRole('table').getByRole('row');
  const expectKeepalive = async (name: string) => {
    await expect(list).toBeVisible();
    await expect(list.getByRole('heading', { name: /Conversations/ })).toContainText(name);
    // The summary says the file was compressed.
    await expect(list.getByText('pcapng (gzip)', { exact: true })).toBeVisible();
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1).getByRole('cell').nth(5)).toHaveText('22'); // packets
    await page.keyboard.press('Escape');
    await expect(list).toHaveCount(0);
  };

  await test.step('a .pcapng.gz dropped on the page', async () => {
    await openTraffic(ww, 'http11-keepalive.pcapng.gz', { by: 'drop' });
    await expectKeepalive('http11-keepalive.pcapng.gz');
  });

  await test.step('several gzip members (cat a.gz b.gz), from the file chooser', async () => {
    const capture = fixture('http11-keepalive.pcapng');
    const members = Buffer.concat([
      gzipSync(capture.subarray(0, 1000)),
      gzipSync(capture.subarray(1000, 2000)),
      gzipSync(capture.subarray(2000)),
    ]);
    await openTraffic(ww, 'members.pcapng.gz', { bytes: members });
    await expectKeepalive('members.pcapng.gz');
  });

  await test.step('cut short: a message, and the page keeps working', async () => {
    await openTraffic(ww, 'cut.pcapng.gz', {
      by: 'drop',
      bytes: fixture('http11-keepalive-cut.pcapng.gz'),
    });
    await expect(page.getByRole('alert')).toContainText(
      'Could not open “cut.pcapng.gz”: the compressed (gzip) file is damaged or cut short.',
    );
    await ww.blur();
    await page.keyboard.press('ArrowRight');
    await ww.expectStep(3, await ww.totalSteps());
  });

  await test.step('a .har.gz opens in the URL journey', async () => {
    await openTraffic(ww, 'page.har.gz', { by: 'drop', bytes: gzipSync(fixture('page.har')) });
    await expect(ww.viewTab('journey')).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('status').filter({ hasText: 'HAR' })).toContainText(
      'Opened the HAR file “page.har.gz”',
    );
  });

  await test.step('in Chinese, the message for a cut file', async () => {
    await ww.open('?scenario=normal&lang=zh-CN', 'zh-CN');
    await openTraffic(ww, 'cut.pcapng.gz', { bytes: fixture('http11-keepalive-cut.pcapng.gz') });
    await expect(page.getByRole('alert')).toContainText(
      '无法打开“cut.pcapng.gz”：压缩文件（gzip）已损坏或不完整。',
    );
  });
  expect(pageErrors).toEqual([]);
});

test('a HAR file opens in the URL journey’s waterfall', async ({ ww, page }) => {
  await ww.open('?scenario=normal');
  await openTraffic(ww, 'page.har', { by: 'drop' });
  await expect(ww.viewTab('journey')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('status').filter({ hasText: 'HAR' })).toContainText(
    'Opened the HAR file “page.har”',
  );
  await expect(page.locator('.ww-journey-waterfall svg[viewBox]')).toBeVisible();
  await expect.poll(() => new URL(page.url()).search).toMatch(/^\?view=journey&step=0&lang=en$/);
  // No conversations list for a HAR.
  await expect(page.getByRole('button', { name: 'Conversations', exact: true })).toHaveCount(0);
});

test('Chinese: the list and its messages; screenshots in both languages', async ({ ww, page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const lang of ['en', 'zh-CN'] as const) {
    await ww.open(`?scenario=normal&lang=${lang}`, lang);
    await openTraffic(ww, 'merged.pcap', { bytes: mergedPcap(MERGED) });
    const list = conversationsList(ww);
    await expect(list).toBeVisible();
    if (lang === 'zh-CN') {
      await expect(list.getByRole('columnheader', { name: '地址 A' })).toBeVisible();
      await expect(list.getByRole('columnheader', { name: '重复 ACK' })).toBeVisible();
      await expect(list.getByText('以太网', { exact: true })).toBeVisible();
    }
    await page.screenshot({ path: `docs/screenshots/capture-conversations-${lang}.png` });
    await page.keyboard.press('Escape');
  }
  await openTraffic(ww, 'bad-magic.pcap');
  await expect(page.getByRole('alert')).toContainText(
    '无法打开“bad-magic.pcap”：它不是 pcap 或 pcapng 文件。',
  );
});

test('under the static site’s strict CSP, the worker runs', async ({ ww, page }) => {
  const CSP =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
    "connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'self'";
  await page.route(
    (url) => url.pathname === '/' || url.pathname.endsWith('.html'),
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': CSP },
      });
    },
  );
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __csp: string[] }).__csp.push(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    );
  });
  await ww.open('?scenario=normal');
  await openTraffic(ww, 'tls13.pcapng');
  await expect(conversationsList(ww)).toBeVisible();
  await showConversation(ww, 'tcp');
  await expect(ww.stepText).toHaveText(/^Step 0 \/ \d+$/);
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
});
