// End-to-end tests in a real Chromium. Playwright cannot download browsers on our machines, so we
// look for one: $CHROMIUM_PATH, then Debian's /usr/bin/chromium, then Playwright's own download.
import { defineConfig, devices, chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import chromiumFlags from './e2e/chromium.json' with { type: 'json' };

function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return undefined; // Playwright's own browser: use its default.
  } catch {
    // fall through to the error below
  }
  // One clear line, no stack trace.
  console.error(
    'No Chromium found: set CHROMIUM_PATH, or install one (Debian: apt-get install -y chromium; elsewhere: npx playwright install chromium).',
  );
  process.exit(1);
}

const executablePath = findChromium();
// WW_E2E_PORT / WW_E2E_OUTDIR let two runs on one machine use their own server and build.
const PORT = Number(process.env.WW_E2E_PORT ?? 4173);
const OUT_DIR = process.env.WW_E2E_OUTDIR ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'on-first-retry',
    launchOptions: {
      executablePath,
      args: chromiumFlags.args,
    },
  },
  webServer: {
    command: `node_modules/.bin/vite build --outDir ${OUT_DIR} && node_modules/.bin/vite preview --outDir ${OUT_DIR} --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
