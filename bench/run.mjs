#!/usr/bin/env node
// `npm run bench`: builds the engine and a bench page with Vite, times the engine in Node (child
// processes) and the sequence diagram + Mermaid in Chromium (Playwright), then writes
// bench/results/latest.json plus a dated copy and prints a short table. Not part of `npm test`.
//
//   npm run bench                 everything
//   npm run bench -- --quick      fewer repetitions (a smoke run; numbers are noisier)
//   npm run bench -- --engine     the engine only        --browser   the browser part only
//   npm run bench -- --sizes      only the download sizes and Lighthouse, printed (no result files:
//                                 for trying a bundle change quickly)
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem, platform, release } from 'node:os';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, normalize, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CACHE = join(ROOT, 'node_modules/.cache/wirewalk-bench');
const RESULTS = join(ROOT, 'bench/results');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
/** Shared with playwright.config.ts. */
const CHROMIUM_ARGS = JSON.parse(readFileSync(join(ROOT, 'e2e/chromium.json'), 'utf8')).args;
const ORIGIN = 'http://wirewalk-bench.invalid';

/** Targets of the brief, checked against the measured medians. */
const TARGET = {
  engineEventsPerSec: 1_000_000,
  linearNsRatio: 1.5,
  mermaidRatio: 20,
  stepP95Ms: 8,
};

// ---------------------------------------------------------------------------------------------

/**
 * Warm-up runs for a size: about 600,000 events in all (≈ 6 trace events per data segment), so
 * small sizes are not charged for JIT tiering that large ones amortize.
 * @param {number} n data segments
 */
const warmupFor = (n) => Math.max(1, Math.ceil(600_000 / (6 * n)));

/** @param {number[]} xs @param {number} q 0..1 @returns {number} nearest-rank quantile */
function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? Number.NaN;
}
/** @param {number[]} xs */
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  if (n === 0) return Number.NaN;
  return n % 2 ? (s[(n - 1) / 2] ?? NaN) : ((s[n / 2 - 1] ?? NaN) + (s[n / 2] ?? NaN)) / 2;
};
/** @param {number} v @param {number} [d] */
const r = (v, d = 3) => Math.round(v * 10 ** d) / 10 ** d;

/** @typedef {{ coldMs: number, runsMs: number[] }} Timings */
/** @param {Timings} t */
const summarizeTimings = (t) => ({
  coldMs: r(t.coldMs),
  medianMs: r(median(t.runsMs)),
  minMs: r(Math.min(...t.runsMs)),
  maxMs: r(Math.max(...t.runsMs)),
  runsMs: t.runsMs.map((v) => r(v)),
});

