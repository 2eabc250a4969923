// A HAR file in the URL journey, opened with the Export menu's real file input: the recorded
// requests as the waterfall (the HAR's connection ids, reuse), the inspector with the step's
// request and its headers, a note instead of the topology and the TCP diagram, the address bar
// saying where the journey comes from, Enter simulating again, the DOMContentLoaded and load
// lines, a click (or Enter, Space) on a row going to its request, accessibility (axe), Chinese,
// and the screenshots of the view in both languages.
import { test, expect, type WirewalkPage } from './fixtures/wirewalk';
import { axeViolations } from './fixtures/axe';
import { captureFixture, openTraffic } from './fixtures/capture';
import { analyzeHar } from '../src/capture/har';
import { harTrace } from '../src/capture/harTrace';

const har = analyzeHar(captureFixture('page.har').toString('utf8'));
/** The step at which request `id` starts. */
const startStep = (id: string): number =>
  harTrace(har).events.findIndex((e) => e.kind === 'har.request' && e.requestId === id) + 1;

/** Opens page.har through Export → "Open capture or HAR…" and its file chooser. */
const openHar = (ww: WirewalkPage): Promise<void> =>
  openTraffic(ww, 'page.har', { mimeType: 'application/json' });

test('a HAR file: its requests as the waterfall, headers in the inspector, Enter simulates again', async ({
  ww,
  page,
}) => {
  await ww.open('?view=journey');
  await openHar(ww);
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

  expect(await axeViolations(page, { include: 'main', allImpacts: true })).toEqual([]);

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

test('the DOMContentLoaded and load lines; a row clicked or pressed shows its request', async ({
  ww,
  page,
}) => {
  // page.har (Chrome): onContentLoad 401.07 ms, onLoad 448.748 ms after the first request.
  expect(har.pages[0]).toMatchObject({ onContentLoadMs: 401.07, onLoadMs: 448.748 });
  await ww.open('?view=journey');
  await openHar(ww);
  const waterfall = page.getByRole('group', { name: 'Request waterfall' });
  const marks = waterfall.locator('g.ww-wf-mark');
  await expect(marks.locator('text')).toHaveText(['DOMContentLoaded 401.1 ms', 'Load 448.7 ms']);
  for (const label of await marks.locator('text').all()) await expect(label).toBeVisible();
  await expect(marks.locator('line.is-dcl')).toHaveCount(1);
  await expect(marks.locator('line.is-load')).toHaveCount(1);
  // Blue then red, at their times: the lines are in time order, inside the plot, left of the end.
  const x = async (kind: string) =>
    Number(await marks.locator(`line.is-${kind}`).getAttribute('x1'));
  const colour = (kind: string) =>
    marks.locator(`line.is-${kind}`).evaluate((el) => getComputedStyle(el).stroke);
  expect(await x('dcl')).toBeLessThan(await x('load'));
  expect(await colour('dcl')).toBe('rgb(11, 92, 213)');
  expect(await colour('load')).toBe('rgb(207, 34, 46)');
  const legend = waterfall.getByRole('list', { name: 'Phases and page events' });
  await expect(
    legend.getByRole('listitem').filter({ hasText: /^(DOMContentLoaded|Load)$/ }),
  ).toHaveText(['DOMContentLoaded', 'Load']);
  // The totals, as DevTools' status bar: in the recording's summary and the narration.
  await expect(page.locator('.ww-journey-har')).toContainText(
    'Page eventsDOMContentLoaded 401.1 ms · Load 448.7 ms',
  );
  await expect(ww.narration).toContainText(
    'Page events: DOMContentLoaded 401.1 ms · Load 448.7 ms.',
  );

  // A click on app.js: the player goes to the step where it starts, the inspector shows it.
  const total = await ww.totalSteps();
  const js = har.requests.find((r) => r.url.endsWith('/app.js'))!;
  const jsRow = waterfall.getByRole('button', { name: /^app\.js, status 200, / });
  await jsRow.click();
  await ww.expectStep(startStep(js.id), total);
  const inspector = page.locator('.ww-journey-inspector');
  await expect(inspector.locator('.ww-insp-title')).toHaveText('GET /app.js');
  await expect(waterfall.locator('.ww-wf-current')).toHaveAttribute('data-id', js.id);
  // The row keeps the focus (a visible ring); the hover tooltip still shows.
  await expect(jsRow).toBeFocused();
  await expect(waterfall.locator('.ww-wf-tip')).toContainText(js.url);

  // Keyboard: the next row with ↓, then Enter; Space on another row, and playback stays paused.
  await page.keyboard.press('ArrowDown');
  const next = har.requests[har.requests.indexOf(js) + 1]!;
  const nextName = new URL(next.url).pathname;
  await expect(page.locator('.ww-wf-hit:focus')).toHaveAttribute(
    'aria-label',
    new RegExp(`^${nextName.split('/').pop()!.replace('.', '\\.')}, `),
  );
  expect(
    await page.locator('.ww-wf-hit:focus').evaluate((el) => getComputedStyle(el).stroke),
  ).not.toBe('none');
  await page.keyboard.press('Enter');
  await ww.expectStep(startStep(next.id), total);
  await expect(inspector.locator('.ww-insp-title')).toHaveText(`GET ${nextName}`);
  await page.keyboard.press('Home');
  await page.keyboard.press(' ');
  await ww.expectStep(startStep(har.requests[0]!.id), total);
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await expect(inspector.locator('.ww-insp-title')).toHaveText(
    `GET ${har.requests[0]!.url.replace(/^https?:\/\//, '')}`,
  );
});

for (const lang of ['en', 'zh-CN'] as const) {
  test(`screenshot har-${lang}`, async ({ ww, page }) => {
    await page.setViewportSize({ width: 1400, height: 1000 });
    // From the default view: opening a HAR switches to the URL journey.
    await ww.open(`?lang=${lang}`, lang);
    await openHar(ww);
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
