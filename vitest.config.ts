import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['**/*.test.{ts,tsx}'],
    // e2e/ is Playwright's: it drives the built extension in a real browser.
    exclude: ['e2e/**', 'node_modules/**', '.output/**', '.wxt/**'],
    environment: 'node',
    // Tests that build 20k-term indexes take ~2 s on a quiet machine and 5 s at load 8 on a
    // shared 2-core box: the limit is for hangs, not for timing (benchmarks time things).
    testTimeout: 20_000,
    // CI sums every suite into one line (.ci/summarize.mjs) from this report.
    ...(process.env['CI'] && { reporters: ['default', 'json'], outputFile: { json: 'test-results/unit.json' } }),
  },
});
