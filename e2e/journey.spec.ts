// The URL journey: type a URL and press Enter, play to the end; the TLS and HTTP steps in the
// inspector; the cache setting shrinks the waterfall; a waterfall row clicked or pressed goes to
// its request; invalid and hostile URLs; sharing; both languages; axe; the same trace as Node.
import { createHash } from 'node:crypto';
import { test, expect } from './fixtures/wirewalk';
import { axeViolations } from './fixtures/axe';
import { getJourneyBuiltin } from '../src/scenarios/journeyBuiltins';
import { simulateJourney } from '../src/engine/journey/simulate';
import type { JourneyEvent, JourneyTrace } from '../src/engine/journey/trace';

const FIRST = simulateJourney(getJourneyBuiltin('journey-first-visit')!.scenario);
/** The step whose focus (first) event matches. */
function stepOf(trace: JourneyTrace, match: (e: JourneyEvent) => boolean): number {
  const seen = new Set<number>();
  for (const e of trace.events) {
    if (seen.has(e.step)) continue;
    seen.add(e.step);
    if (match(e)) return e.step;
  }
  throw new Error('no such step');
}
const CLIENT_HELLO = stepOf(FIRST, (e) => e.kind === 'tls.message' && e.type === 'ClientHello');
const RESPONSE = stepOf(FIRST, (e) => e.kind === 'http.response');

test('type a URL, press Enter, play to the end', async ({ ww, page }) => {
  await ww.open('?view=journey&lang=en');
  await expect(ww.viewTab('journey')).toHaveAttribute('aria-selected', 'true');
  await ww.expectStep(0, FIRST.steps);
  const address = page.getByRole('combobox', { name: 'Address' });
  await address.fill('www.example.org/docs/?q=tcp#intro');
  await address.press('Enter');
  const parts = page.getByTestId('url-parts');
  await expect(parts).toContainText('https');
  await expect(parts).toContainText('www.example.org');
  await expect(parts).toContainText('443 (the default for https)');
  await expect(parts).toContainText('?q=tcp');
  await expect(parts).toContainText('never sent: the browser keeps it');
  await expect(
    page.getByText('No scheme typed: https:// was added, as browsers do.'),
  ).toBeVisible();
  await expect(page).toHaveURL(/view=journey&scenario=journey-first-visit&step=0&lang=en&s=/);
  const total = await ww.totalSteps();
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('4');
  await ww.blur();
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByText(`Step ${total} / ${total}`)).toBeVisible({ timeout: 30_000 });
  await expect(ww.narration).toContainText('www.example.org');
});

test('the TLS and HTTP steps in the inspector', async ({ ww, page }) => {
  await ww.open(`?view=journey&scenario=journey-first-visit&step=${CLIENT_HELLO}&lang=en`);
  const inspector = page.locator('.ww-journey-inspector');
  await expect(inspector).toContainText('ClientHello');
  await expect(inspector).toContainText('TLS_AES_128_GCM_SHA256');
  await expect(inspector).toContainText('x25519');
  await expect(inspector).toContainText('www.example.com');
  await ww.open(`?view=journey&scenario=journey-first-visit&step=${RESPONSE}&lang=en`);
  await expect(inspector).toContainText('HTTP/1.1 200 OK');
  await expect(inspector).toContainText('Content-Type');
  // The sequence diagram of the connection is the foundation's, at the same moment.
  await expect(page.getByRole('heading', { name: 'TCP connection conn-1' })).toBeVisible();
});

test('a fresh cache hit does no DNS, TCP or HTTP: the journey shrinks', async ({ ww, page }) => {
  await ww.open('?view=journey&scenario=journey-first-visit&lang=en');
  await ww.expectStep(0, FIRST.steps);
  const waterfall = page.getByRole('group', { name: 'Request waterfall' });
  await expect(waterfall.getByLabel(/index\.html, status 200, 0 to \d+(\.\d+)? ms/)).toHaveCount(1);
  await page.getByRole('combobox', { name: 'Browser cache' }).selectOption('fresh');
  // The waterfall's one row is now a read from the disk cache: no DNS, connection or download.
  await expect(waterfall.getByLabel(/index\.html, 200 from the disk cache, at 0 ms/)).toHaveCount(
    1,
  );
  const fresh = simulateJourney({ ...FIRST.scenario, cache: 'fresh' });
  await ww.expectStep(0, fresh.steps);
  expect(fresh.steps).toBeLessThan(FIRST.steps / 2);
  expect(fresh.summary.dns.queries).toEqual([]);
  await ww.blur();
  await page.keyboard.press('End');
  await ww.expectStep(fresh.steps, fresh.steps);
  // No connection at any step of a fresh hit.
  await expect(page.getByText('No TCP connection at this step.')).toBeVisible();
  expect(fresh.connections).toEqual([]);
});

test('a waterfall row clicked or pressed: the step where its request is sent', async ({
  ww,
  page,
}) => {
  const sub = simulateJourney(getJourneyBuiltin('journey-subresources')!.scenario);
  const sent = (url: string) => {
    const id = sub.requests.find((r) => r.url.endsWith(url))!.id;
    return stepOf(sub, (e) => e.kind === 'http.request' && e.requestId === id);
  };
  await ww.open('?view=journey&scenario=journey-subresources&lang=en');
  await ww.expectStep(0, sub.steps);
  const waterfall = page.getByRole('group', { name: 'Request waterfall' });
  const inspector = page.locator('.ww-journey-inspector');
  // All sub-resources are found at one step; a click goes to the step where this one is sent.
  const js = waterfall.getByRole('button', { name: /^app-2\.js, status 200, / });
  await js.click();
  await ww.expectStep(sent('/js/app-2.js'), sub.steps);
  await expect(inspector.locator('.ww-insp-title')).toHaveText('HTTP request GET /js/app-2.js');
  await expect(waterfall.locator('.ww-wf-current')).toHaveAttribute(
    'data-id',
    sub.requests.find((r) => r.url.endsWith('/js/app-2.js'))!.id,
  );
  await expect(page).toHaveURL(new RegExp(`step=${sent('/js/app-2.js')}&`));
  // The keyboard: the row above with ↑, then Enter.
  await expect(js).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await ww.expectStep(sent('/css/style-1.css'), sub.steps);
  await expect(inspector.locator('.ww-insp-title')).toHaveText('HTTP request GET /css/style-1.css');
  // The simulation does not model DOMContentLoaded or load: no lines, no legend entries.
  await expect(waterfall.locator('g.ww-wf-mark')).toHaveCount(0);
  await expect(waterfall.getByRole('list', { name: 'Phases' })).not.toContainText('Load');
});

