/**
 * The framing comparison of 2–20 articles on one event: every analyser reads the same
 * prepared sentences, and the overview keeps the few findings that tell the most.
 */
import { defaultBackground } from './background';
import { compareFacts, type FactSection } from './facts';
import { compareHeadlines, type HeadlineSection } from './headlines';
import { compareNumbers, type NumberSection } from './numbers';
import { prepareArticles } from './prepare';
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
  const headlines = compareHeadlines(context);
  const facts = compareFacts(context);
  const numbers = compareNumbers(context);
  const words = compareWords(context);
  const tone = compareTone(context);
  const findings = [...headlines.findings, ...facts.findings, ...numbers.findings, ...words.findings, ...tone.findings].sort(
    (a, b) => b.weight - a.weight,
  );
  return {
    outlets: articles.map((a) => a.outlet),
    articles: articles.map(({ index, id, outlet, title, url, publishedAt }) => ({ index, id, outlet, title, url, publishedAt })),
    findings,
    overview: overviewOf(findings),
    sections: { headlines: headlines.section, facts: facts.section, numbers: numbers.section, words: words.section, tone: tone.section },
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