async function main() {
  const args = new Set(process.argv.slice(2));
  const quick = args.has('--quick');
  const wantEngine = args.has('--engine') || !args.has('--browser');
  const wantBrowser = args.has('--browser') || !args.has('--engine');
  const startedAt = new Date();
  const load = loadavg();
  const { build } = await import('vite');
  if (args.has('--sizes')) {
    const appDir = join(CACHE, 'app');
    await build({
      configFile: join(ROOT, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: appDir, emptyOutDir: true, sourcemap: false },
    });
    const sizes = await runSizes(appDir, true);
    const lighthouse = await runLighthouse(appDir);
    console.log(JSON.stringify({ sizes, lighthouse }, null, 2));
    return;
  }

  /** @type {Record<string, unknown>} */
  const result = {
    schemaVersion: 1,
    date: startedAt.toISOString(),
    quick,
    machine: {
      node: process.version,
      platform: `${platform()} ${release()}`,
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGiB: r(totalmem() / 2 ** 30, 1),
      loadAverageAtStart: load.map((v) => r(v, 2)),
    },
    notes: [
      'Times are wall-clock medians of repeated runs after a warm-up run ("cold" = that first run).',
      'Engine: production bundle (Vite lib build, minified, NODE_ENV=production). Node: rounds over the sizes, each a fresh process doing warm-up runs (about 600,000 events in all; the first is the cold run) then timed runs back to back (no forced GC: collecting the previous trace is part of the cost, as in a page). "coldMs" = median of the first run of each process.',
      'Engine in Chromium: the same code built by Vite into the bench page, all sizes in one page, same warm-up rule.',
      'Views: bulk transfer with 1% seeded random loss (lost arrows, retransmissions, breaks), diagram 900 px wide in an 800 px scroll viewport; timings include style recalculation and layout (forced with getBoundingClientRect), not paint. "first" renders the last step into an empty <svg> with the viewport at the top (the renderer draws only what intersects the viewport ± 160 px); "full DOM" makes the viewport the whole diagram, so every item is drawn, as Mermaid does.',
      'Stepping: 30 jumps spread evenly over the trace, each followed by 9 single steps; each step runs in its own animation frame and is timed from the cursor move to the laid-out DOM, including the scroll that keeps the cursor in view (single steps scroll near the viewport edge). "stepping" (and the per-step target) covers the 270 single steps; the 30 jumps are reported as "seek".',
      'The Mermaid target is judged against our layout + first render (what a user waits for); ratioVsFullRender compares with drawing every item.',
    ],
  };

  if (wantEngine) {
    console.log('building the engine bundle …');
    const outDir = join(CACHE, 'engine');
    await build({
      configFile: false,
      logLevel: 'warn',
      root: ROOT,
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      build: {
        lib: {
          entry: join(ROOT, 'bench/engine.ts'),
          formats: ['es'],
          fileName: () => 'engine.mjs',
        },
        outDir,
        emptyOutDir: true,
        minify: true,
        target: 'es2022',
        sourcemap: false,
      },
    });
    const bundle = join(outDir, 'engine.mjs');
    // Rounds interleave the sizes, each run in a fresh process (own heap, cold JIT), so load
    // from other processes on the machine hits every size alike.
    const sizes = [10_000, 50_000, 100_000];
    const rounds = quick ? 2 : 5;
    const runs = quick ? 2 : 3;
    /** @type {Map<number, EngineMeasurement[]>} */
    const bySize = new Map(sizes.map((n) => [n, []]));
    for (let round = 1; round <= rounds; round++) {
      console.log(`engine (Node): round ${round}/${rounds} …`);
      for (const segments of sizes) {
        const child = spawnSync(
          process.execPath,
          [
            '--max-old-space-size=4096',
            fileURLToPath(import.meta.url),
            '--engine-child',
            bundle,
            String(segments),
            String(warmupFor(segments)),
            String(runs),
          ],
          { encoding: 'utf8', maxBuffer: 1 << 24 },
        );
        if (child.status !== 0) throw new Error(`engine child failed:\n${child.stderr}`);
        bySize.get(segments)?.push(JSON.parse(child.stdout));
      }
    }
    const rows = sizes.map((n) => engineRow(mergeRuns(bySize.get(n) ?? [])));
    result.engine = { node: engineSummary(rows) };
    console.log('congestion lab (Node): 10,000 rounds × 4 algorithms …');
    const mod = await import(pathToFileURL(bundle).href);
    const cr = mod.measureRounds(10_000, { warmup: 3, runs: quick ? 5 : 15 });
    result.engine.congestionRounds = {
      rounds: cr.rounds,
      algorithms: 4,
      medianMs: r(median(cr.runsMs)),
      p95Ms: r(quantile(cr.runsMs, 0.95)),
      coldMs: r(cr.warmupMs[0]),
    };
    console.log('congestion lab (Node): a 100,000-segment "segments" run …');
    const sm = mod.measureSegmentsModel(100_000, { warmup: 1, runs: quick ? 3 : 7 });
    result.engine.congestionSegments = {
      segments: sm.segments,
      events: sm.events,
      queueDrops: sm.queueDrops,
      medianMs: r(median(sm.runsMs)),
      p95Ms: r(quantile(sm.runsMs, 0.95)),
      coldMs: r(sm.warmupMs[0]),
      eventsPerSec: Math.round(sm.events / (median(sm.runsMs) / 1000)),
    };
  }

  if (wantBrowser) {
    console.log('building the bench page …');
    const configFile = join(ROOT, 'bench/vite.config.ts');
    await build({ configFile, logLevel: 'warn' });
    const pageDir = join(CACHE, 'browser');
    result.browser = await runBrowser(pageDir, quick);
    console.log('building the app …');
    const appDir = join(CACHE, 'app');
    await build({
      configFile: join(ROOT, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: appDir, emptyOutDir: true, sourcemap: false },
    });
    result.browser.journey = await runJourney(appDir, quick);
    result.browser.sizes = await runSizes(appDir, quick);
    result.browser.lighthouse = await runLighthouse(appDir);
  }

  result.targets = targets(/** @type {BenchResult} */ (result));
  result.finishedAt = new Date().toISOString();
  mkdirSync(RESULTS, { recursive: true });
  const text = JSON.stringify(result, null, 2) + '\n';
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  const dated = join(RESULTS, `${stamp}${quick ? '-quick' : ''}.json`);
  writeFileSync(join(RESULTS, 'latest.json'), text);
  writeFileSync(dated, text);
  printTable(/** @type {BenchResult} */ (result));
  console.log(
    `\nwrote ${relative(ROOT, join(RESULTS, 'latest.json'))} and ${relative(ROOT, dated)}`,
  );
}

/**
 * What bench/engine.ts measures for one size.
 * @typedef {{ dataSegments: number, wireSegments: number, events: number, steps: number,
 *   warmupMs: number[], runsMs: number[] }} EngineMeasurement
 */

/** @param {EngineMeasurement[]} ms one per process, same size @returns {EngineMeasurement} */
function mergeRuns(ms) {
  const first = ms[0];
  if (!first) throw new Error('no engine measurement');
  return {
    ...first,
    warmupMs: ms.map((m) => m.warmupMs[0] ?? NaN),
    runsMs: ms.flatMap((m) => m.runsMs),
  };
}