test('invalid URLs get a clear message and nothing else changes', async ({ ww, page }) => {
  await ww.open('?view=journey&scenario=journey-first-visit&step=12&lang=en');
  const address = page.getByRole('combobox', { name: 'Address' });
  const cases: [string, string][] = [
    [
      'javascript:alert(1)',
      'The scheme “javascript:” is not supported here: use http:// or https://.',
    ],
    ['ftp://files.example.com/a.txt', 'The scheme “ftp:” is not supported here'],
    ['', 'Type a URL, e.g. https://www.example.com/'],
    ['https://', '“https://” is not a valid URL.'],
    ['http://localhost/', '“localhost” is not a domain name with a top-level domain'],
    [`https://example.com/${'a'.repeat(2100)}`, 'characters long: at most 2048.'],
  ];
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  for (const [text, message] of cases) {
    await address.fill(text);
    await address.press('Enter');
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(address).toHaveAttribute('aria-invalid', 'true');
    await ww.expectStep(12, FIRST.steps);
    await expect(page.getByTestId('url-parts')).toContainText('www.example.com');
  }
  expect(dialogs).toBe(0);
  await expect(page).not.toHaveURL(/&s=/);
  // Typing again clears the message; a hostile path is only ever text.
  await address.fill('https://example.com/<img src=x onerror=alert(1)>');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await address.press('Enter');
  await expect(page.getByTestId('url-parts')).toContainText('%3Cimg');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('zh-CN: the address bar message and the situation panel are translated', async ({
  ww,
  page,
}) => {
  await ww.open('?view=journey&lang=zh-CN', 'zh-CN');
  const address = page.getByRole('combobox', { name: '地址' });
  await address.fill('ftp://example.com/');
  await address.press('Enter');
  await expect(page.getByRole('alert')).toHaveText(
    '这里不支持“ftp:”协议：请使用 http:// 或 https://。',
  );
  await expect(page.getByRole('combobox', { name: '浏览器缓存' })).toBeVisible();
  await page.keyboard.press('Escape');
});

test('a bad IP gets an inline message and the journey on screen stays', async ({ ww, page }) => {
  await ww.open('?view=journey&scenario=journey-first-visit&step=6&lang=en');
  const gateway = page.getByRole('textbox', { name: 'Default gateway' });
  await gateway.fill('10.0.0.1');
  await expect(gateway).toHaveAttribute('aria-invalid', 'true');
  await expect(gateway).toHaveAccessibleDescription(
    'The gateway must be in the client’s subnet 192.168.1.0/24.',
  );
  await gateway.fill('192.168.1.999');
  await expect(gateway).toHaveAccessibleDescription('Enter an IPv4 address (four numbers 0–255).');
  await ww.expectStep(6, FIRST.steps);
  await gateway.fill('192.168.1.254');
  await expect(gateway).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/&s=%7B/);
  await page.goto(page.url());
  await expect(page.getByRole('textbox', { name: 'Default gateway' })).toHaveValue('192.168.1.254');
});

for (const lang of ['en', 'zh-CN'] as const) {
  test(`journey: no serious or critical axe violations (${lang})`, async ({ ww, page }) => {
    await ww.open(`?view=journey&scenario=journey-first-visit&step=${RESPONSE}&lang=${lang}`, lang);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test("journey-first-visit: the browser's trace equals Node's", async ({ ww, page }) => {
  await ww.open('?view=journey&scenario=journey-first-visit');
  const sha = (s: string) => createHash('sha256').update(s).digest('hex');
  const inBrowser = await page.evaluate(() => window.__wirewalk!.traceJson());
  expect(sha(inBrowser)).toBe(sha(JSON.stringify(FIRST)));
});

test('a 301 leads to the Location typed in the panel: a second journey', async ({ ww, page }) => {
  await ww.open('?view=journey&scenario=journey-first-visit&lang=en');
  await page.getByRole('combobox', { name: 'Server answers' }).selectOption('301');
  const location = page.getByRole('textbox', { name: 'Redirect to (Location)' });
  await expect(location).toHaveValue('https://example.com/index.html');
  await location.fill('ftp://files.example.com/');
  await expect(location).toHaveAttribute('aria-invalid', 'true');
  await location.fill('https://docs.example.org/start');
  await expect(location).not.toHaveAttribute('aria-invalid', 'true');
  const expected = simulateJourney({
    ...FIRST.scenario,
    status: 301,
    redirectTo: 'https://docs.example.org/start',
  });
  expect(expected.journeys.map((j) => j.url.host)).toEqual(['www.example.com', 'docs.example.org']);
  await ww.expectStep(0, expected.steps);
  const waterfall = page.getByRole('group', { name: 'Request waterfall' });
  await expect(waterfall.getByLabel(/^docs\.example\.org\/start, status 200/)).toHaveCount(1);
});
