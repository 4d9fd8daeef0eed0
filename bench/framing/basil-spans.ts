/**
 * BASIL's informational-bias spans (Fan et al., EMNLP 2019: facts an outlet chose to tell,
 * `bias: inf`) against the sentences the facts analyser marks: told by this outlet alone
 * ("only here") or told by some and left out by others. Each event's three articles are
 * compared; a span counts where its `txt` is found inside the article. The baseline is a
 * random choice of as many sentences as were marked in that article, whose expected hit
 * rate is marked / sentences.
 */
import { compareArticles } from '../../lib/framing';
import { prepareArticles } from '../../lib/framing/prepare';
import { infSpanCount, locateInfSpans, readAnnotations } from './basil-annotations';
import { groupBy, type BasilArticle } from './data';

export interface SpanScores {
  events: number;
  spans: number;
  located: number;
  /** Share of located spans inside a marked sentence. */
  hitRate: number;
  /** Expected share for a random choice of as many sentences per article. */
  randomRate: number;
  lift: number;
  /** The same, marking only the sentences quoted by unique-fact and omission findings. */
  findings: { hitRate: number; randomRate: number; lift: number };
  markedShare: number;
}

export function basilSpanScores(articles: readonly BasilArticle[]): SpanScores {
  const annotations = readAnnotations();
  let spans = 0;
  let located = 0;
  let hits = 0;
  let expected = 0;
  let findingHits = 0;
  let findingExpected = 0;
  let marked = 0;
  let sentences = 0;
  const events = groupBy(articles, (a) => a.event);
  for (const event of events) {
    const comparison = compareArticles(event);
    const prepared = prepareArticles(event);
    const inClaims = event.map(() => new Set<number>());
    for (const claim of comparison.sections.facts.claims)
      if (claim.reportedBy.length < event.length) for (const e of claim.evidence) inClaims[e.article]!.add(e.start);
    const inFindings = event.map(() => new Set<number>());
    for (const f of comparison.findings)
      if (f.kind === 'unique-fact' || f.kind === 'omission') for (const e of f.evidence) inFindings[e.article]!.add(e.start);
    event.forEach((article, i) => {
      const list = prepared[i]!.sentences;
      const markedHere = list.filter((s) => inClaims[i]!.has(s.start)).length;
      const foundHere = list.filter((s) => inFindings[i]!.has(s.start)).length;
      marked += markedHere;
      sentences += list.length;
      spans += infSpanCount(article, annotations);
      for (const start of locateInfSpans(article, list, annotations)) {
        located++;
        if (inClaims[i]!.has(start)) hits++;
        if (inFindings[i]!.has(start)) findingHits++;
        expected += markedHere / list.length;
        findingExpected += foundHere / list.length;
      }
    });
  }
  const rate = (x: number) => (located === 0 ? NaN : x / located);
  return {
    events: events.length,
    spans,
    located,
    hitRate: rate(hits),
    randomRate: rate(expected),
    lift: hits / expected,
    findings: { hitRate: rate(findingHits), randomRate: rate(findingExpected), lift: findingHits / findingExpected },
    markedShare: marked / sentences,
  };
}
