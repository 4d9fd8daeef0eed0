/**
 * The framing comparison of 2–20 articles on one event: every analyser reads the same
 * prepared sentences, and the overview keeps the few findings that tell the most.
 */
import { compareAttribution, type AttributionSection } from './attribution';
import { defaultBackground } from './background';
import { compareFacts, type FactSection } from './facts';
import { compareHeadlines, type HeadlineSection } from './headlines';
import { compareNumbers, type NumberSection } from './numbers';
import { prepareArticles } from './prepare';
import { compareSources, type SourceSection } from './sources';
import { compareVoices, type VoiceSection } from './voices';
import { compareTone, type ToneSection } from './tone';
import type { BackgroundCounts, Evidence, Finding, FramingArticle, FramingContext } from './types';
import { compareWords, type WordSection } from './words';

export const MAX_ARTICLES = 20;
const OVERVIEW_SIZE = 5;

export interface ComparedArticle {
  index: number;
  id: string;
  outlet: string;
  title: string;
  url: string;
  publishedAt: string | null;
}

export interface ComparisonSections {
  headlines: HeadlineSection;
  voices: VoiceSection;
  sources: SourceSection;
  attribution: AttributionSection;
  facts: FactSection;
  numbers: NumberSection;
  words: WordSection;
  tone: ToneSection;
}

export interface Comparison {
  /** One name per article, in the order given. */
  outlets: string[];
  articles: ComparedArticle[];
  /** Every finding, most telling first. */
  findings: Finding[];
  /** The few most telling differences, at most one per kind, for the overview and the popup. */
  overview: Finding[];
  sections: ComparisonSections;
}

export interface CompareOptions {
  /** Word counts for the word-choice prior; the shipped SUBTLEX table when not given. */
  background?: BackgroundCounts;
}

export function compareArticles(input: readonly FramingArticle[], options: CompareOptions = {}): Comparison {
  const articles = prepareArticles(input.slice(0, MAX_ARTICLES));
  const context: FramingContext = { articles, background: options.background ?? defaultBackground() };
  const analyses = {
    headlines: compareHeadlines(context),
    voices: compareVoices(context),
    sources: compareSources(context),
    facts: compareFacts(context),
    numbers: compareNumbers(context),
    words: compareWords(context),
    attribution: compareAttribution(context),
    tone: compareTone(context),
  };
  const findings = Object.values(analyses)
    .flatMap((analysis) => analysis.findings)
    .sort((a, b) => b.weight - a.weight);
  return {
    outlets: articles.map((a) => a.outlet),
    articles: articles.map(({ index, id, outlet, title, url, publishedAt }) => ({ index, id, outlet, title, url, publishedAt })),
    findings,
    overview: overviewOf(findings),
    sections: {
      headlines: analyses.headlines.section,
      voices: analyses.voices.section,
      sources: analyses.sources.section,
      facts: analyses.facts.section,
      numbers: analyses.numbers.section,
      words: analyses.words.section,
      attribution: analyses.attribution.section,
      tone: analyses.tone.section,
    },
  };
}

/** The most telling findings, one per kind first so the overview is not five word lists. */
function overviewOf(sorted: readonly Finding[]): Finding[] {
  const picked: Finding[] = [];
  const kinds = new Set<string>();
  for (const finding of sorted) {
    if (picked.length === OVERVIEW_SIZE) break;
    if (kinds.has(finding.kind)) continue;
    kinds.add(finding.kind);
    picked.push(finding);
  }
  for (const finding of sorted) {
    if (picked.length === OVERVIEW_SIZE) break;
    if (!picked.includes(finding)) picked.push(finding);
  }
  return picked.sort((a, b) => b.weight - a.weight);
}

export type { Evidence, Finding, FramingArticle };
