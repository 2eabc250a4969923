// Export for a captured conversation in the congestion view: the menu offers the time/sequence
// graph and the bytes-in-flight chart (SVG, PNG) and the time/sequence data (CSV) instead of the
// cwnd chart and the rounds; the files are named after the conversation and the direction shown,
// the SVGs are standalone and hold each chart's own series and legend, the CSV is the writer's
// output for the trace on screen. Back in the simulation, its items are as before.
import type { Page } from '@playwright/test';
import { test, expect, type WirewalkPage } from './fixtures/wirewalk';
import { openTraffic, showConversation } from './fixtures/capture';
import {
  download,
  downloadText as text,
  expectStandaloneSvg,
  exportButton,
  exportItem,
  exportMenu,
  pngSize,
} from './fixtures/exportMenu';
import { flightCsv } from '../src/viz/tcptrace/csv';
import type { CongestionCaptureTrace } from '../src/engine/congestion/trace';

/** The menu's items for a captured conversation in the congestion view, and what its files hold. */
const NAMES = {
  en: {
    items: [
      'Download time/sequence graph (SVG)',
      'Download time/sequence graph (PNG)',
      'Download bytes-in-flight chart (SVG)',
      'Download bytes-in-flight chart (PNG)',
      'Download trace (JSON)',
      'Download time/sequence data (CSV)',
      'Print…',
      'Open capture or HAR…',
      'Open scenario or trace…',
    ],
    title: (step: number, total: number) =>
      `<title>Wirewalk: time/sequence graph, step ${step} of ${total}</title>`,
    legend: ['Data segment', 'Retransmission', 'ACK + window', 'SACK block'],
    flightLegend: ['Bytes in flight', 'Advertised window'],
  },
  'zh-CN': {
    items: [
      '下载时间/序号图（SVG）',
      '下载时间/序号图（PNG）',
      '下载在途字节图（SVG）',
      '下载在途字节图（PNG）',
      '下载运行记录（JSON）',
      '下载时间/序号数据（CSV）',
      '打印…',
      '打开抓包或 HAR 文件…',
      '打开场景或运行记录…',
    ],
    title: (step: number, total: number) =>
      `<title>Wirewalk：时间/序号图，第 ${step} / ${total} 步</title>`,
    legend: ['数据报文段', '重传', 'ACK + 窗口', 'SACK 块'],
    flightLegend: ['在途字节', '通告窗口'],
  },
} as const;
/** The capture header's direction choice and the way back (English). */
const DIRECTION = 'Data sent by';
const BACK = 'Back to the simulation';

/** Opens bulk-loss.pcapng with "Open capture or HAR…" and shows conv-1 in the congestion view. */
async function showInCongestion(ww: WirewalkPage): Promise<void> {
  await openTraffic(ww, 'bulk-loss.pcapng');
  await showConversation(ww, 'congestion');
  await expect(ww.page.locator('.ww-tt-chart svg.ww-tt-svg')).toHaveCount(2);
}

/** Chooses the menu's item `index` (in NAMES[lang].items) and returns the file it saves. */
const downloadItem = (ww: WirewalkPage, index: number) =>
  download(ww, NAMES[ww.lang].items[index]!);
const traceOnScreen = async (page: Page): Promise<CongestionCaptureTrace> =>
  JSON.parse(await page.evaluate(() => window.__wirewalk!.traceJson())) as CongestionCaptureTrace;

