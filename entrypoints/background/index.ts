import { defineBackground } from '#imports';
import { registerHandlers } from '@/lib/browser/messenger';
import { configureSidePanel } from '@/lib/browser/side-panel';
import { openDatabase } from '@/lib/store';
import { backgroundHandlers } from './handlers';

export default defineBackground(() => {
  registerHandlers(backgroundHandlers(openDatabase()));
  void configureSidePanel();
});
