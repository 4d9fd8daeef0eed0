import { defineConfig } from '@playwright/test';

// Each test launches its own Chromium with the built extension on a fresh
// profile (see e2e/fixtures.ts), so tests share nothing but the demo site.
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env['CI'] ? 2 : undefined,
  retries: 0,
  reporter: process.env['CI'] ? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]] : 'list',
  outputDir: 'test-results/playwright',
  use: { trace: 'retain-on-failure' },
});
