import { defineBackground } from '#imports';
import { registerHandlers } from '@/lib/browser/messenger';
import { configureSidePanel } from '@/lib/browser/side-panel';
import { CoverageService } from '@/lib/coverage/service';
import { coverageRepository, openDatabase } from '@/lib/store';
import { backgroundHandlers } from './handlers';

/** User Timing entry of each wake-up's restore: bench:lookup reads it from the worker. */
const RESTORE_MEASURE = 'parallax:restore';

export default defineBackground(() => {
  const started = performance.now();
  const db = openDatabase();
  const coverage = new CoverageService(coverageRepository(db));
  coverage.ready.then(
    (source) => performance.measure(RESTORE_MEASURE, { start: started, detail: { source, ...coverage.restoreSteps } }),
    (error: unknown) => console.error('Parallax: could not restore the matcher', error),
  );
  registerHandlers(backgroundHandlers(db, coverage));
  void configureSidePanel();
});