/** @param {EngineMeasurement} m */
function engineRow(m) {
  const ms = median(m.runsMs);
  return {
    dataSegments: m.dataSegments,
    wireSegments: m.wireSegments,
    events: m.events,
    steps: m.steps,
    medianMs: r(ms, 1),
    minMs: r(Math.min(...m.runsMs), 1),
    coldMs: r(median(m.warmupMs), 1),
    runs: m.runsMs.length,
    runsMs: m.runsMs.map((v) => r(v, 1)),
    eventsPerSec: Math.round(m.events / (ms / 1000)),
    stepsPerSec: Math.round(m.steps / (ms / 1000)),
    nsPerEvent: r((ms * 1e6) / m.events, 1),
    nsPerStep: r((ms * 1e6) / m.steps, 1),
  };
}

/** @param {ReturnType<typeof engineRow>[]} rows */
function engineSummary(rows) {
  const ns = rows.map((x) => x.nsPerEvent);
  return {
    sizes: rows,
    /** Largest over smallest ns/event across sizes: 1.0 = perfectly linear. */
    nsPerEventSpread: r(Math.max(...ns) / Math.min(...ns), 2),
  };
}

/**
 * Lighthouse (its default mobile profile with simulated throttling) on the built site, served by
 * `vite preview` on a free local port: performance and accessibility scores per view.
 * @param {string} appDir
 */
async function runLighthouse(appDir) {
  const { default: lighthouse } = await import('lighthouse');
  const { preview } = await import('vite');
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: appDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  const { chromium } = await import('playwright-core');
  const port = 9300 + Math.floor(process.pid % 500);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`],
  });
  try {
    if (!url) throw new Error('vite preview did not report its URL');
    /** @type {Record<string, { performance: number, accessibility: number, fcpMs: number, lcpMs: number, tbtMs: number }>} */
    const out = {};
    for (const view of ['tcp', 'congestion', 'journey']) {
      console.log(`lighthouse: ${view} …`);
      const res = await lighthouse(`${url}?view=${view}&lang=en`, {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
      });
      const lhr = res?.lhr;
      if (!lhr) throw new Error('lighthouse returned nothing');
      out[view] = {
        performance: lhr.categories.performance?.score ?? 0,
        accessibility: lhr.categories.accessibility?.score ?? 0,
        fcpMs: r(lhr.audits['first-contentful-paint']?.numericValue ?? NaN),
        lcpMs: r(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN),
        tbtMs: r(lhr.audits['total-blocking-time']?.numericValue ?? NaN),
      };
    }
    return out;
  } finally {
    await browser.close();
    await new Promise((resolve) => server.httpServer.close(resolve));
  }
}

/**
 * What each view downloads in the production build: the gzipped size (level 9) of every JS and CSS
 * file the page requests, for the full app and the embed shell (`embed=1`) of each view, and the
 * time from navigation to the first frame drawn with the embedded view's diagram.
 * @param {string} appDir
 * @param {boolean} quick
 */
async function runSizes(appDir, quick) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  /** @type {Map<string, number>} */
  const gz = new Map();
  const gzSize = (/** @type {string} */ path) => {
    let n = gz.get(path);
    if (n === undefined) {
      n = gzipSync(readFileSync(path), { level: 9 }).length;
      gz.set(path, n);
    }
    return n;
  };
  const kb = (/** @type {number} */ n) => r(n / 1024, 1);
  try {
    /** @type {Record<string, unknown>} */
    const out = {};
    const views = /** @type {const} */ (['tcp', 'congestion', 'journey']);
    for (const embed of [false, true]) {
      for (const view of views) {
        const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
        const files = { js: 0, css: 0, count: 0 };
        await page.route(`${ORIGIN}/**`, (route) => {
          const path = normalize(join(appDir, new URL(route.request().url()).pathname));
          if (!path.startsWith(appDir) || !existsSync(path)) return route.fulfill({ status: 404 });
          if (path.endsWith('.js')) files.js += gzSize(path);
          if (path.endsWith('.css')) files.css += gzSize(path);
          if (path.endsWith('.js') || path.endsWith('.css')) files.count++;
          return route.fulfill({ path });
        });
        const query = `?view=${view}&lang=en${embed ? '&embed=1' : ''}`;
        // Time to the first frame with the view's diagram (the largest svg of the main area).
        const frames = [];
        for (let i = 0; i < (embed ? (quick ? 3 : 7) : 1); i++) {
          await page.goto(`${ORIGIN}/index.html${query}&run=${i}`);
          frames.push(
            await page.evaluate(
              () =>
                new Promise((resolve) => {
                  const check = () => {
                    if (document.querySelector('main svg'))
                      requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
                    else requestAnimationFrame(check);
                  };
                  check();
                }),
            ),
          );
        }
        await page.close();
        const key = `${embed ? 'embed' : 'app'}.${view}`;
        out[key] = {
          jsKb: kb(files.js / frames.length),
          cssKb: kb(files.css / frames.length),
          files: Math.round(files.count / frames.length),
          ...(embed
            ? {
                firstFrameMedianMs: r(median(/** @type {number[]} */ (frames))),
                firstFrameP95Ms: r(quantile(/** @type {number[]} */ (frames), 0.95)),
              }
            : {}),
        };
      }
    }
    return out;
  } finally {
    await browser.close();
  }
}

