/// <reference types="vitest/config" />
// Vite builds the static site; Vitest runs the unit tests (Node by default, jsdom where a file asks).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  base: './',
  build: { outDir: 'dist', sourcemap: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/i18n/testSetup.ts'],
    pool: 'threads',
    maxWorkers: 2,
  },
});
