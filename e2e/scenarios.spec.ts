// Every built-in scenario, chosen from the "Scenario" combobox and stepped to its end.
import { test, expect } from './fixtures/wirewalk';

/** Expected ends of each built-in run, as the engine computes them. */
const SCENARIOS = [
  { id: 'normal', steps: 18, client: 'CLOSED', server: 'CLOSED', outcome: null },
  { id: 'lost-syn', steps: 20, client: 'CLOSED', server: 'CLOSED', outcome: null },
  { id: 'lost-syn-ack', steps: 18, client: 'CLOSED', server: 'CLOSED', outcome: null },
  { id: 'lost-third-ack', steps: 15, client: 'CLOSED', server: 'CLOSED', outcome: null },
  { id: 'lost-third-ack-idle', steps: 18, client: 'CLOSED', server: 'CLOSED', outcome: null },
  { id: 'simultaneous-open', steps: 16, client: 'CLOSED', server: 'CLOSED', outcome: null },
  { id: 'simultaneous-close', steps: 19, client: 'CLOSED', server: 'CLOSED', outcome: null },
  { id: 'half-close', steps: 27, client: 'CLOSED', server: 'CLOSED', outcome: null },
  { id: 'lost-last-ack', steps: 21, client: 'CLOSED', server: 'CLOSED', outcome: null },
  { id: 'old-duplicate-syn', steps: 19, client: 'CLOSED', server: 'CLOSED', outcome: null },
  {
    id: 'port-closed',
    steps: 3,
    client: 'CLOSED',
    server: 'CLOSED',
    outcome: 'Client: Connection refused (RST)',
  },
  {
    id: 'syn-retries-exhausted',
    steps: 16,
    client: 'CLOSED',
    server: 'LISTEN',
    outcome: 'Client: Connection failed after 6 retries',
  },
] as const;

test('lists every built-in scenario in the Scenario combobox', async ({ ww }) => {
  await ww.open();
  await expect(ww.scenario.locator('option')).toHaveCount(SCENARIOS.length);
  await expect(ww.scenario.locator('option:checked')).toHaveText('Open, exchange data, close');
});

for (const s of SCENARIOS) {
  test(`${s.id}: choose it, press End, check the end state`, async ({ ww, page }) => {
    await ww.open('?scenario=normal');
    const title = await ww.scenario.locator(`option[value="${s.id}"]`).textContent();
    await ww.chooseScenario(title ?? '');
    await ww.expectStep(0, s.steps);
    await page.keyboard.press('End');
    await ww.expectStep(s.steps, s.steps);
    await expect(ww.clientState).toHaveText(`Client: ${s.client}`);
    await expect(ww.serverState).toHaveText(`Server: ${s.server}`);
    await expect(ww.narration).toContainText('This is the end of the run.');
    if (s.outcome) await expect(page.getByTestId('client-outcome')).toHaveText(s.outcome);
    else await expect(page.getByTestId('client-outcome')).toHaveCount(0);
  });
}

test('normal: step through with the keyboard', async ({ ww, page }) => {
  await ww.open('?scenario=normal');
  await ww.blur();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await ww.expectStep(2, 18);
  await expect(ww.narration).toContainText(
    'The client sends SYN with seq=0: it picks its initial sequence number (ISN) and asks to open a connection.',
  );
  await expect(ww.clientState).toHaveText('Client: SYN-SENT');
  await page.keyboard.press('ArrowRight');
  await expect(ww.serverState).toHaveText('Server: SYN-RECEIVED');
  await page.keyboard.press('ArrowLeft');
  await ww.expectStep(2, 18);
  for (let i = 2; i < 18; i++) await page.keyboard.press('ArrowRight');
  await ww.expectStep(18, 18);
  await expect(ww.narration).toContainText('The client’s connection is closed normally.');
  await page.keyboard.press('Home');
  await ww.expectStep(0, 18);
  await expect(ww.clientState).toHaveText('Client: CLOSED');
});

test('port-closed: step to the end with the buttons', async ({ ww, page }) => {
  await ww.open('?scenario=port-closed');
  await ww.button('forward').click();
  await ww.expectStep(1, 3);
  await ww.button('forward').click();
  await expect(ww.narration).toContainText(
    'The server answers with RST: no application listens on that port, so the connection is refused.',
  );
  await ww.button('forward').click();
  await ww.expectStep(3, 3);
  await expect(ww.button('forward')).toBeDisabled();
  await expect(ww.clientState).toHaveText('Client: CLOSED');
  await expect(page.getByTestId('client-outcome')).toHaveText('Client: Connection refused (RST)');
  await ww.button('back').click();
  await ww.expectStep(2, 3);
  await ww.button('restart').click();
  await ww.expectStep(0, 3);
});

test('Play runs to the end and the button name toggles', async ({ ww }) => {
  await ww.open('?scenario=port-closed');
  await ww.page.getByRole('combobox', { name: 'Speed' }).selectOption('4');
  await ww.button('play').click();
  await expect(ww.button('pause')).toBeVisible();
  await ww.expectStep(3, 3);
  await expect(ww.button('play')).toBeVisible();
});

test('the timeline slider moves the cursor', async ({ ww }) => {
  await ww.open('?scenario=normal');
  await ww.timeline.fill('7');
  await ww.expectStep(7, 18);
  await expect(ww.narration).toContainText(
    'The server sends ACK with ack=101 because 100 bytes starting at seq=1 arrived.',
  );
});