/**
 * The URL journey in the real app (the production build, served from disk): the time from
 * pressing Enter in the address bar to the first frame of the new journey, and the per-step
 * update (ArrowRight → next frame) over a long journey (10 sub-resources, 101 steps).
 * A frame counts as drawn at the first task after the requestAnimationFrame that follows the
 * DOM change (the browser paints between the two).
 * @param {string} appDir
 * @param {boolean} quick
 */
async function runJourney(appDir, quick) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    /** @type {string[]} */
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.route(`${ORIGIN}/**`, (route) => {
      const path = normalize(join(appDir, new URL(route.request().url()).pathname));
      if (!path.startsWith(appDir) || !existsSync(path)) return route.fulfill({ status: 404 });
      return route.fulfill({ path });
    });
    await page.goto(`${ORIGIN}/index.html?view=journey&scenario=journey-first-visit&lang=en`);
    await page.waitForSelector('.ww-address-input');
    console.log('journey: Enter → first frame …');
    const enter = await page.evaluate(
      async (n) => {
        const frame = () =>
          new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        const input = /** @type {HTMLInputElement} */ (document.querySelector('.ww-address-input'));
        const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
        const parts = () => document.querySelector('[data-testid="url-parts"]')?.textContent ?? '';
        const out = [];
        for (let i = 0; i < n; i++) {
          const host = `www${i}.example.com`;
          set?.call(input, `https://${host}/index.html`);
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await frame();
          const t0 = performance.now();
          input.form?.requestSubmit();
          while (!parts().includes(host)) await new Promise((r) => setTimeout(r, 0));
          await frame();
          out.push(performance.now() - t0);
        }
        return out;
      },
      quick ? 5 : 15,
    );
    console.log('journey: stepping …');
    await page.goto(`${ORIGIN}/index.html?view=journey&scenario=journey-subresources&lang=en`);
    await page.waitForSelector('.ww-address-input');
    const steps = await page.evaluate(async () => {
      const frame = () =>
        new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      /** @type {HTMLElement | null} */ (document.activeElement)?.blur();
      const text = () => document.querySelector('.ww-stepof')?.textContent ?? '';
      const out = { frame: /** @type {number[]} */ ([]), dom: /** @type {number[]} */ ([]) };
      const total = Number(/\/ (\d+)/.exec(text())?.[1] ?? 0);
      for (let i = 1; i <= total; i++) {
        await frame();
        const t0 = performance.now();
        document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
        while (!text().startsWith(`Step ${i} `)) await new Promise((r) => setTimeout(r, 0));
        out.dom.push(performance.now() - t0);
        await frame();
        out.frame.push(performance.now() - t0);
      }
      return out;
    });
    return {
      enterToFirstFrame: {
        runs: enter.length,
        medianMs: r(median(enter)),
        p95Ms: r(quantile(enter, 0.95)),
      },
      stepUpdate: {
        scenario: 'journey-subresources',
        steps: steps.frame.length,
        /** Key press → the next frame drawn (includes waiting for the display's next frame). */
        medianMs: r(median(steps.frame)),
        p95Ms: r(quantile(steps.frame, 0.95)),
        /** Key press → the DOM updated (React render, D3 views, narration, inspector). */
        domMedianMs: r(median(steps.dom)),
        domP95Ms: r(quantile(steps.dom, 0.95)),
      },
      ...(errors.length ? { pageErrors: errors.slice(0, 20) } : {}),
    };
  } finally {
    await browser.close();
  }
}

/**
 * @param {string} pageDir
 * @param {boolean} quick
 */
