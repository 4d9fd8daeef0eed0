import { browser, createShadowRootUi, defineContentScript, type ContentScriptContext } from '#imports';
import { render } from 'preact';
import { CoveragePill } from '@/components/CoveragePill';
import { SavedNotice } from '@/components/SavedNotice';
import { registerHandlers, sendToBackground } from '@/lib/browser/messenger';
import { loadSettings } from '@/lib/browser/settings';
import { loadExtractor } from '@/lib/browser/extractor';
import { notWorthExtracting } from '@/lib/extract/first-look';
import type { PageStatus } from '@/lib/messaging';
import { domChanged } from './dom-changes';
import { contentHandlers } from './handlers';
import { createSentenceHighlighter } from './highlight';
import { readPage } from './read-page';
import './style.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    let status: PageStatus = { state: 'pending' };
    const highlighter = createSentenceHighlighter(document);
    const notice = savedNotice(ctx);
    // Whether this page's article was saved with the in-page note wanted: the pill may then follow later changes.
    let noticeWanted = false;
    /** The pill's count again: reports read since in other tabs, or the reader's corrections. */
    const recount = () => {
      if (!noticeWanted) return;
      sendToBackground('cs-bg-page-outlets', undefined).then(
        ({ otherOutlets }) => (noticeWanted ? notice.update(otherOutlets) : undefined),
        () => undefined, // the extension was reloaded or the worker is busy: the count shown stays
      );
    };
    registerHandlers(
      contentHandlers(
        () => status,
        (sentence) => highlighter.highlight(sentence),
        recount,
      ),
    );
    ctx.onInvalidated(() => highlighter.clear());

    // Each read of the page has its own signal, so a history.pushState navigation
    // cancels the read in flight (and its DOM watch) before starting the next.
    let current = new AbortController();
    const readThisPage = async () => {
      current.abort();
      const read = (current = new AbortController());
      const signal = AbortSignal.any([ctx.signal, read.signal]);
      status = { state: 'pending' };
      noticeWanted = false;
      const settings = await loadSettings();
      if (!settings.saveArticles) return void (status = { state: 'disabled' });
      await idle(ctx);
      if (signal.aborted) return;
      const saved = await readPage({
        extract: async () => notWorthExtracting(document, location.href) ?? (await loadExtractor())(document, location.href),
        save: (article) => sendToBackground('cs-bg-save-article', article),
        onStatus: (next) => (status = next),
        pageChanged: (watch) => domChanged(document.body ?? document.documentElement, { settleMs: 400, timeoutMs: 8_000, signal: watch }),
        signal,
      });
      if (saved && settings.showInPageNotice && !signal.aborted) {
        noticeWanted = true;
        await notice.show(saved.otherOutlets);
      }
    };

    // Back on this tab after reading other reports elsewhere: the pill counts them too.
    ctx.addEventListener(document, 'visibilitychange', () => document.visibilityState === 'visible' && recount());
    ctx.addEventListener(window, 'wxt:locationchange', () => void readThisPage());
    await readThisPage();
  },
});

/** Extraction waits for the browser to be idle so it never competes with the page's own first paint. */
function idle(ctx: ContentScriptContext): Promise<void> {
  return new Promise((resolve) => ctx.requestIdleCallback(() => resolve(), { timeout: 2_000 }));
}

/**
 * The in-page note, at most one at a time: the coverage pill when other outlets
 * reported the event (it stays until dismissed), else a short "saved" note.
 */
function savedNotice(ctx: ContentScriptContext) {
  let shown: { remove(): void } | undefined;
  /** The pill shown, to take another count in place: a card open in it stays open. */
  let recounted: ((otherOutlets: number) => void) | undefined;
  let outlets = 0;
  let dismissed = false;
  return {
    /** After a save: the pill with its count, or the "saved" note. */
    async show(otherOutlets: number) {
      shown?.remove();
      recounted = undefined;
      outlets = otherOutlets;
      dismissed = false;
      const ui = await createShadowRootUi(ctx, {
        name: 'parallax-notice',
        position: 'inline',
        anchor: 'body',
        append: 'last',
        onMount(container) {
          const dismiss = () => ((dismissed = true), ui.remove());
          const cardUrl = `${browser.runtime.getURL('/coverage-card.html')}?url=${encodeURIComponent(location.href)}`;
          const pill = (count: number) => render(<CoveragePill outlets={count} cardUrl={cardUrl} onDismiss={dismiss} />, container);
          if (otherOutlets > 0) {
            pill(otherOutlets);
            recounted = pill;
          } else render(<SavedNotice onDismiss={dismiss} />, container);
          return container;
        },
        onRemove(container) {
          recounted = undefined;
          if (container) render(null, container);
        },
      });
      ui.mount();
      shown = ui;
      if (otherOutlets === 0) ctx.setTimeout(() => ui.remove(), 6_000);
    },
    /** Another count for the same article: the pill shows it, or goes at none, unless the reader dismissed the note. */
    async update(otherOutlets: number) {
      if (dismissed || otherOutlets === outlets) return;
      if (otherOutlets === 0) {
        shown?.remove();
        outlets = 0;
      } else if (recounted) {
        outlets = otherOutlets;
        recounted(otherOutlets);
      } else await this.show(otherOutlets);
    },
  };
}
