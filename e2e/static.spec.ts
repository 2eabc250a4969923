// The built site as a teacher hosts it: under a sub-path, fully offline (any request outside the
// site fails the test), behind a strict Content-Security-Policy (no inline scripts, no eval).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { test, expect } from '@playwright/test';

const ORIGIN = 'http://wirewalk-static.invalid';
const BASE = '/courses/net/wirewalk/';
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
  "connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'self'";

let dir = '';
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'wirewalk-static-'));
  execFileSync('node_modules/.bin/vite', ['build', '--outDir', dir, '--logLevel', 'error'], {
    stdio: 'inherit',
  });
});

test('the built site works from a sub-path, offline, under a strict CSP', async ({ page }) => {
  test.setTimeout(60_000);
  const outside: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN || !url.pathname.startsWith(BASE)) {
      outside.push(url.href);
      return route.abort();
    }
    const rel = url.pathname.slice(BASE.length) || 'index.html';
    const path = normalize(join(dir, rel));
    if (!path.startsWith(dir) || !existsSync(path)) return route.fulfill({ status: 404 });
    return route.fulfill({
      path,
      headers: path.endsWith('.html') ? { 'content-security-policy': CSP } : {},
    });
  });
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __csp: string[] }).__csp.push(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
      ),
    );
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));

  for (const view of ['tcp', 'congestion', 'journey'] as const) {
    await page.goto(`${ORIGIN}${BASE}?view=${view}&lang=en`);
    await expect(page.getByText(/^Step 0 \/ \d+$/)).toBeVisible();
    await page.getByRole('button', { name: 'Step forward' }).click();
    await expect(page.getByText(/^Step 1 \/ \d+$/)).toBeVisible();
  }
  // Switching views loads the other chunks from the same sub-path.
  await page.goto(`${ORIGIN}${BASE}?view=tcp&lang=zh-CN`);
  await page.getByRole('tab', { name: '从 URL 到页面' }).click();
  await expect(page.getByRole('combobox', { name: '地址' })).toBeVisible();

  expect(outside).toEqual([]);
  expect(errors).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
});