async function runBrowser(pageDir, quick) {
  const { chromium } = await import('playwright-core');
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    /** @type {string[]} */
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    // Serve the built page from disk without a server (no port, nothing to stop afterwards).
    await page.route(`${ORIGIN}/**`, (route) => {
      const path = normalize(join(pageDir, new URL(route.request().url()).pathname));
      if (!path.startsWith(pageDir) || !existsSync(path)) return route.fulfill({ status: 404 });
      return route.fulfill({ path });
    });
    await page.goto(`${ORIGIN}/index.html`);
    await page.waitForFunction(() => 'wwBench' in window);
    page.setDefaultTimeout(600_000);
    const userAgent = await page.evaluate(() => window.wwBench.chromeVersion());
    const version = browser.version();

    /** @type {Record<string, unknown>} */
    const out = { chromium: version, userAgent };

    // The engine once more, in the browser's V8 (same production code, built by Vite), in one
    // page: warmed up on ~600,000 events per size like the Node runs.
    {
      const sizes = quick ? [10_000, 100_000] : [10_000, 50_000, 100_000];
      const runs = quick ? 2 : 7;
      const rows = [];
      for (const n of sizes) {
        console.log(`chromium engine: ${n} segments …`);
        const args = [n, warmupFor(n), runs];
        rows.push(
          engineRow(await page.evaluate(([a, b, c]) => window.wwBench.engine(a, b, c), args)),
        );
      }
      out.engine = engineSummary(rows);
    }

    const views = [];
    for (const target of [1_000, 10_000]) {
      console.log(`views: ${target} segments …`);
      const prepared = await page.evaluate((t) => window.wwBench.prepare(t), target);
      const fr = await page.evaluate(
        ([t, k]) => window.wwBench.firstRender(t, k),
        [target, quick ? 3 : 9],
      );
      const st = await page.evaluate(
        ([t, a, p]) => window.wwBench.stepping(t, a, p),
        [target, quick ? 10 : 30, 10],
      );
      const unchanged = await page.evaluate(
        ([t, k]) => window.wwBench.unchangedFrame(t, k),
        [target, quick ? 20 : 100],
      );
      // "Stepping through" = single steps (→ / Space / play); seeks (a jump of the cursor, as
      // when dragging the timeline) draw a whole new viewport and are reported on their own.
      const single = st.samples.filter((s) => !s.jump);
      const all = single.map((s) => s.ms);
      const js = single.map((s) => s.jsMs);
      const scrolled = single.filter((s) => s.scrolled).map((s) => s.ms);
      const still = single.filter((s) => !s.scrolled).map((s) => s.ms);
      const jumps = st.samples.filter((s) => s.jump).map((s) => s.ms);
      const layout = summarizeTimings(fr.layout);
      const first = summarizeTimings(fr.firstRender);
      const full = summarizeTimings(fr.fullRender);
      views.push({
        trace: prepared,
        layoutHeightPx: fr.layoutHeightPx,
        layout,
        firstRender: first,
        layoutPlusFirstRenderMs: r(layout.medianMs + first.medianMs),
        fullRender: full,
        layoutPlusFullRenderMs: r(layout.medianMs + full.medianMs),
        firstRenderDomNodes: fr.firstRenderDomNodes,
        fullRenderDomNodes: fr.fullRenderDomNodes,
        stepping: {
          steps: st.stepsMeasured,
          medianMs: r(median(all)),
          p95Ms: r(quantile(all, 0.95)),
          maxMs: r(Math.max(...all)),
          scriptMedianMs: r(median(js)),
          scriptP95Ms: r(quantile(js, 0.95)),
          scrolledSteps: scrolled.length,
          scrolledMedianMs: r(median(scrolled)),
          scrolledP95Ms: r(quantile(scrolled, 0.95)),
          unscrolledMedianMs: r(median(still)),
          unscrolledP95Ms: r(quantile(still, 0.95)),
        },
        /** Seeks: the cursor jumps to a distant step (timeline drag), a new viewport is drawn. */
        seek: {
          jumps: jumps.length,
          medianMs: r(median(jumps)),
          p95Ms: r(quantile(jumps, 0.95)),
        },
        /** Diagnostic: renderSequence with an unchanged frame (the fixed cost of any render). */
        unchangedFrame: {
          medianMs: r(median(unchanged.runsMs)),
          p95Ms: r(quantile(unchanged.runsMs, 0.95)),
        },
      });
    }
    out.views = views;

    // Issue 6: a 100 MiB capture opened through the page's own worker (read + analysis), and
    // stepping the TCP view through a 100,000-packet captured conversation.
    console.log('capture: opening 100 MiB in the worker …');
    const cp = await page.evaluate(
      ([m, k]) => window.wwBench.captureParse(m, k),
      [100, quick ? 1 : 3],
    );
    const cpMedian = median(cp.runsMs);
    out.captureParse = {
      mib: r(cp.bytes / 2 ** 20, 1),
      frames: cp.frames,
      conversations: cp.conversations,
      coldMs: r(cp.coldMs),
      medianMs: r(cpMedian),
      runsMs: cp.runsMs.map((v) => r(v)),
      mibPerSec: r(cp.bytes / 2 ** 20 / (cpMedian / 1000), 1),
    };
    console.log('capture: stepping a 100,000-packet conversation …');
    const capInfo = await page.evaluate((n) => window.wwBench.prepareCapture(n), 100_000);
    const capSt = await page.evaluate(
      ([t, a, p]) => window.wwBench.stepping(t, a, p),
      [-100_000, quick ? 10 : 30, 10],
    );
    const capSingle = capSt.samples.filter((s) => !s.jump).map((s) => s.ms);
    // Its layout, once per trace (arrow labels placed among 100,000 arrows).
    const capLayout = await page.evaluate(
      ([t, k]) => window.wwBench.layout(t, k),
      [-100_000, quick ? 2 : 5],
    );
    out.captureStepping = {
      packets: capInfo.wireSegments,
      steps: capInfo.steps,
      layout: summarizeTimings(capLayout),
      stepsMeasured: capSingle.length,
      medianMs: r(median(capSingle)),
      p95Ms: r(quantile(capSingle, 0.95)),
      seekP95Ms: r(
        quantile(
          capSt.samples.filter((s) => s.jump).map((s) => s.ms),
          0.95,
        ),
      ),
    };

    console.log('mermaid: 1000 segments …');
    const mm = await page.evaluate(
      ([t, k]) => window.wwBench.mermaid(t, k),
      [1_000, quick ? 1 : 3],
    );
    const mermaidPkg = JSON.parse(
      readFileSync(join(ROOT, 'node_modules/mermaid/package.json'), 'utf8'),
    );
    const render = summarizeTimings(mm.render);
    const v1k = views[0];
    out.mermaid = {
      version: mermaidPkg.version,
      ...mm,
      render,
      renderAndInsert: summarizeTimings(mm.renderAndInsert),
      note: `mermaid.initialize raised maxTextSize to ${mm.config.maxTextSize} and maxEdges to ${mm.config.maxEdges} (defaults 50000 / 500) so large diagrams are not refused; this one's text is ${mm.textChars} characters. Every message was checked to be drawn.`,
      /** Mermaid render time over our layout + first render (what a user waits for). */
      ratioVsFirstRender: r(render.medianMs / (v1k?.layoutPlusFirstRenderMs ?? NaN), 1),
      /** The same against drawing every item of our diagram (viewport = whole height). */
      ratioVsFullRender: r(render.medianMs / (v1k?.layoutPlusFullRenderMs ?? NaN), 1),
    };
    /** Congestion lab: a click that adds or removes a loss (re-simulate + layout + render). */
    out.cwndChart = [];
    for (const rounds of [1_000, 10_000]) {
      console.log(`cwnd chart: loss toggles on ${rounds} rounds …`);
      const c = await page.evaluate(
        ([n, k]) => window.wwBench.chartLossUpdate(n, k),
        [rounds, quick ? 10 : 60],
      );
      const part = (/** @type {number[]} */ xs) => ({
        medianMs: r(median(xs)),
        p95Ms: r(quantile(xs, 0.95)),
      });
      out.cwndChart.push({
        rounds: c.rounds,
        algorithms: c.algorithms,
        clicks: c.clicks,
        total: part(c.totalMs),
        simulate: part(c.simulateMs),
        layout: part(c.layoutMs),
        render: part(c.renderMs),
      });
    }
    if (errors.length) out.pageErrors = errors.slice(0, 20);
    return out;
  } finally {
    await browser.close();
  }
}

