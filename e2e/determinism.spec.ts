// Same scenario and seed → byte-identical trace in the browser and in Node (DESIGN.md rule 1).
import { createHash } from 'node:crypto';
import { test, expect } from './fixtures/wirewalk';
import { getBuiltin } from '../src/scenarios';
import { simulateTcp } from '../src/engine/tcp/simulate';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

for (const id of ['lost-syn-ack', 'old-duplicate-syn', 'half-close']) {
  test(`${id}: the browser's trace equals Node's`, async ({ ww, page }) => {
    await ww.open(`?scenario=${id}`);
    const inBrowser = await page.evaluate(() => window.__wirewalk!.traceJson());
    const inNode = JSON.stringify(simulateTcp(getBuiltin(id)!.scenario));
    expect(sha(inBrowser)).toBe(sha(inNode));
  });
}
