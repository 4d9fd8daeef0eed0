import { defineBackground } from '#imports';
import { registerHandlers } from '@/lib/browser/messenger';
import { configureSidePanel } from '@/lib/browser/side-panel';
import { CoverageService } from '@/lib/coverage/service';
import { coverageRepository, openDatabase } from '@/lib/store';
import { backgroundHandlers } from './handlers';

export default defineBackground(() => {
  const db = openDatabase();
  registerHandlers(backgroundHandlers(db, new CoverageService(coverageRepository(db))));
  void configureSidePanel();
});
