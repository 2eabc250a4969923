// Export and open, in every view: the menu with the keyboard, SVG/PNG/JSON/CSV/Mermaid downloads
// checked by name and content, opening scenario and trace files (chooser and drop), traces saved
// from a capture or a HAR opened again as what they show, bad files with a message and a page
// that keeps working, and the print layout.
import type { Page } from '@playwright/test';
import { test, expect, type WirewalkPage } from './fixtures/wirewalk';
import { axeViolations } from './fixtures/axe';
import { openTraffic, showConversation } from './fixtures/capture';
import {
  chooseFile,
  download,
  downloadText as text,
  dropFile,
  expectStandaloneSvg,
  exportButton,
  exportItem,
  exportMenu,
  pngSize,
} from './fixtures/exportMenu';
import { getCongestionBuiltin } from '../src/scenarios/congestionBuiltins';
import { getJourneyBuiltin } from '../src/scenarios/journeyBuiltins';
import { simulateJourney } from '../src/engine/journey/simulate';

const traceJson = (page: Page) => page.evaluate(() => window.__wirewalk!.traceJson());

/** Opens a JSON file through "Open scenario or trace…" and its file chooser. */
const openFile = (ww: WirewalkPage, name: string, content: string | Buffer): Promise<void> =>
  chooseFile(ww, 'openFile', { name, buffer: Buffer.from(content), mimeType: 'application/json' });