/**
 * The parts of the result object that targets() and printTable() read.
 * @typedef {ReturnType<typeof engineSummary>} EngineSummary
 * @typedef {{ trace: { target: number, wireSegments: number }, layout: { medianMs: number },
 *   firstRender: { medianMs: number }, layoutPlusFirstRenderMs: number,
 *   layoutPlusFullRenderMs: number, stepping: { medianMs: number, p95Ms: number,
 *   scrolledSteps: number, scrolledP95Ms: number } }} ViewResult
 * @typedef {{ engine?: { node?: EngineSummary }, targets?: Target[], browser?: { engine?: EngineSummary,
 *   views?: ViewResult[], mermaid?: { version: string, messages: number,
 *   render: { medianMs: number, coldMs: number }, ratioVsFirstRender: number,
 *   ratioVsFullRender: number } } }} BenchResult
 * @typedef {{ name: string, target: string, value: number | undefined, met: boolean }} Target
 */

/** @param {BenchResult} res @returns {Target[]} */
function targets(res) {
  /** @type {Target[]} */
  const list = [];
  for (const [where, eng] of /** @type {const} */ ([
    ['Node', res.engine?.node],
    ['Chromium', res.browser?.engine],
  ])) {
    if (!eng) continue;
    const big = eng.sizes.find((s) => s.dataSegments === 100_000);
    list.push({
      name: `engine events/s (${where}, 100,000 segments)`,
      target: `>= ${TARGET.engineEventsPerSec}`,
      value: big?.eventsPerSec,
      met: (big?.eventsPerSec ?? 0) >= TARGET.engineEventsPerSec,
    });
    list.push({
      name: `engine cost linear (${where}: max/min ns per event over the sizes)`,
      target: `<= ${TARGET.linearNsRatio}`,
      value: eng.nsPerEventSpread,
      met: eng.nsPerEventSpread <= TARGET.linearNsRatio,
    });
  }
  const b = res.browser;
  if (b?.mermaid) {
    list.push({
      name: 'Mermaid / our layout + first render (1,000 segments)',
      target: `>= ${TARGET.mermaidRatio}`,
      value: b.mermaid.ratioVsFirstRender,
      met: b.mermaid.ratioVsFirstRender >= TARGET.mermaidRatio,
    });
  }
  const v10k = b?.views?.find((v) => v.trace.target === 10_000);
  if (v10k) {
    list.push({
      name: 'per-step update p95 (10,000 segments)',
      target: `<= ${TARGET.stepP95Ms} ms`,
      value: v10k.stepping.p95Ms,
      met: v10k.stepping.p95Ms <= TARGET.stepP95Ms,
    });
  }
  if (b?.captureParse) {
    list.push({
      name: 'capture parse in the worker (100 MiB, MiB/s)',
      target: '>= 50',
      value: b.captureParse.mibPerSec,
      met: b.captureParse.mibPerSec >= 50,
    });
  }
  if (b?.captureStepping) {
    list.push({
      name: 'per-step update p95 (captured conversation, 100,000 packets)',
      target: `<= ${TARGET.stepP95Ms} ms`,
      value: b.captureStepping.p95Ms,
      met: b.captureStepping.p95Ms <= TARGET.stepP95Ms,
    });
  }
  const lhr =
    /** @type {Record<string, { performance: number, accessibility: number }> | undefined} */ (
      b?.lighthouse
    );
  if (lhr) {
    const perf = Math.min(...Object.values(lhr).map((v) => v.performance));
    const a11y = Math.min(...Object.values(lhr).map((v) => v.accessibility));
    list.push({
      name: 'Lighthouse performance (worst view)',
      target: '>= 0.95',
      value: perf,
      met: perf >= 0.95,
    });
    list.push({
      name: 'Lighthouse accessibility (worst view)',
      target: '= 1',
      value: a11y,
      met: a11y >= 1,
    });
  }
  // Issue 5: what the first view downloads, app and embed shell (gzip, JS only as the targets say).
  const sizes = /** @type {Record<string, { jsKb: number }> | undefined} */ (b?.sizes);
  if (sizes) {
    for (const [prefix, limit, what] of /** @type {const} */ ([
      ['app.', 200, 'app JS'],
      ['embed.', 150, 'embed shell JS'],
    ])) {
      const worst = Object.entries(sizes)
        .filter(([k]) => k.startsWith(prefix))
        .sort((x, y) => y[1].jsKb - x[1].jsKb)[0];
      if (!worst) continue;
      list.push({
        name: `${what}, gzip (largest view: ${worst[0].slice(prefix.length)})`,
        target: `<= ${limit} kB`,
        value: worst[1].jsKb,
        met: worst[1].jsKb <= limit,
      });
    }
  }
  return list;
}

