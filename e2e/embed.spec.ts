// Share and embed: the embed shell (`embed=1`), autoplay and loop, Share, the Embed dialog, the
// example course page driving an embed, the postMessage API's checks, and the docs' screenshots.
import { test, expect } from './fixtures/wirewalk';
import { axeViolations } from './fixtures/axe';
import { EmbedDialogPage, EmbedFrame, openHostPage, serveWirewalkAt } from './fixtures/embed';

/** Where the preview server serves Wirewalk (playwright.config.ts: WW_E2E_PORT, else 4173). */
const EMBED_ORIGIN = `http://127.0.0.1:${process.env.WW_E2E_PORT ?? 4173}`;

test.describe('embed shell', () => {
  test('shows only the view and the player bar, with a link to the full app', async ({
    ww,
    page,
  }) => {
    await ww.open('?view=tcp&scenario=lost-syn&step=3&lang=en&embed=1');
    const embed = new EmbedFrame(page);
    await expect(embed.header).toHaveCount(0);
    await expect(page.getByRole('tab')).toHaveCount(0);
    await expect(page.locator('.ww-params')).toHaveCount(0);
    await expect(embed.playerBar).toBeVisible();
    // The shell's own stylesheet (its chunk's CSS) is in: no keyboard hint, the link to the right.
    await expect(page.locator('.ww-keys')).toBeHidden();
    await expect(page.locator('.ww-embed-footer')).toHaveCSS('text-align', 'right');
    await ww.expectStep(3, 20);
    await expect(embed.openLink).toHaveAttribute('target', '_blank');
    await expect(embed.openLink).toHaveAttribute('rel', 'noopener');
    await expect(embed.openLink).toHaveAttribute(
      'href',
      '/?view=tcp&scenario=lost-syn&step=3&lang=en',
    );

    await test.step('keyboard shortcuts work, and the link follows the step', async () => {
      await page.getByTestId('narration').click();
      await page.keyboard.press('ArrowRight');
      await ww.expectStep(4, 20);
      await expect(embed.openLink).toHaveAttribute('href', /step=4&lang=en$/);
      await expect(page).toHaveURL(/step=4&lang=en&embed=1$/);
    });
  });

  test('controls=0 hides the player bar; keys still step', async ({ page }) => {
    await page.goto('./?view=tcp&scenario=normal&step=2&lang=en&embed=1&controls=0&theme=dark');
    const embed = new EmbedFrame(page);
    await expect(embed.narrationHeading).toHaveText('Step 2');
    await expect(embed.playerBar).toHaveCount(0);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(embed.openLink).toHaveAttribute('href', /theme=dark$/);
    await page.getByTestId('narration').click();
    await page.keyboard.press('ArrowRight');
    await expect(embed.narrationHeading).toHaveText('Step 3');
    await expect(page).toHaveURL(/step=3&lang=en&theme=dark&embed=1&controls=0$/);
  });

  test('the lab and the journey lose their parameter panels too', async ({ ww, page }) => {
    await ww.open('?view=congestion&scenario=cc-reno-vs-tahoe&step=13&embed=1');
    await expect(page.locator('.ww-lab-chart')).toBeVisible();
    await expect(page.locator('.ww-lab-params')).toHaveCount(0);
    await ww.open('?view=journey&scenario=journey-first-visit&step=5&embed=1');
    await expect(page.locator('.ww-journey-topology')).toBeVisible();
    await expect(page.locator('.ww-journey-params')).toHaveCount(0);
  });

  test('only error notices are shown', async ({ ww, page }) => {
    await ww.open('?view=tcp&scenario=nope&step=999&embed=1&loop=maybe');
    await expect(ww.notices).toHaveCount(1);
    await expect(ww.notices).toContainText('Unknown scenario “nope”');
    await ww.expectStep(18, 18);
    await expect(page.getByRole('banner')).toHaveCount(0);
  });
});