test('the menu works with the keyboard and gives focus back', async ({ ww, page }) => {
  await ww.open('?scenario=lost-syn&step=3');
  await exportButton(ww).focus();
  await page.keyboard.press('ArrowDown');
  await expect(exportItem(ww, 'Download SVG')).toBeFocused();
  await expect(exportButton(ww)).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(exportItem(ww, 'Open scenario or trace…')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(exportItem(ww, 'Download SVG')).toBeFocused();
  await page.keyboard.press('End');
  await expect(exportItem(ww, 'Open scenario or trace…')).toBeFocused();
  // ← → are the player's keys elsewhere: inside the menu they do not step.
  await page.keyboard.press('ArrowRight');
  await ww.expectStep(3, 20);
  await page.keyboard.press('Escape');
  await expect(exportMenu(ww)).toHaveCount(0);
  await expect(exportButton(ww)).toBeFocused();
  await expect(exportButton(ww)).toHaveAttribute('aria-expanded', 'false');
  // Enter opens it on the first item; Enter on an item runs it and closes the menu.
  await page.keyboard.press('Enter');
  await expect(exportItem(ww, 'Download SVG')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(exportItem(ww, 'Download trace (JSON)')).toBeFocused();
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(file.suggestedFilename()).toBe('wirewalk-tcp-lost-syn.json');
  await expect(exportMenu(ww)).toHaveCount(0);
  await expect(exportButton(ww)).toBeFocused();
});

test('the open menu and its messages pass axe, light and dark', async ({ ww, page }) => {
  for (const theme of ['light', 'dark']) {
    await ww.open(`?view=journey&theme=${theme}`);
    await expect(page.locator('.ww-journey-topology svg[viewBox]')).toBeVisible();
    await exportButton(ww).click();
    await expect(exportMenu(ww)).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await openFile(ww, 'bad.json', JSON.stringify({ kind: 'journey', url: 42 }));
    await expect(page.getByRole('alert')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  }
});

test('TCP view: SVG of every row, PNG, trace, Mermaid', async ({ ww, page, context }) => {
  // A run taller than the scroll window: the screen draws only the rows near the cursor.
  await page.setViewportSize({ width: 1280, height: 560 });
  await ww.open('?scenario=half-close');
  await ww.blur();
  await page.keyboard.press('End');
  const trace = JSON.parse(await traceJson(page)) as { events: { kind: string }[] };
  const segments = trace.events.filter((e) => e.kind === 'segment.sent').length;
  const onScreen = await page.locator('.ww-sequence g.ww-seq-seg').count();
  expect(onScreen).toBeLessThan(segments);

  await test.step('SVG', async () => {
    const file = await download(ww, 'Download SVG');
    expect(file.suggestedFilename()).toBe('wirewalk-tcp-half-close-sequence.svg');
    const svg = await text(file);
    const size = expectStandaloneSvg(svg);
    expect(size.width).toBeGreaterThan(300);
    // Every row, not only the scroll window on screen.
    expect(svg.match(/data-id="seg-\d+"/g)).toHaveLength(segments);
    expect(svg).toContain('>SYN seq=0<');
    expect(svg).toContain('>Client<');
    expect(svg).toContain('>Server<');
    expect(svg).toContain('<title>Wirewalk: sequence diagram, step');
  });

  await test.step('PNG at 2×', async () => {
    const file = await download(ww, 'Download PNG');
    expect(file.suggestedFilename()).toBe('wirewalk-tcp-half-close-sequence.png');
    const { width, height } = await pngSize(file);
    const svg = expectStandaloneSvg(await text(await download(ww, 'Download SVG')));
    expect(width).toBe(svg.width * 2);
    expect(height).toBe(svg.height * 2);
  });

  await test.step('trace JSON', async () => {
    const file = await download(ww, 'Download trace (JSON)');
    expect(file.suggestedFilename()).toBe('wirewalk-tcp-half-close.json');
    expect(await text(file)).toBe(await traceJson(page));
  });

  await test.step('Mermaid: download and copy', async () => {
    const file = await download(ww, 'Download as Mermaid');
    expect(file.suggestedFilename()).toBe('wirewalk-tcp-half-close.mmd');
    const mmd = await text(file);
    expect(
      mmd.startsWith('sequenceDiagram\n    participant Client\n    participant Server\n'),
    ).toBe(true);
    expect(mmd).toContain('    Note left of Client: FIN-WAIT-2\n');
    expect(mmd.match(/^ {4}(Client|Server)(->>|-x)(Client|Server): /gm)).toHaveLength(segments);

    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await exportButton(ww).click();
    await exportItem(ww, 'Copy as Mermaid').click();
    await expect(page.getByRole('status')).toHaveText(/The Mermaid text is on the clipboard\./);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(mmd);
  });
});

test('congestion lab: chart SVG with its legend, PNG, trace, table CSV', async ({ ww, page }) => {
  await ww.open('?view=congestion&scenario=cc-reno-vs-tahoe&step=14');
  await expect(page.locator('.ww-lab-chart svg[viewBox]')).toBeVisible();
  const svg = await text(await download(ww, 'Download SVG'));
  expectStandaloneSvg(svg);
  expect(svg).toContain('>cwnd · Reno<');
  expect(svg).toContain('>cwnd · Tahoe<');
  expect(svg).toContain('>ssthresh<');
  const png = await download(ww, 'Download PNG');
  expect(png.suggestedFilename()).toBe('wirewalk-congestion-cc-reno-vs-tahoe-cwnd.png');
  expect((await pngSize(png)).width).toBeGreaterThan(600);
  const json = await download(ww, 'Download trace (JSON)');
  expect(json.suggestedFilename()).toBe('wirewalk-congestion-cc-reno-vs-tahoe.json');
  expect(await text(json)).toBe(await traceJson(page));
  const csv = await download(ww, 'Download table (CSV)');
  expect(csv.suggestedFilename()).toBe('wirewalk-congestion-cc-reno-vs-tahoe-rounds.csv');
  const lines = (await text(csv)).split('\n');
  expect(lines[0]).toBe('round,cwnd,ssthresh,phase,firstSegment,lastSegment,algorithm');
  expect(lines).toContain('13,11,8,fastRecovery,116,126,reno');
});

test('journey: topology and waterfall SVG/PNG, trace, waterfall CSV', async ({ ww, page }) => {
  await ww.open('?view=journey&scenario=journey-first-visit&step=23');
  // The view's code loads after the player bar: export once its drawings are there.
  await expect(page.locator('.ww-journey-topology svg[viewBox]')).toBeVisible();
  await expect(page.locator('.ww-journey-waterfall svg[viewBox]')).toBeVisible();
  const topo = await text(await download(ww, 'Download topology (SVG)'));
  expectStandaloneSvg(topo);
  expect(topo).toContain('>Browser<');
  const wfFile = await download(ww, 'Download waterfall (SVG)');
  expect(wfFile.suggestedFilename()).toBe('wirewalk-journey-journey-first-visit-waterfall.svg');
  const wf = await text(wfFile);
  expectStandaloneSvg(wf);
  // The phase legend is drawn, and its swatches' patterns resolve inside the file.
  expect(wf).toContain('>Initial connection<');
  for (const [, id] of wf.matchAll(/url\(#([\w-]+)\)/g)) expect(wf).toContain(`id="${id}"`);
  expect((await pngSize(await download(ww, 'Download topology (PNG)'))).width).toBeGreaterThan(600);
  await pngSize(await download(ww, 'Download waterfall (PNG)'));
  expect(await text(await download(ww, 'Download trace (JSON)'))).toBe(await traceJson(page));
  const csvFile = await download(ww, 'Download waterfall (CSV)');
  expect(csvFile.suggestedFilename()).toBe('wirewalk-journey-journey-first-visit-waterfall.csv');
  const csv = (await text(csvFile)).split('\n');
  expect(csv[0]).toMatch(/^id,navigation,url,type,method,status,/);
  expect(csv[1]).toMatch(/^req-1,1,https?:\/\//);
});

test('Chinese: the exported diagram keeps its CJK text', async ({ ww }) => {
  await ww.open('?scenario=normal&step=9&lang=zh-CN', 'zh-CN');
  const svg = await text(await download(ww, '下载 SVG'));
  expect(svg).toContain('>客户端<');
  expect(svg).toContain('Noto Sans CJK SC');
  await pngSize(await download(ww, '下载 PNG'));
});

test('opening a scenario file switches to its view and runs it', async ({ ww, page }) => {
  await ww.open('?scenario=normal');
  const cc = getCongestionBuiltin('cc-classic')!;
  const scenario = { ...(cc.input as Record<string, unknown>), id: 'my-lab', rounds: 12 };
  await openFile(ww, 'my-lab.json', JSON.stringify(scenario));
  await expect(ww.viewTab('congestion')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('status')).toHaveText(/Opened the scenario “my-lab\.json”\./);
  const trace = JSON.parse(await traceJson(page)) as { kind: string; scenario: { rounds: number } };
  expect(trace.kind).toBe('congestion');
  expect(trace.scenario.rounds).toBe(12);
  await ww.expectStep(0, 12);
  const json = await download(ww, 'Download trace (JSON)');
  expect(json.suggestedFilename()).toBe('wirewalk-congestion-my-lab.json');
});

test('opening a trace re-simulates its scenario and compares', async ({ ww, page }) => {
  await ww.open('?scenario=normal');
  const b = getJourneyBuiltin('journey-tls12-rsa')!;
  const trace = simulateJourney(b.scenario);
  await openFile(ww, 'journey.json', JSON.stringify(trace, null, 2));
  await expect(ww.viewTab('journey')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('status')).toHaveText(
    /Opened the trace “journey\.json”: simulated again from its scenario, with the same result\./,
  );
  expect(await traceJson(page)).toBe(JSON.stringify(trace));

  // A trace edited by hand: the scenario is the truth, and the menu says they differ.
  await openFile(ww, 'edited.json', JSON.stringify({ ...trace, endMs: trace.endMs + 1 }));
  await expect(page.getByRole('alert')).toContainText('the run differs from the trace in the file');
  expect(await traceJson(page)).toBe(JSON.stringify(trace));
});

test('a file dropped on the page opens too', async ({ ww, page }) => {
  await ww.open('?view=congestion');
  const scenario = JSON.stringify(getJourneyBuiltin('journey-cache-fresh')!.input);
  const file = {
    name: 'dropped.json',
    buffer: Buffer.from(scenario),
    mimeType: 'application/json',
  };
  await dropFile(page, file, async () => {
    await expect(page.getByText('Drop a scenario or trace file (.json) to open it')).toBeVisible();
  });
  await expect(ww.viewTab('journey')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('Drop a scenario or trace file (.json) to open it')).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText(/Opened the scenario “dropped\.json”/);
});

test('bad files get a clear message and the page keeps working', async ({ ww, page }) => {
  await ww.open('?scenario=normal&step=2');
  const total = await ww.totalSteps();
  const before = await traceJson(page);
  const alert = page.getByRole('alert');

  await openFile(ww, 'notes.json', 'this is not JSON');
  await expect(alert).toContainText('“notes.json” is not JSON');

  await openFile(ww, 'array.json', '[1, 2, 3]');
  await expect(alert).toContainText('is neither a Wirewalk scenario nor a Wirewalk trace');

  await openFile(ww, 'bad.json', JSON.stringify({ kind: 'congestion', rounds: -5 }));
  await expect(alert).toContainText('“bad.json” is not a valid scenario:');
  await expect(alert.getByRole('listitem').first()).toContainText(':');

  await openFile(ww, 'huge.json', Buffer.alloc(5 * 1024 * 1024 + 1, 0x20));
  await expect(alert).toContainText('“huge.json” is 5.0 MB; files up to 5 MB can be opened.');

  // Hostile strings are shown as text, never run or parsed as markup.
  await page.evaluate(() => ((window as unknown as { pwned: boolean }).pwned = false));
  const hostile = '<img src=x onerror="window.pwned=true">';
  await openFile(
    ww,
    `${hostile}.json`,
    JSON.stringify({ kind: 'tcp', id: hostile, rttMs: '<script>window.pwned=true</script>' }),
  );
  await expect(alert).toContainText(hostile);
  await expect(alert.locator('img, script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { pwned: boolean }).pwned)).toBe(false);

  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toHaveCount(0);
  // Same view, same run, and the player still steps.
  expect(await traceJson(page)).toBe(before);
  await ww.button('forward').click();
  await ww.expectStep(3, total);
});

/** Saves the trace on screen with the menu: its file name and text. */
async function saveTrace(ww: WirewalkPage): Promise<{ name: string; json: string }> {
  const file = await download(ww, 'Download trace (JSON)');
  return { name: file.suggestedFilename(), json: await text(file) };
}
const parsed = async (page: Page) => JSON.parse(await traceJson(page)) as Record<string, unknown>;

test('a trace saved from a captured conversation opens again as that conversation', async ({
  ww,
  page,
  pageErrors,
}) => {
  await ww.open('?scenario=normal');
  await openTraffic(ww, 'bulk-loss.pcapng');
  await showConversation(ww, 'tcp');
  const saved = await saveTrace(ww);
  expect(saved.name).toBe('wirewalk-tcp-capture-conv-1.json');

  // Back to a simulation in another view, then the file: the TCP view and the conversation.
  await ww.viewTab('journey').click();
  await expect(page.locator('.ww-journey-topology svg[viewBox]')).toBeVisible();
  await openFile(ww, saved.name, saved.json);
  await expect(ww.viewTab('tcp')).toHaveAttribute('aria-selected', 'true');
  const status = page.getByRole('status').filter({ hasText: 'captured conversation' });
  await expect(status).toContainText(
    `Opened the captured conversation conv-1 from “${saved.name}”: rebuilt from the packets in the file, it is the same as the file’s trace.`,
  );
  await expect(status).toContainText('a reload shows a simulation again');
  const head = page.locator('.ww-capture-head');
  await expect(head.getByTestId('capture-file')).toHaveText(`Conversation conv-1 of ${saved.name}`);
  const marks = head.getByTestId('capture-marks');
  await expect(marks).toContainText('Duplicate ACK: ');
  await expect(marks).toContainText('Lost segment: ');
  await expect(ww.scenario.locator('option:checked')).toHaveText(`From ${saved.name}`);
  // The same trace, now saying which file it was opened from.
  const before = JSON.parse(saved.json) as { capture: Record<string, unknown> };
  expect(await parsed(page)).toEqual({
    ...before,
    capture: { ...before.capture, fileName: saved.name },
  });
  const total = await ww.totalSteps();
  await ww.expectStep(0, total);
  await ww.blur();
  await page.keyboard.press('ArrowRight');
  await ww.expectStep(1, total);

  // Like a capture opened directly: not in the address, and Share says so.
  await expect.poll(() => new URL(page.url()).search).toBe('?view=tcp&step=1&lang=en');
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const note = page.getByRole('group', { name: 'An opened file cannot be shared as a link' });
  await expect(note).toContainText(`“${saved.name}” stays on this computer`);
  await page.keyboard.press('Escape');
  expect(pageErrors).toEqual([]);
});

test('a congestion trace of a capture opens again with the direction it showed', async ({
  ww,
  page,
}) => {
  await ww.open('?view=congestion');
  await openTraffic(ww, 'bulk-loss.pcapng');
  await showConversation(ww, 'congestion');
  const direction = page.getByTestId('capture-direction');
  const other = (await direction.inputValue()) === 'client' ? 'server' : 'client';
  await direction.selectOption(other);
  const saved = await saveTrace(ww);
  await ww.chooseScenario('Three duplicate ACKs: Reno vs Tahoe');
  await expect(page.locator('.ww-tt')).toHaveCount(0);

  await openFile(ww, saved.name, saved.json);
  await expect(page.getByRole('status').filter({ hasText: 'Opened' })).toContainText(
    `Opened the captured conversation conv-1 from “${saved.name}”: rebuilt from the packets in the file, it is the same as the file’s trace.`,
  );
  await expect(page.locator('.ww-tt-chart')).toHaveCount(2);
  await expect(direction).toHaveValue(other);
  await expect(page.getByRole('region', { name: 'Captured conversation' })).toContainText(
    `${saved.name} · conv-1`,
  );
  expect(await parsed(page)).toEqual(JSON.parse(saved.json));
  await expect.poll(() => new URL(page.url()).search).toBe('?view=congestion&step=0&lang=en');
});

test('a HAR trace opens again as the recorded waterfall', async ({ ww, page }) => {
  await ww.open('?view=journey');
  await openTraffic(ww, 'page.har');
  await expect(page.getByTestId('har-source')).toBeVisible();
  const saved = await saveTrace(ww);
  const rows = page.locator('.ww-journey-waterfall g.ww-wf-row');
  const count = await rows.count();
  await ww.chooseScenario('First visit to an HTTPS page');
  await expect(page.getByTestId('har-source')).toHaveCount(0);

  await openFile(ww, saved.name, saved.json);
  await expect(page.getByRole('status')).toContainText(
    `Opened the HAR requests from “${saved.name}”: the waterfall rebuilt from them is the same as the file’s trace.`,
  );
  await expect(page.getByTestId('har-source')).toContainText(`From ${saved.name}`);
  await expect(ww.scenario.locator('option:checked')).toHaveText(`From ${saved.name}`);
  await expect(rows).toHaveCount(count);
  expect(await parsed(page)).toEqual(JSON.parse(saved.json));
});

test('an edited or damaged trace of a capture: the menu says so, the page keeps working', async ({
  ww,
  page,
}) => {
  await ww.open('?scenario=normal');
  await openTraffic(ww, 'http10-close.pcap');
  await showConversation(ww, 'tcp');
  const saved = JSON.parse((await saveTrace(ww)).json) as {
    events: { t: number }[];
    capture: { segments: { flags: string[] }[] };
  };

  // Derived data edited: shown rebuilt from the packets, with a warning.
  const edited = structuredClone(saved);
  edited.events[4]!.t += 1000;
  await openFile(ww, 'edited.json', JSON.stringify(edited));
  await expect(page.getByRole('alert')).toContainText(
    'Opened the captured conversation conv-1 from “edited.json”: rebuilt from the packets in the file, it differs from the file’s trace',
  );
  expect(((await parsed(page)).events as { t: number }[])[4]!.t).toBe(saved.events[4]!.t);

  // Source data damaged: refused, with the field; the conversation stays on screen.
  const before = await traceJson(page);
  const damaged = structuredClone(saved);
  damaged.capture.segments[0]!.flags = ['SYN', '<b>NOPE</b>'];
  await openFile(ww, 'damaged.json', JSON.stringify(damaged));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    '“damaged.json” is a Wirewalk trace of real traffic (a captured conversation or a HAR file), but its data is damaged or was edited, so it cannot be shown:',
  );
  await expect(alert.getByRole('listitem').first()).toContainText('capture.segments[0].flags[1]: ');
  await expect(alert.locator('b')).toHaveCount(0);
  expect(await traceJson(page)).toBe(before);
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  const total = await ww.totalSteps();
  await ww.blur();
  await page.keyboard.press('ArrowRight');
  await ww.expectStep(1, total);

  // In Chinese too.
  await ww.chooseLanguage('zh-CN');
  await openFile(ww, 'damaged.json', JSON.stringify(damaged));
  await expect(page.getByRole('alert')).toContainText('数据已损坏或经过编辑，无法显示');
});

test('print: controls hidden, the whole sequence diagram, then back', async ({ ww, page }) => {
  await ww.open('?scenario=half-close&step=27');
  const trace = JSON.parse(await traceJson(page)) as { events: { kind: string }[] };
  const segments = trace.events.filter((e) => e.kind === 'segment.sent').length;
  // What the browser does around printing. The print module loads when the page is idle:
  // `beforeprint` is sent until it has (preparing again replaces the previous preparation).
  await expect
    .poll(async () => {
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      return page.locator('.ww-print-figure').count();
    })
    .toBe(1);
  await page.emulateMedia({ media: 'print', reducedMotion: 'reduce' });
  await expect(page.locator('.ww-player')).toBeHidden();
  await expect(page.locator('.ww-params').first()).toBeHidden();
  await expect(exportButton(ww)).toBeHidden();
  await expect(page.locator('.ww-print-figure svg')).toBeVisible();
  await expect(page.locator('.ww-print-figure g.ww-seq-seg')).toHaveCount(segments);
  await expect(page.locator('.ww-seq-scroll')).toBeHidden();
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
  await page.emulateMedia({ media: 'screen', reducedMotion: 'reduce' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.locator('.ww-print-figure')).toHaveCount(0);
  await expect(page.locator('.ww-seq-scroll')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
});
