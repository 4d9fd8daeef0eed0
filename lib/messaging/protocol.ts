import type { PageCoverage } from '../coverage/types';
import type { ExtractedArticle, NotAnArticle } from '../extract';
import type { Comparison } from '../framing';

/** What the content script hears back after it hands over an article. */
export interface SaveArticleResult {
  articleId: number;
  /** False when this canonical URL was read before and its row was updated. */
  created: boolean;
  articleCount: number;
  /** How many other outlets' articles report the same event, for the in-page pill. */
  otherOutlets: number;
}

/** What the content script knows about its page, for the popup. */
export type PageStatus =
  | { state: 'pending' }
  | { state: 'disabled' }
  | { state: 'saved'; canonicalUrl: string }
  | { state: 'not-article'; reason: NotAnArticle['reason']; explanation: string }
  | { state: 'failed'; message: string };

/**
 * Every message between the extension's contexts. The name says the direction:
 * `cs` content script, `bg` background, `ui` an extension page (popup, side panel, …).
 */
export interface ProtocolMap {
  'cs-bg-save-article'(article: ExtractedArticle): SaveArticleResult;
  /** The full extractor, injected into the sender's frame only once the page looks like an article. */
  'cs-bg-load-extractor'(): { loaded: true };
  /** How many other outlets report the event of the article read in the sender's page, now: later reads add some. */
  'cs-bg-page-outlets'(): { otherOutlets: number };
  'ui-bg-delete-article'(request: { articleId: number }): { deleted: boolean };
  /** The stored article read at `url` and its coverage, for the in-page card (whose own storage is partitioned). */
  'ui-bg-get-page-coverage'(request: { url: string }): PageCoverage;
  /** The reader says two stored articles report different events; later matching respects it. */
  'ui-bg-mark-not-same-event'(request: { articleId: number; otherId: number }): { done: true };
  /** The reader says two stored articles report the same event, though matching missed it; that sticks too. */
  'ui-bg-mark-same-event'(request: { articleId: number; otherId: number }): { done: true };
  /** The framing comparison of the article's event: it and the event's other stored reports, wire copies once. */
  'ui-bg-compare-event'(request: { articleId: number }): Comparison;
  'ui-cs-get-page-status'(): PageStatus;
  /** The stored coverage changed (the reader corrected a match, or deleted an article): the in-page pill counts again. */
  'bg-cs-coverage-changed'(): { done: true };
  /** Finds a sentence's text in the live page, highlights it and scrolls to it. */
  'ui-cs-highlight-sentence'(request: { sentence: string }): { found: boolean };
}

export type MessageName = keyof ProtocolMap;
export type Payload<K extends MessageName> = Parameters<ProtocolMap[K]> extends [infer D] ? D : undefined;
export type Reply<K extends MessageName> = ReturnType<ProtocolMap[K]>;

export type BackgroundMessage = Extract<MessageName, `${string}-bg-${string}`>;
export type ContentMessage = Extract<MessageName, `${string}-cs-${string}`>;

/** The runtime list of messages, kept honest by the type below and a test. */
export const MESSAGE_NAMES = [
  'cs-bg-save-article',
  'cs-bg-load-extractor',
  'cs-bg-page-outlets',
  'ui-bg-delete-article',
  'ui-bg-get-page-coverage',
  'ui-bg-mark-not-same-event',
  'ui-bg-mark-same-event',
  'ui-cs-get-page-status',
  'ui-bg-compare-event',
  'ui-cs-highlight-sentence',
  'bg-cs-coverage-changed',
] as const satisfies readonly MessageName[];
type Missing = Exclude<MessageName, (typeof MESSAGE_NAMES)[number]>;
const everyMessageListed: [Missing] extends [never] ? true : Missing = true;
void everyMessageListed;
