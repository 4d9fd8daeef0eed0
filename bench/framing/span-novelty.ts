/**
 * How far any "only here" marking could lift BASIL's informational-bias spans.
 *
 * Every sentence gets the loosest possible measure of whether another outlet tells it:
 * the share of its content terms found anywhere in another outlet's article. A
 * sentence alignment (ours or any other) can only refine that. Marking the least-told
 * q of each article's sentences, for q from 10 % to 90 %, gives the lift a selection
 * ordered by novelty reaches; if no q comes near the target, the spans do not follow
 * novelty, and an "only here / left out" rule is unlikely to meet it. Beside it, the
 * lift of marking the longest q: a span is a phrase, and a long sentence holds more
 * phrases, whatever it tells.
 */
import { prepareArticles } from '../../lib/framing/prepare';
import { contentTerms } from '../../lib/text';
import { groupBy, type BasilArticle } from './data';
import { locateInfSpans, readAnnotations } from './basil-annotations';

export interface NoveltyRow {
  /** Share of each article's sentences marked, least told elsewhere first. */
  marked: number;
  hitRate: number;
  lift: number;
  /** The lift of marking each article's longest q of sentences instead. */
  lengthLift: number;
}

interface ScoredSentence {
  /** Share of the sentence's terms that no other outlet's article has. */
  novelty: number;
  length: number;
  spans: number;
}

function scoreEvent(event: readonly BasilArticle[], annotations: ReturnType<typeof readAnnotations>): ScoredSentence[][] {
  const prepared = prepareArticles(event);
  const terms = prepared.map((article) => article.sentences.map((s) => contentTerms(s.text, 'en')));
  const vocabularies = terms.map((sentences) => new Set(sentences.flat()));
  return prepared.map((article, i) => {
    const spanStarts = locateInfSpans(event[i]!, article.sentences, annotations);
    return article.sentences.map((sentence, k) => {
      const own = terms[i]![k]!;
      const toldElsewhere = own.filter((term) => vocabularies.some((vocabulary, j) => j !== i && vocabulary.has(term))).length;
      return {
        novelty: own.length === 0 ? 0 : 1 - toldElsewhere / own.length,
        length: sentence.text.length,
        spans: spanStarts.filter((start) => start === sentence.start).length,
      };
    });
  });
}

export function noveltyCeiling(articles: readonly BasilArticle[]): NoveltyRow[] {
  const annotations = readAnnotations();
  const scored = groupBy(articles, (a) => a.event).flatMap((event) => scoreEvent(event, annotations));
  const spans = scored.flat().reduce((sum, s) => sum + s.spans, 0);
  const liftBy = (marked: number, order: (a: ScoredSentence, b: ScoredSentence) => number) => {
    let hits = 0;
    let expected = 0;
    for (const sentences of scored) {
      const count = Math.round(marked * sentences.length);
      const chosen = [...sentences].sort(order).slice(0, count);
      hits += chosen.reduce((sum, s) => sum + s.spans, 0);
      expected += (sentences.reduce((sum, s) => sum + s.spans, 0) * count) / Math.max(1, sentences.length);
    }
    return { hits, lift: hits / expected };
  };
  return [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9].map((marked) => {
    const { hits, lift } = liftBy(marked, (a, b) => b.novelty - a.novelty);
    return { marked, hitRate: hits / spans, lift, lengthLift: liftBy(marked, (a, b) => b.length - a.length).lift };
  });
}
