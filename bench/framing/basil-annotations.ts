/** BASIL's phrase-level annotations (framing/basil/annotations), and where an article's informational-bias spans fall. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sentence } from '../../lib/text';
import { dataDir } from '../lib/data';
import type { BasilArticle } from './data';

interface Annotation {
  uuid: string;
  'phrase-level-annotations': { txt: string; bias: string }[];
}

export type Annotations = ReadonlyMap<string, Annotation>;

export function readAnnotations(): Annotations {
  const root = dataDir('framing', 'basil', 'annotations');
  const out = new Map<string, Annotation>();
  for (const year of readdirSync(root))
    for (const file of readdirSync(join(root, year)))
      if (file.endsWith('_ann.json')) {
        const ann = JSON.parse(readFileSync(join(root, year, file), 'utf8')) as Annotation;
        out.set(ann.uuid, ann);
      }
  return out;
}

/** Quotes and spaces typed alike, so a span is found whatever the article's typography. */
const plain = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s/g, ' ');

/** The article's informational-bias (`inf`) spans, as counts. */
export function infSpanCount(article: BasilArticle, annotations: Annotations): number {
  const list = article.articleId ? annotations.get(article.articleId)?.['phrase-level-annotations'] : undefined;
  return (list ?? []).filter((span) => span.bias === 'inf').length;
}

/**
 * The start of the sentence each of the article's `inf` spans falls in, one entry per
 * span found in the text (a span's `txt` located inside the article).
 */
export function locateInfSpans(article: BasilArticle, sentences: readonly Sentence[], annotations: Annotations): number[] {
  const list = article.articleId ? annotations.get(article.articleId)?.['phrase-level-annotations'] : undefined;
  const text = plain(article.text);
  const starts: number[] = [];
  for (const span of list ?? []) {
    if (span.bias !== 'inf') continue;
    // plain() keeps every character's position (one for one), so offsets carry over.
    const at = text.indexOf(plain(span.txt).trim());
    const sentence = at < 0 ? undefined : sentences.find((s) => s.start <= at && at < s.end);
    if (sentence) starts.push(sentence.start);
  }
  return starts;
}