/** @param {BenchResult} res */
function printTable(res) {
  const line = (/** @type {unknown[]} */ cells, /** @type {number[]} */ w) =>
    cells.map((c, i) => String(c).padStart(w[i] ?? 10)).join('  ');
  const fmt = (/** @type {number} */ n) => n.toLocaleString('en-US');
  for (const [where, eng] of [
    ['Node', res.engine?.node],
    ['Chromium', res.browser?.engine],
  ]) {
    if (!eng) continue;
    console.log(`\nEngine (${where}), bulk transfer, median`);
    const w = [9, 9, 10, 9, 9, 12, 11, 9];
    console.log(
      line(
        ['data segs', 'wire segs', 'events', 'steps', 'ms', 'events/s', 'steps/s', 'ns/event'],
        w,
      ),
    );
    for (const s of eng.sizes) {
      console.log(
        line(
          [
            fmt(s.dataSegments),
            fmt(s.wireSegments),
            fmt(s.events),
            fmt(s.steps),
            s.medianMs,
            fmt(s.eventsPerSec),
            fmt(s.stepsPerSec),
            s.nsPerEvent,
          ],
          w,
        ),
      );
    }
    console.log(`ns/event spread (max/min): ${eng.nsPerEventSpread}`);
  }
  const cr = res.engine?.congestionRounds;
  if (cr) {
    console.log(
      `\nCongestion lab, rounds model: ${fmt(cr.rounds)} rounds × ${cr.algorithms} algorithms in ${cr.medianMs} ms (p95 ${cr.p95Ms}, cold ${cr.coldMs})`,
    );
  }
  const sz = res.browser?.sizes;
  if (sz) {
    console.log('\nDownloaded JS / CSS, gzip (production build)');
    for (const [k, v] of Object.entries(sz)) {
      const f = /** @type {{ jsKb: number, cssKb: number, firstFrameMedianMs?: number }} */ (v);
      console.log(
        `  ${k.padEnd(18)} JS ${String(f.jsKb).padStart(6)} kB   CSS ${String(f.cssKb).padStart(5)} kB${f.firstFrameMedianMs !== undefined ? `   first frame ${f.firstFrameMedianMs} ms` : ''}`,
      );
    }
  }
  const lh = res.browser?.lighthouse;
  if (lh) {
    console.log('\nLighthouse (mobile, simulated throttling)');
    for (const [view, v] of Object.entries(lh)) {
      const x =
        /** @type {{ performance: number, accessibility: number, fcpMs: number, lcpMs: number }} */ (
          v
        );
      console.log(
        `  ${view.padEnd(11)} performance ${x.performance}   accessibility ${x.accessibility}   FCP ${x.fcpMs} ms   LCP ${x.lcpMs} ms`,
      );
    }
  }
  const jr = res.browser?.journey;
  if (jr) {
    console.log(
      `URL journey (Chromium, production build): Enter → first frame ${jr.enterToFirstFrame.medianMs} ms median (p95 ${jr.enterToFirstFrame.p95Ms}); per step ${jr.stepUpdate.medianMs} ms to the next frame median (p95 ${jr.stepUpdate.p95Ms}), DOM updated after ${jr.stepUpdate.domMedianMs} ms (p95 ${jr.stepUpdate.domP95Ms}) over ${jr.stepUpdate.steps} steps`,
    );
  }
  const cap = /** @type {any} */ (res.browser)?.captureParse;
  if (cap) {
    console.log(
      `Capture (Chromium worker): ${cap.mib} MiB, ${fmt(cap.frames)} frames, ${cap.conversations} conversations opened in ${cap.medianMs} ms median (cold ${cap.coldMs}) = ${cap.mibPerSec} MiB/s`,
    );
  }
  const capStep = /** @type {any} */ (res.browser)?.captureStepping;
  if (capStep) {
    console.log(
      `Captured conversation of ${fmt(capStep.packets)} packets in the TCP view: layout ${capStep.layout?.medianMs} ms median, per step ${capStep.medianMs} ms median, p95 ${capStep.p95Ms} over ${capStep.stepsMeasured} steps (seek p95 ${capStep.seekP95Ms})`,
    );
  }
  const cs = res.engine?.congestionSegments;
  if (cs) {
    console.log(
      `Congestion lab, segments model: ${fmt(cs.segments)} new segments (${fmt(cs.events)} events, ${fmt(cs.queueDrops)} queue drops) in ${cs.medianMs} ms (p95 ${cs.p95Ms}, cold ${cs.coldMs})`,
    );
  }
  if (res.browser?.views) {
    console.log('\nSequence diagram (Chromium), medians in ms');
    const w = [9, 8, 8, 8, 10, 10, 9, 9, 9, 9];
    console.log(
      line(
        [
          'segments',
          'layout',
          'first',
          'l+first',
          'full DOM',
          'step med',
          'step p95',
          'scrolled',
          'scr p95',
          'seek p95',
        ],
        w,
      ),
    );
    for (const v of res.browser.views) {
      console.log(
        line(
          [
            fmt(v.trace.wireSegments),
            v.layout.medianMs,
            v.firstRender.medianMs,
            v.layoutPlusFirstRenderMs,
            v.layoutPlusFullRenderMs,
            v.stepping.medianMs,
            v.stepping.p95Ms,
            v.stepping.scrolledSteps,
            v.stepping.scrolledP95Ms,
            v.seek.p95Ms,
          ],
          w,
        ),
      );
    }
  }
  const m = res.browser?.mermaid;
  if (m) {
    console.log(
      `\nMermaid ${m.version}, ${m.messages} messages: render ${m.render.medianMs} ms (cold ${m.render.coldMs}); ratio ${m.ratioVsFirstRender}× vs our layout+first render, ${m.ratioVsFullRender}× vs our full-DOM render`,
    );
  }
  for (const c of res.browser?.cwndChart ?? []) {
    console.log(
      `cwnd chart, ${c.rounds.toLocaleString('en-US')} rounds × ${c.algorithms} algorithms: adding/removing a loss ${c.total.medianMs} ms median, p95 ${c.total.p95Ms} (simulate ${c.simulate.medianMs}, layout ${c.layout.medianMs}, render ${c.render.medianMs})`,
    );
  }
  console.log('\nTargets');
  for (const t of res.targets)
    console.log(`  ${t.met ? 'MET    ' : 'NOT MET'}  ${t.name}: ${t.value} (target ${t.target})`);
}

// ---------------------------------------------------------------------------------------------
// Child mode: `node bench/run.mjs --engine-child <bundle> <segments> <warmup> <runs>`
// times one size in a fresh process (its own heap and JIT state) and prints JSON.

if (process.argv[2] === '--engine-child') {
  const [bundle, segments, warmup, runs] = process.argv.slice(3);
  const mod = await import(pathToFileURL(bundle ?? '').href);
  const m = mod.measureEngine(Number(segments), { warmup: Number(warmup), runs: Number(runs) });
  process.stdout.write(JSON.stringify(m) + '\n');
} else {
  await main();
}
