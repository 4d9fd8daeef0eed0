import { defineUnlistedScript } from '#imports';
import { extractArticle } from '@/lib/extract';
import type { ExtractorHost } from '@/lib/browser/extractor';

// Injected by the background into a page's isolated world (never the page's own), and only
// once the content script's first look found an article there: most pages never pay for it.
export default defineUnlistedScript(() => {
  (globalThis as ExtractorHost).parallaxExtractor = { extractArticle };
});
