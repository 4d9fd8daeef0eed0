/**
 * The shapes of a framing comparison: what several articles on one event tell
 * differently, each finding pointing at the sentences that support it. Plain JSON, so a
 * Comparison can cross the messaging boundary and be printed by the CLI unchanged.
 */
import type { Sentence } from '../text';

/** One article of the event, as the store or `../shared/data/events` holds it. */
export interface FramingArticle {
  /** Stable key: the stored article id or the URL. */
  id: string;
  outlet: string;
  title: string;
  url: string;
  /** ISO date or date-time; null when the page gave none. */
  publishedAt: string | null;
  /** Clean text, paragraphs separated by a blank line. Evidence offsets index this string. */
  text: string;
  lang?: string | null;
}

/** An article made ready once for every analyser: split, with its place in the comparison. */
export interface PreparedArticle extends FramingArticle {
  /** Position in `Comparison.articles`; evidence refers to articles by this index. */
  index: number;
  /** The sentences that have words: what the analysers quote and compare. */
  sentences: Sentence[];
  /** Every sentence of the text as splitSentences gives it, for the lib/text readers that take them. */
  textSentences: Sentence[];
}

/** Word frequencies of a large neutral corpus (or the reader's history): the prior for word choice. */
export interface BackgroundCounts {
  /** Total tokens counted. */
  total: number;
  /** Count per lowercased word. */
  counts: Record<string, number>;
}

export interface FramingContext {
  articles: PreparedArticle[];
  background: BackgroundCounts;
}

/** A sentence that supports a finding, quoted from one article. */
export interface Evidence {
  /** Index into `Comparison.articles`. */
  article: number;
  outlet: string;
  /** The sentence as the article has it (`text.slice(start, end)`, or the headline). */
  sentence: string;
  start: number;
  end: number;
  /** Where the offsets point: the article's text (the default) or its headline. */
  in?: 'title';
}

export type FindingKind = 'headline' | 'voice' | 'source' | 'unique-fact' | 'omission' | 'number' | 'word' | 'attribution' | 'tone';

export interface Finding {
  kind: FindingKind;
  /** The outlets the finding is about, e.g. the one that alone reports a fact. */
  outlets: string[];
  /** Plain words a reader sees: "Only Kestrel Daily reports 4,000 troops." */
  summary: string;
  evidence: Evidence[];
  /**
   * How telling the difference is, 0–1, comparable across kinds: the overview shows the
   * highest. Set by each analyser from its own statistic (a z-score, a share of outlets).
   */
  weight: number;
}

/** What one analyser contributes: its findings, plus section data the side panel lays out in columns. */
export interface Analysis<Section> {
  findings: Finding[];
  section: Section;
}
