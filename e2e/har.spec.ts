// A HAR file in the URL journey, opened with the Export menu's real file input: the recorded
// requests as the waterfall (the HAR's connection ids, reuse), the inspector with the step's
// request and its headers, a note instead of the topology and the TCP diagram, the address bar
// saying where the journey comes from, Enter simulating again, accessibility (axe), Chinese, and
// the screenshots of the view in both languages.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/wirewalk';
import { analyzeHar } from '../src/capture/har';
import { harTrace } from '../src/capture/harTrace';

const PAGE_HAR = readFileSync(new URL('../src/capture/fixtures/page.har', import.meta.url));
const har = analyzeHar(PAGE_HAR.toString('utf8'));
/** The step at which request `id` starts. */
const startStep = (id: string): number =>
  harTrace(har).events.findIndex((e) => e.kind === 'har.request' && e.requestId === id) + 1;

const MENU = {
  en: { export: 'Export', open: 'Open capture or HAR…' },
  'zh-CN': { export: '导出', open: '打开抓包或 HAR 文件…' },
} as const;

/** Opens page.har through Export → "Open capture or HAR…" and its file chooser. */
async function openHar(page: Page, lang: keyof typeof MENU = 'en'): Promise<void> {
  await page.getByRole('button', { name: MENU[lang].export, exact: true }).click();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('menuitem', { name: MENU[lang].open, exact: true }).click(),
  ]);
  await chooser.setFiles({ name: 'page.har', mimeType: 'application/json', buffer: PAGE_HAR });
}

test('a HAR file: its requests as the waterfall, headers in the inspector, Enter simulates again', async ({
  ww,
  page,
}) => {
  await ww.open('?view=journey');
  await openHar(page);
  await expect(page.getByTestId('har-source')).toContainText(
    'From page.har: the journey as the browser recorded it.',
  );
  // The scenario menu names the file, not a built-in it is not showing.
  await expect(ww.scenario.locator('option:checked')).toHaveText('From page.har');
  const waterfall = page.locator('.ww-journey-waterfall');
  await expect(waterfall.locator('g.ww-wf-row')).toHaveCount(har.requests.length);
  // The Connection column: the HAR's own connection ids, in order of start.
  await expect(waterfall.locator('text.ww-wf-conn')).toHaveText(
    har.requests.map((r) => `#${r.connection}`),
  );
  // No topology or TCP diagram: a note says why.
  await expect(page.locator('.ww-journey-topology')).toHaveCount(0);
  await expect(page.locator('.ww-journey-tcp')).toHaveCount(0);
  await expect(page.getByTestId('har-no-packets')).toContainText('no network topology');
  await ww.expectStep(0, await ww.totalSteps());

  // Step to the first request reusing a connection: the narration and the inspector say so.
  const reused = har.requests.find((r) => r.reused)!;
  const name = new URL(reused.url).pathname;
  await ww.blur();
  for (let i = startStep(reused.id); i > 0; i--) await page.keyboard.press('ArrowRight');
  await expect(ww.narration).toContainText(`GET ${name} starts at`);
  await expect(ww.narration).toContainText(`on connection ${reused.connection} (reused)`);
  const inspector = page.locator('.ww-journey-inspector');
  await expect(inspector.locator('.ww-insp-title')).toHaveText(`GET ${name}`);
  await expect(inspector.getByRole('table', { name: /^Request headers \(\d+\)$/ })).toBeVisible();
  await expect(inspector.getByRole('table', { name: /^Response headers \(\d+\)$/ })).toBeVisible();
  await expect(
    inspector.getByRole('row', { name: new RegExp(`^Host ${new URL(reused.url).host}$`) }),
  ).toBeVisible();

  const axe = await new AxeBuilder({ page }).include('main').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual(
    [],
  );

  // The recorded page is on localhost: Enter refuses it (no top-level domain), the HAR stays.
  const address = page.locator('.ww-address-input');
  await expect(address).toHaveValue(har.requests[0]!.url);
  await address.press('Enter');
  await expect(page.getByRole('alert')).toContainText('is not a domain name');
  await expect(page.getByTestId('har-source')).toHaveCount(0);
  await expect(waterfall.locator('g.ww-wf-row')).toHaveCount(har.requests.length);
  // Another URL and Enter: a simulation again.
  await address.fill('https://www.example.com/');
  await address.press('Enter');
  await expect(page.locator('.ww-journey-topology svg')).toBeVisible();
  await expect(page.getByTestId('har-no-packets')).toHaveCount(0);
});

for (const lang of ['en', 'zh-CN'] as const) {
  test(`screenshot har-${lang}`, async ({ ww, page }) => {
    await page.setViewportSize({ width: 1400, height: 1000 });
    // From the default view: opening a HAR switches to the URL journey.
    await ww.open(`?lang=${lang}`, lang);
    await openHar(page, lang);
    await expect(page.getByTestId('har-source')).toBeVisible();
    await expect(ww.viewTab('journey')).toHaveAttribute('aria-selected', 'true');
    // The "opened" message is not part of the view.
    await page.locator('.ww-export-message').getByRole('button').click();
    if (lang === 'zh-CN') {
      await expect(page.getByTestId('har-source')).toContainText('浏览器录下的真实过程');
      await expect(page.locator('.ww-journey-waterfall .ww-wf-legend li').first()).toHaveText(
        '排队 (Queueing)',
      );
    }
    // The step where the last request queued for a free connection (then reusing one) starts.
    const queued = har.requests.filter((r) => r.reused).at(-1)!;
    await ww.blur();
    for (let i = startStep(queued.id); i > 0; i--) await page.keyboard.press('ArrowRight');
    await ww.expectStep(startStep(queued.id), await ww.totalSteps());
    await page.screenshot({ path: `docs/screenshots/har-${lang}.png` });
  });
}
