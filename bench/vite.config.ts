// Vite build of the browser bench page (bench/browser) into node_modules/.cache, for bench/run.mjs.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

/** Where the built page goes (ignored by git, ESLint and Prettier). */
export const BENCH_PAGE_DIR = fileURLToPath(
  new URL('../node_modules/.cache/wirewalk-bench/browser', import.meta.url),
);

export default defineConfig({
  root: fileURLToPath(new URL('./browser', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: BENCH_PAGE_DIR,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 100_000,
  },
});
