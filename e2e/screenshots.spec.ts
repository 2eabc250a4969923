// Canonical screenshots for the docs, in both languages: the normal scenario mid-handshake, and
// the congestion lab (Reno vs Tahoe, the round after fast recovery).
import { test } from './fixtures/wirewalk';

for (const lang of ['en', 'zh-CN'] as const) {
  test(`screenshot main-${lang}`, async ({ ww, page }) => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await ww.open(`?view=tcp&scenario=normal&step=7&lang=${lang}`, lang);
    await page.screenshot({ path: `docs/screenshots/main-${lang}.png` });
  });
}

for (const lang of ['en', 'zh-CN'] as const) {
  test(`screenshot congestion-${lang}`, async ({ ww, page }) => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await ww.open(`?view=congestion&scenario=cc-reno-vs-tahoe&step=14&lang=${lang}`, lang);
    await page.screenshot({ path: `docs/screenshots/congestion-${lang}.png` });
  });
}

// The per-ACK segments model: the saw-tooth at its second fast retransmit.
for (const lang of ['en', 'zh-CN'] as const) {
  test(`screenshot congestion-segments-${lang}`, async ({ ww, page }) => {
    await page.setViewportSize({ width: 1400, height: 1000 });
    await ww.open(`?view=congestion&scenario=cc-bottleneck-sawtooth&step=575&lang=${lang}`, lang);
    await page.screenshot({ path: `docs/screenshots/congestion-segments-${lang}.png` });
  });
}

// The URL journey: the first visit at the TLS 1.3 ServerHello.
for (const lang of ['en', 'zh-CN'] as const) {
  test(`screenshot journey-${lang}`, async ({ ww, page }) => {
    await page.setViewportSize({ width: 1400, height: 1000 });
    await ww.open(`?view=journey&scenario=journey-first-visit&step=23&lang=${lang}`, lang);
    await page.screenshot({ path: `docs/screenshots/journey-${lang}.png` });
  });
}
