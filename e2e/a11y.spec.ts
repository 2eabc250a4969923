// Accessibility: axe-core finds no serious or critical violation on every view (TCP, congestion
// lab in both models, URL journey) in both languages and both themes, nor in the keyboard help;
// `theme=` wins over the system's preference; the page works with the keyboard alone (tabs,
// shortcuts, the "?" help dialog, visible focus); the event list is the diagram as text.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/wirewalk';
import { axeViolations } from './fixtures/axe';

const LANGS = ['en', 'zh-CN'] as const;
const THEMES = ['light', 'dark'] as const;

/** Every view at a busy step, and what to open so axe sees the collapsed panels too. */
const VIEWS = [
  {
    name: 'tcp',
    query: '?view=tcp&scenario=lost-syn&step=6',
    panels: ['.ww-params > summary', '.ww-events > summary'],
  },
  {
    name: 'congestion (rounds)',
    query: '?view=congestion&scenario=cc-reno-vs-tahoe&step=13',
    panels: [],
  },
  {
    name: 'congestion (segments)',
    query: '?view=congestion&scenario=cc-bottleneck-sawtooth&step=575',
    panels: [],
  },
  {
    name: 'journey',
    query: '?view=journey&scenario=journey-first-visit&step=23',
    panels: [],
  },
] as const;

const rootBackground = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const LIGHT_BG = 'rgb(246, 248, 250)';
const DARK_BG = 'rgb(1, 4, 9)';

for (const view of VIEWS)
  for (const lang of LANGS)
    for (const theme of THEMES) {
      test(`no serious or critical axe violations: ${view.name}, ${lang}, ${theme}`, async ({
        ww,
        page,
      }) => {
        await ww.open(`${view.query}&lang=${lang}&theme=${theme}`, lang);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        expect(await rootBackground(page)).toBe(theme === 'dark' ? DARK_BG : LIGHT_BG);
        for (const panel of view.panels) await page.locator(panel).click();
        expect(await axeViolations(page)).toEqual([]);
      });
    }

for (const lang of LANGS)
  for (const theme of THEMES) {
    test(`no serious or critical axe violations in the keyboard help: ${lang}, ${theme}`, async ({
      ww,
      page,
    }) => {
      await ww.open(`?scenario=normal&lang=${lang}&theme=${theme}`, lang);
      await ww.blur();
      await page.keyboard.press('?');
      await expect(page.getByRole('dialog')).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }

test('the theme in the URL wins over the system preference; the theme select switches it', async ({
  ww,
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await ww.open('?scenario=normal&theme=light');
  expect(await rootBackground(page)).toBe(LIGHT_BG);
  const select = page.getByRole('combobox', { name: 'Theme', exact: true });
  await expect(select).toHaveValue('light');

  await select.selectOption('system');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  expect(await rootBackground(page)).toBe(DARK_BG);
  await expect(page).not.toHaveURL(/theme=/);

  await page.emulateMedia({ colorScheme: 'light' });
  expect(await rootBackground(page)).toBe(LIGHT_BG);
  await select.selectOption('dark');
  expect(await rootBackground(page)).toBe(DARK_BG);
  await expect(page).toHaveURL(/theme=dark/);
  // The diagrams follow: their background comes from the same light-dark pairs.
  const svgBg = await page
    .locator('.ww-seq-scroll')
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(svgBg).toBe('rgb(13, 17, 23)');
});

/** Is the focused element drawn with a visible focus indicator (outline or SVG stroke)? */
const focusVisible = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return false;
    const s = getComputedStyle(el);
    if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) return true;
    // SVG focusables draw their own ring: a hit area that gets a stroke.
    const hit = el.matches('.ww-cw-hit, .ww-wf-hit') ? el : el.querySelector('.ww-seq-hit');
    return !!hit && getComputedStyle(hit).stroke !== 'transparent';
  });

test('keyboard only: header, view tabs, help dialog, shortcuts, visible focus', async ({
  ww,
  page,
}) => {
  await ww.open('?scenario=lost-syn');
  const total = await ww.totalSteps();

  await test.step('the selected view tab is the first stop; arrows switch views', async () => {
    await page.keyboard.press('Tab');
    await expect(ww.viewTab('tcp')).toBeFocused();
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect(ww.viewTab('congestion')).toBeFocused();
    await expect(ww.viewTab('congestion')).toHaveAttribute('aria-selected', 'true');
    await expect(ww.roundText).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(ww.viewTab('journey')).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Home');
    await expect(ww.viewTab('tcp')).toHaveAttribute('aria-selected', 'true');
    await expect(ww.viewTab('tcp')).toBeFocused();
  });

  const help = page.getByRole('button', { name: 'Keyboard shortcuts (?)' });
  await test.step('Tab reaches every header control, each with a visible focus', async () => {
    for (let i = 0; i < 12 && !(await help.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
      expect(await focusVisible(page)).toBe(true);
    }
    await expect(help).toBeFocused();
  });

  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await test.step('the help dialog opens, takes focus, closes with Escape', async () => {
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
    await expect(dialog.getByRole('table', { name: 'Player' })).toContainText('Play or pause');
    // The player behind a modal dialog does not move.
    await page.keyboard.press('ArrowRight');
    await ww.expectStep(0, total);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(help).toBeFocused();
  });

  await test.step('"?" opens it from anywhere but a field', async () => {
    await page.keyboard.press('?');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(help).toBeFocused();
    await ww.scenario.focus();
    await page.keyboard.press('?');
    await expect(dialog).toBeHidden();
    await help.focus();
  });

  await test.step('arrows, Home and End step the player, also from a focused arrow', async () => {
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await ww.expectStep(2, total);
    // An arrow of the sequence diagram shows its focus; the player's keys still work there.
    await ww.segment(1).focus();
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press('ArrowLeft');
    await ww.expectStep(1, total);
    await page.keyboard.press('End');
    await ww.expectStep(total, total);
    await page.keyboard.press('Home');
    await ww.expectStep(0, total);
  });
});

test('the event list gives every step as text and marks the current one', async ({ ww, page }) => {
  await ww.open('?scenario=lost-syn&step=6');
  const events = page.locator('.ww-events');
  await events.locator('summary').focus();
  await page.keyboard.press('Enter');
  const list = page.getByRole('region', { name: 'Events, step by step' });
  await expect(list).toBeVisible();
  const total = await ww.totalSteps();
  await expect(list.locator('ol > li')).toHaveCount(total + 1);
  const current = list.locator('li[aria-current="step"]');
  await expect(current).toHaveCount(1);
  await expect(current).toContainText('Step 6');
  // The same sentences as the narration of that step.
  for (const sentence of await ww.narration.locator('li').allInnerTexts())
    await expect(current).toContainText(sentence);
  await ww.blur();
  await page.keyboard.press('ArrowRight');
  await expect(current).toContainText('Step 7');
});