test.describe('autoplay and loop', () => {
  test('autoplay plays, loop starts again from step 0', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.goto('./?view=tcp&scenario=port-closed&step=0&lang=en&embed=1&autoplay=1&loop=1');
    const embed = new EmbedFrame(page);
    await expect(embed.button('Pause')).toBeVisible();
    await embed.expectStep(3, 3);
    // Held on the last step, then played again from the start, and round again.
    await expect(embed.stepText).toHaveText(/^Step [0-2] \/ 3$/);
    await expect(embed.button('Pause')).toBeVisible();
    await embed.expectStep(3, 3);
  });

  test('without loop it stops at the end', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.goto('./?view=tcp&scenario=port-closed&step=0&lang=en&embed=1&autoplay=1');
    const embed = new EmbedFrame(page);
    await embed.expectStep(3, 3);
    await expect(embed.button('Play')).toBeVisible();
    await page.waitForTimeout(2500);
    await embed.expectStep(3, 3);
  });

  test('no autoplay for readers who ask for reduced motion', async ({ ww, page }) => {
    await ww.open('?view=tcp&scenario=port-closed&step=0&lang=en&embed=1&autoplay=1&loop=1');
    await page.waitForTimeout(1500);
    await ww.expectStep(0, 3);
    await expect(ww.button('play')).toBeVisible();
  });
});

