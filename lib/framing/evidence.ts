/** Building evidence from prepared articles, so every analyser quotes sentences the same way. */
import type { Sentence } from '../text';
import type { Evidence, PreparedArticle } from './types';

export function evidenceOf(article: PreparedArticle, sentence: Sentence): Evidence {
  return { article: article.index, outlet: article.outlet, sentence: sentence.text, start: sentence.start, end: sentence.end };
}

export function headlineEvidence(article: PreparedArticle): Evidence {
  return { article: article.index, outlet: article.outlet, sentence: article.title, start: 0, end: article.title.length, in: 'title' };
}

/** "A", "A and B", "A, B and C": outlet lists in summaries. */
export function listOf(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
}

/** Evidence without repeats: two quotations in one sentence are shown once. */
export function uniqueEvidence(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const id = `${e.article}:${e.start}:${e.end}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
