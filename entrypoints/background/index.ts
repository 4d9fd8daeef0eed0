import { defineBackground } from '#imports';
import { registerHandlers } from '@/lib/browser/messenger';
import { configureSidePanel } from '@/lib/browser/side-panel';
import { CoverageService } from '@/lib/coverage/service';
import { coverageRepository, openDatabase } from '@/lib/store';
import { backgroundHandlers } from './handlers';

/** User Timing entries of each wake-up's restore and of the last save: bench:lookup reads them from the worker. */
const RESTORE_MEASURE = 'parallax:restore';
const SAVE_MEASURE = 'parallax:save';

export default defineBackground(() => {
  const started = performance.now();
  const db = openDatabase();
  const coverage = new CoverageService(coverageRepository(db));
  coverage.ready.then(
    (source) => performance.measure(RESTORE_MEASURE, { start: started, detail: { source, ...coverage.restoreSteps } }),
    (error: unknown) => console.error('Parallax: could not restore the matcher', error),
  );
  const handlers = backgroundHandlers(db, coverage);
  registerHandlers({
    ...handlers,
    'cs-bg-save-article': async (article, sender) => {
      const start = performance.now();
      const reply = await handlers['cs-bg-save-article'](article, sender);
      // Only the last save's entry is kept: a long-lived worker must not collect one per read.
      performance.clearMeasures(SAVE_MEASURE);
      performance.measure(SAVE_MEASURE, { start, detail: { ...coverage.saveSteps } });
      return reply;
    },
  });
  void configureSidePanel();
});
