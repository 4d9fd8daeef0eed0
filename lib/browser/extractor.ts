/**
 * The full extractor (Readability, metadata, cleanup) is a separate script, injected only
 * into pages whose first look says "article": the content script on every other page stays small.
 */
import { browser } from '#imports';
import type { extractArticle } from '../extract';
import { sendToBackground } from './messenger';

export interface ExtractorHost {
  parallaxExtractor?: { extractArticle: typeof extractArticle };
}

/** Background: runs the extractor script in the content script's frame and world. */
export async function injectExtractor(tabId: number, frameId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/extractor.js'] });
}

/** Content script: the extractor, asking the background to inject it the first time. */
export async function loadExtractor(): Promise<typeof extractArticle> {
  const host = globalThis as ExtractorHost;
  if (!host.parallaxExtractor) await sendToBackground('cs-bg-load-extractor', undefined);
  if (!host.parallaxExtractor) throw new Error('The article reader could not be loaded into this page.');
  return host.parallaxExtractor.extractArticle;
}