test('a captured conversation exports its two charts and its time/sequence data', async ({
  ww,
  page,
  pageErrors,
}) => {
  await ww.open('?view=congestion&scenario=cc-reno-vs-tahoe');
  await showInCongestion(ww);
  const n = NAMES.en;
  const sender = await page.getByRole('combobox', { name: DIRECTION, exact: true }).inputValue();
  const base = `wirewalk-congestion-conv-1-${sender}`;
  const total = await ww.totalSteps();
  await ww.blur();
  for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowRight');
  await ww.expectStep(40, total);

  // The menu: the capture's charts and data, no cwnd chart, no rounds.
  await exportButton(ww).click();
  await expect(exportMenu(ww).getByRole('menuitem')).toHaveText([...n.items]);
  await page.keyboard.press('Escape');

  // The time/sequence graph: its series, its retransmission marks, its legend, titled.
  const seqSvg = await downloadItem(ww, 0);
  expect(seqSvg.suggestedFilename()).toBe(`${base}-tcptrace.svg`);
  const seq = await text(seqSvg);
  const seqSize = expectStandaloneSvg(seq);
  expect(seq).toContain(n.title(40, total));
  for (const id of ['data', 'ack', 'rwnd', 'sack', 'retransmission-marks'])
    expect(seq).toMatch(new RegExp(`data-id="${id}"[^>]* d="M`));
  expect(seq).not.toContain('data-id="flight"');
  for (const words of n.legend) expect(seq).toContain(`>${words}</text>`);
  expect(seq).toContain('class="ww-tt-cursor"');

  const seqPng = await downloadItem(ww, 1);
  expect(seqPng.suggestedFilename()).toBe(`${base}-tcptrace.png`);
  expect(await pngSize(seqPng)).toEqual({ width: seqSize.width * 2, height: seqSize.height * 2 });

  // The bytes in flight: its own series and legend.
  const flightSvg = await downloadItem(ww, 2);
  expect(flightSvg.suggestedFilename()).toBe(`${base}-flight.svg`);
  const flight = await text(flightSvg);
  const flightSize = expectStandaloneSvg(flight);
  expect(flight).toMatch(/data-id="flight"[^>]* d="M/);
  expect(flight).not.toContain('data-id="sack"');
  for (const words of n.flightLegend) expect(flight).toContain(`>${words}</text>`);
  expect(flightSize.height).toBeLessThan(seqSize.height);

  const flightPng = await downloadItem(ww, 3);
  expect(flightPng.suggestedFilename()).toBe(`${base}-flight.png`);
  expect(await pngSize(flightPng)).toEqual({
    width: flightSize.width * 2,
    height: flightSize.height * 2,
  });

  // The trace and the time/sequence data: exactly the writer's output for the trace on screen.
  const json = await downloadItem(ww, 4);
  expect(json.suggestedFilename()).toBe(`${base}.json`);
  const trace = await traceOnScreen(page);
  expect(JSON.parse(await text(json))).toEqual(trace);
  const csv = await downloadItem(ww, 5);
  expect(csv.suggestedFilename()).toBe(`${base}-flight.csv`);
  const rows = await text(csv);
  expect(rows).toBe(flightCsv(trace));
  expect(rows.split('\n')[0]).toBe('step,frame,t_ms,seq,len,kind,retransmits,bytesInFlight');
  expect(rows.split('\n').length).toBeGreaterThan(300);
  expect(rows).toMatch(/,fast-retransmission,/);

  // The other direction: its own file names.
  const other = sender === 'client' ? 'server' : 'client';
  await page.getByRole('combobox', { name: DIRECTION, exact: true }).selectOption(other);
  const otherCsv = await downloadItem(ww, 5);
  expect(otherCsv.suggestedFilename()).toBe(`wirewalk-congestion-conv-1-${other}-flight.csv`);
  expect(await text(otherCsv)).toBe(flightCsv(await traceOnScreen(page)));

  // Back in the simulation: its own items, which work as before.
  await page.getByRole('button', { name: BACK }).click();
  await expect(page.locator('.ww-cw-svg')).toBeVisible();
  await exportButton(ww).click();
  await expect(exportMenu(ww).getByRole('menuitem')).toHaveText([
    'Download SVG',
    'Download PNG',
    'Download trace (JSON)',
    'Download table (CSV)',
    'Print…',
    'Open capture or HAR…',
    'Open scenario or trace…',
  ]);
  const [cwnd] = await Promise.all([
    page.waitForEvent('download'),
    exportItem(ww, 'Download SVG').click(),
  ]);
  expect(cwnd.suggestedFilename()).toBe('wirewalk-congestion-cc-reno-vs-tahoe-cwnd.svg');
  expect(pageErrors).toEqual([]);
});

test('in zh-CN the items and the exported chart are in Chinese', async ({ ww, page }) => {
  await ww.open('?view=congestion&lang=zh-CN', 'zh-CN');
  await showInCongestion(ww);
  const n = NAMES['zh-CN'];
  await exportButton(ww).click();
  await expect(exportMenu(ww).getByRole('menuitem')).toHaveText([...n.items]);
  await page.keyboard.press('Escape');
  const total = await ww.totalSteps();
  const svg = await text(await downloadItem(ww, 0));
  expectStandaloneSvg(svg);
  expect(svg).toContain(n.title(0, total));
  for (const words of n.legend) expect(svg).toContain(`>${words}</text>`);
  const flight = await text(await downloadItem(ww, 2));
  for (const words of n.flightLegend) expect(flight).toContain(`>${words}</text>`);
});