test.describe('share', () => {
  test('Share copies the URL of exactly this screen', async ({ ww, page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await ww.open('?view=tcp&scenario=lost-syn&step=5&lang=en');
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    await expect(page.getByText('Link copied to the clipboard.')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(copied).toMatch(/\/\?view=tcp&scenario=lost-syn&step=5&lang=en$/);
  });

  test('without a clipboard the link is shown selected in a field', async ({ ww, page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    });
    await ww.open('?view=congestion&scenario=cc-timeout&step=4&lang=en');
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const field = page.getByRole('textbox', { name: 'Link to this view' });
    await expect(field).toBeFocused();
    await expect(field).toHaveValue(page.url());
    const selected = await field.evaluate(
      (el: HTMLInputElement) => el.selectionEnd! - el.selectionStart! === el.value.length,
    );
    expect(selected).toBe(true);
    await field.press('Escape');
    await expect(field).toHaveCount(0);
  });
});

test.describe('embed dialog', () => {
  test('options change the snippet and the preview; Escape closes', async ({ ww, page }) => {
    await ww.open('?view=tcp&scenario=lost-syn&step=2&lang=en');
    const d = new EmbedDialogPage(page);
    await d.open();
    await expect(d.field('View')).toBeFocused();
    await expect(d.snippet).toHaveValue(
      [
        '<iframe',
        `  src="${EMBED_ORIGIN}/?view=tcp&amp;scenario=lost-syn&amp;step=2&amp;lang=en&amp;embed=1"`,
        '  width="100%"',
        '  height="640"',
        '  title="Wirewalk: Lost SYN"',
        '  loading="lazy"',
        '></iframe>',
      ].join('\n'),
    );
    await expect(d.preview).toHaveAttribute('sandbox', 'allow-scripts allow-same-origin');
    await d.previewFrame.expectStep(2, 20);

    await test.step('player controls, theme, language, loop, step', async () => {
      await d.dialog.getByLabel('Show the player controls').uncheck();
      await d.dialog.getByLabel('Loop: start again after the last step').check();
      await d.field('Theme').selectOption('dark');
      await d.field('Language').selectOption('zh-CN');
      await d.field('Start step').fill('7');
      await expect(d.snippet).toHaveValue(
        /step=7&amp;lang=zh-CN&amp;theme=dark&amp;embed=1&amp;loop=1&amp;controls=0"/,
      );
      await expect(d.snippet).toHaveValue(/title="Wirewalk：SYN 丢失"/);
      await expect(d.preview).toHaveAttribute(
        'src',
        /step=7&lang=zh-CN&theme=dark&embed=1&loop=1&controls=0$/,
      );
      await expect(d.previewFrame.playerBar).toHaveCount(0);
      await expect(d.previewFrame.root.getByTestId('narration').locator('h3')).toHaveText(
        '第 7 步',
      );
    });

    await test.step('height and origin are validated inline', async () => {
      await d.field('Height in pixels').fill('120');
      await expect(d.field('Height in pixels')).toHaveAttribute('aria-invalid', 'true');
      await expect(
        d.dialog.getByText('Enter a whole number of pixels from 200 to 2000.'),
      ).toBeVisible();
      await expect(d.copy).toBeDisabled();
      await d.field('Height in pixels').fill('480');
      await expect(d.snippet).toHaveValue(/height="480"/);
      const origin = d.field('Host page origin (optional)');
      await origin.fill('school.example/course');
      await expect(origin).toHaveAttribute('aria-invalid', 'true');
      await expect(d.copy).toBeDisabled();
      await origin.fill('https://school.example');
      await expect(d.copy).toBeEnabled();
      await expect(d.snippet).toHaveValue(/&amp;origin=https%3A%2F%2Fschool.example"/);
      await d.field('Start step').fill('21');
      await expect(d.dialog.getByText('Enter a whole number from 0 to 20.')).toBeVisible();
      await d.field('Start step').fill('3');
    });

    await test.step('another view and scenario', async () => {
      await d.field('View').selectOption('congestion');
      await d.field('Scenario').selectOption('cc-timeout');
      await expect(d.snippet).toHaveValue(
        /\?view=congestion&amp;scenario=cc-timeout&amp;step=0&amp;/,
      );
      await expect(d.preview).toHaveAttribute('src', /view=congestion&scenario=cc-timeout/);
    });

    await test.step('focus stays in the dialog; Escape closes it and focus returns', async () => {
      for (let i = 0; i < 25; i++) {
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
      }
      await page.keyboard.press('Escape');
      await expect(d.dialog).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Embed', exact: true })).toBeFocused();
    });
  });

  test('keeps edited parameters in `s`, or leaves them out', async ({ ww, page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await ww.open('?scenario=normal&step=6&lang=en');
    await ww.segment(2).click();
    const d = new EmbedDialogPage(page);
    await d.open();
    await expect(d.snippet).toHaveValue(/&amp;s=%7B/);
    await d.copy.click();
    await expect(d.dialog.getByText('Snippet copied to the clipboard.')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      await d.snippet.inputValue(),
    );
    await d.dialog.getByLabel('Include your changed parameters').uncheck();
    await expect(d.snippet).not.toHaveValue(/s=%7B/);
    await d.dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(d.dialog).toHaveCount(0);
  });
});

test.describe('example course page', () => {
  test('embeds three views and drives the first from its buttons', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto('./examples/course.html');
    const tcp = new EmbedFrame(page.frameLocator('#tcp-embed'));
    const log = page.locator('#message-log');
    const status = page.locator('#tcp-status');

    await test.step('ready: the host enables its buttons', async () => {
      await expect(log).toContainText('ready tcp · lost-syn-ack · 18 steps · en');
      await expect(status).toHaveText(/^Step 0 of 18: /);
      await expect(page.getByRole('button', { name: 'Play' })).toBeEnabled();
    });

    await test.step('go to step', async () => {
      await page.getByLabel('Step', { exact: true }).fill('5');
      await page.getByRole('button', { name: 'Go to step' }).click();
      await tcp.expectStep(5, 18);
      await expect(status).toHaveText(/^Step 5 of 18: \S/);
      await expect(log.locator('li').first()).toHaveText(/^step 5 \/ 18 — \S/);
    });

    await test.step('play and pause', async () => {
      await page.getByRole('button', { name: 'Play' }).click();
      await expect(tcp.button('Pause')).toBeVisible();
      await expect(status).toHaveText(/^Step (6|7|8|9|\d\d) of 18/);
      await page.getByRole('button', { name: 'Pause' }).click();
      await expect(tcp.button('Play')).toBeVisible();
      const paused = await tcp.stepText.textContent();
      await page.waitForTimeout(1200);
      await expect(tcp.stepText).toHaveText(paused!);
    });

    await test.step('load a modified scenario, then an invalid one', async () => {
      await page.getByRole('button', { name: 'Load: same loss, RTT 400 ms' }).click();
      await tcp.expectStep(0);
      await expect(status).toHaveText(/^Step 0 of \d+/);
      await expect(
        page.frameLocator('#tcp-embed').getByText('You changed this scenario’s parameters'),
      ).toBeVisible();
      const before = await tcp.stepText.textContent();
      await page.getByRole('button', { name: 'Load an invalid scenario' }).click();
      await expect(log.locator('li').first()).toHaveText(/^error load: .*rttMs/);
      await expect(status).toHaveText(/refused the scenario/);
      await expect(tcp.stepText).toHaveText(before!);
    });

    await test.step('the keyboard drives the embed once the reader clicks into it', async () => {
      await page.frameLocator('#tcp-embed').getByTestId('narration').click();
      await page.keyboard.press('End');
      await tcp.expectStep(19, 19);
      await expect(log.locator('li').first()).toHaveText('ended reached step 19');
    });

    await test.step('the other two embeds are there and report ready', async () => {
      await page.locator('#lab-embed').scrollIntoViewIfNeeded();
      await expect(page.locator('#lab-status')).toHaveText('Ready: cc-reno-vs-tahoe, 22 steps.');
      await expect(page.frameLocator('#lab-embed').locator('.ww-lab-chart')).toBeVisible();
      await page.locator('#journey-embed').scrollIntoViewIfNeeded();
      await expect(page.locator('#journey-status')).toHaveText(
        /^Ready: journey-first-visit, \d+ steps\.$/,
      );
      await expect(page.frameLocator('#journey-embed').locator('.ww-player')).toHaveCount(0);
    });
    // Content-Security-Policy violations and script errors would show up here.
    expect(problems).toEqual([]);
  });
});

test.describe('postMessage API', () => {
  test('malformed and unknown messages are ignored with a warning', async ({ page }) => {
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning' && m.text().startsWith('Wirewalk embed:')) warnings.push(m.text());
    });
    const host = await openHostPage(
      page,
      `${EMBED_ORIGIN}/__host.html`,
      `${EMBED_ORIGIN}/?view=tcp&scenario=normal&step=2&lang=en&embed=1`,
    );
    const ready = await host.waitFor('ready');
    expect(ready).toEqual({
      origin: EMBED_ORIGIN,
      data: {
        source: 'wirewalk',
        version: 1,
        type: 'ready',
        view: 'tcp',
        scenario: 'normal',
        step: 2,
        total: 18,
        lang: 'en',
      },
    });
    const bad = [
      'play',
      { type: 'play' },
      { source: 'wirewalk', version: 2, type: 'play' },
      { source: 'wirewalk', version: 1, type: 'explode' },
      { source: 'wirewalk', version: 1, type: 'goto', step: 'nine' },
      { source: 'wirewalk', version: 1, type: 'goto', step: 1.5 },
      { source: 'wirewalk', version: 1, type: 'goto' },
    ];
    for (const data of bad) await host.post(data);
    // Two of them are not Wirewalk messages at all: those are reported once.
    await expect.poll(() => warnings.length).toBe(bad.length - 1);
    expect(warnings.join('\n')).toMatch(/not a Wirewalk message/);
    expect(warnings.join('\n')).toMatch(/unsupported version 2/);
    expect(warnings.join('\n')).toMatch(/unknown command type "explode"/);
    await host.embed.expectStep(2, 18);

    await host.post({ source: 'wirewalk', version: 1, type: 'goto', step: 99 });
    await host.embed.expectStep(18, 18);
    expect((await host.waitFor('ended')).data).toMatchObject({ type: 'ended', total: 18 });
    const step = (await host.received()).filter((m) => m.data.type === 'step').at(-1)!;
    expect(step.data).toMatchObject({ index: 18, total: 18, summary: expect.stringMatching(/\S/) });
  });

  test('a host origin is honoured both ways', async ({ page }) => {
    // Two origins that are not the test server's: the host page and a copy of Wirewalk.
    const embedOrigin = 'http://embed.test';
    await serveWirewalkAt(page, embedOrigin, EMBED_ORIGIN);
    const src = (origin: string) =>
      `${embedOrigin}/?view=tcp&scenario=normal&step=0&lang=en&embed=1&origin=${encodeURIComponent(origin)}`;

    await test.step('the named origin drives the embed and hears it', async () => {
      const host = await openHostPage(page, 'http://host.test/ok.html', src('http://host.test'));
      expect((await host.waitFor('ready')).origin).toBe(embedOrigin);
      await host.post({ source: 'wirewalk', version: 1, type: 'goto', step: 4 });
      await host.embed.expectStep(4, 18);
      await expect
        .poll(async () =>
          (await host.received()).map((m) => m.data.type === 'step' && m.data.index),
        )
        .toContain(4);
    });

    await test.step('any other origin is neither obeyed nor told anything', async () => {
      const warnings: string[] = [];
      page.on('console', (m) => {
        if (m.text().includes('only http://school.test is obeyed')) warnings.push(m.text());
      });
      const host = await openHostPage(
        page,
        'http://host.test/other.html',
        src('http://school.test'),
      );
      await host.embed.expectStep(0, 18);
      await host.post({ source: 'wirewalk', version: 1, type: 'goto', step: 4 });
      await expect.poll(() => warnings.length).toBe(1);
      await host.embed.expectStep(0, 18);
      await page.waitForTimeout(500);
      expect(await host.received()).toEqual([]);
    });
  });
});

