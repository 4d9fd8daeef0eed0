import { createShadowRootUi, defineContentScript, type ContentScriptContext } from '#imports';
import { render } from 'preact';
import { SavedNotice } from '@/components/SavedNotice';
import { extractArticle } from '@/lib/extract';
import type { PageStatus } from '@/lib/messaging';
import { registerHandlers, sendToBackground } from '@/lib/browser/messenger';
import { loadSettings } from '@/lib/browser/settings';
import { contentHandlers } from './handlers';
import { readPage } from './read-page';
import './style.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    let status: PageStatus = { state: 'pending' };
    registerHandlers(contentHandlers(() => status));

    const settings = await loadSettings();
    if (!settings.saveArticles) {
      status = { state: 'disabled' };
      return;
    }
    await idle(ctx);
    if (ctx.isInvalid) return;
    const saved = await readPage({
      extract: () => extractArticle(document, location.href),
      save: (article) => sendToBackground('cs-bg-save-article', article),
      onStatus: (next) => (status = next),
    });
    if (saved && settings.showInPageNotice && !ctx.isInvalid) await showSavedNotice(ctx);
  },
});

/** Extraction waits for the browser to be idle so it never competes with the page's own first paint. */
function idle(ctx: ContentScriptContext): Promise<void> {
  return new Promise((resolve) => ctx.requestIdleCallback(() => resolve(), { timeout: 2_000 }));
}

async function showSavedNotice(ctx: ContentScriptContext): Promise<void> {
  const ui = await createShadowRootUi(ctx, {
    name: 'parallax-notice',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container) {
      render(<SavedNotice onDismiss={() => ui.remove()} />, container);
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  ui.mount();
  ctx.setTimeout(() => ui.remove(), 6_000);
}
