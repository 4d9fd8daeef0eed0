import * as v from 'valibot';
import { SOURCED_FIELDS } from '../extract/types';
import type { MessageName, Payload } from './protocol';

/** Limits a content script cannot talk its way past: a page may be hostile. */
export const LIMITS = {
  url: 4_096,
  title: 1_000,
  name: 300,
  authors: 50,
  paragraph: 50_000,
  paragraphs: 5_000,
  textChars: 2_000_000,
  /** Display HTML is the text plus a little markup: a bounded multiple of it. */
  htmlChars: 4_000_000,
} as const;

const httpUrl = v.pipe(v.string(), v.maxLength(LIMITS.url), v.regex(/^https?:\/\/[^\s]+$/i, 'must be an http(s) URL'));
const isoDate = v.nullable(v.pipe(v.string(), v.isoTimestamp()));
const line = (max: number) => v.pipe(v.string(), v.maxLength(max));
const fieldSource = v.picklist(['json-ld', 'open-graph', 'meta', 'html', 'url', 'readability', 'text', 'none']);

const extractedArticle = v.pipe(
  v.strictObject({
    isArticle: v.literal(true),
    url: httpUrl,
    canonicalUrl: httpUrl,
    title: line(LIMITS.title),
    outlet: v.pipe(line(LIMITS.name), v.minLength(1)),
    authors: v.pipe(v.array(line(LIMITS.name)), v.maxLength(LIMITS.authors)),
    publishedAt: isoDate,
    modifiedAt: isoDate,
    lang: v.nullable(line(35)),
    section: v.nullable(line(LIMITS.name)),
    excerpt: line(LIMITS.paragraph),
    imageUrl: v.nullable(httpUrl),
    paragraphs: v.pipe(v.array(line(LIMITS.paragraph)), v.minLength(1), v.maxLength(LIMITS.paragraphs)),
    html: line(LIMITS.htmlChars),
    wordCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
    paywall: v.strictObject({ declared: v.boolean(), truncated: v.boolean() }),
    sources: v.record(v.picklist(SOURCED_FIELDS), fieldSource),
    ms: v.pipe(v.number(), v.minValue(0)),
  }),
  v.check((article) => article.paragraphs.reduce((sum, p) => sum + p.length, 0) <= LIMITS.textChars, 'article text is too long'),
);

const articleId = v.pipe(v.number(), v.integer(), v.minValue(1));

const payloadSchemas: { [K in MessageName]: v.GenericSchema<unknown, Payload<K>> } = {
  'cs-bg-save-article': extractedArticle,
  'cs-bg-load-extractor': v.undefined(),
  'cs-bg-page-outlets': v.undefined(),
  'ui-bg-delete-article': v.strictObject({ articleId: articleId }),
  'ui-bg-get-page-coverage': v.strictObject({ url: httpUrl }),
  'ui-bg-mark-not-same-event': v.strictObject({ articleId: articleId, otherId: articleId }),
  'ui-bg-mark-same-event': v.strictObject({ articleId: articleId, otherId: articleId }),
  'ui-cs-get-page-status': v.undefined(),
  'bg-cs-coverage-changed': v.undefined(),
  'ui-bg-compare-event': v.strictObject({ articleId: articleId }),
  // A sentence is at most a paragraph; an empty one would match anywhere.
  'ui-cs-highlight-sentence': v.strictObject({ sentence: v.pipe(line(LIMITS.paragraph), v.regex(/\S/, 'must not be blank')) }),
};

export class InvalidPayload extends Error {
  override name = 'InvalidPayload';
}

/** The payload, typed, or an `InvalidPayload` naming the first problem found. */
export function parsePayload<K extends MessageName>(message: K, data: unknown): Payload<K> {
  const result = v.safeParse(payloadSchemas[message] as v.GenericSchema<unknown, Payload<K>>, data);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const path = issue.path?.map((item) => String(item.key)).join('.') ?? '';
  throw new InvalidPayload(`${message}: ${path ? path + ' ' : ''}${issue.message}`);
}