test.describe('accessibility', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`the embed shell and the Embed dialog pass axe (${theme})`, async ({ ww, page }) => {
      await ww.open(`?view=congestion&scenario=cc-reno-vs-tahoe&step=13&embed=1&theme=${theme}`);
      await expect(page.locator('.ww-lab-chart')).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await ww.open(`?view=tcp&scenario=lost-syn&step=6&theme=${theme}`);
      const d = new EmbedDialogPage(page);
      await d.open();
      await d.field('Height in pixels').fill('20');
      await expect(d.previewFrame.root.getByTestId('narration')).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test.describe('screenshots', () => {
  for (const lang of ['en', 'zh-CN'] as const) {
    test(`screenshot embed-dialog-${lang}`, async ({ ww, page }) => {
      await page.setViewportSize({ width: 1400, height: 900 });
      await ww.open(`?view=tcp&scenario=lost-syn-ack&step=6&lang=${lang}`, lang);
      await page
        .getByRole('button', { name: lang === 'en' ? 'Embed' : '嵌入', exact: true })
        .click();
      const d = new EmbedDialogPage(page);
      await expect(page.getByRole('dialog')).toBeVisible();
      await expect(d.previewFrame.root.getByTestId('narration')).toBeVisible();
      await page.waitForTimeout(300);
      await page.screenshot({ path: `docs/screenshots/embed-dialog-${lang}.png` });
    });

    test(`screenshot embed-view-${lang}`, async ({ ww, page }) => {
      await page.setViewportSize({ width: 1100, height: 680 });
      await ww.open(`?view=tcp&scenario=lost-syn-ack&step=6&lang=${lang}&embed=1`, lang);
      await expect(ww.narration).toBeVisible();
      await expect(page.locator('.ww-sequence svg').first()).toBeVisible();
      await page.screenshot({ path: `docs/screenshots/embed-view-${lang}.png` });
    });
  }
});
