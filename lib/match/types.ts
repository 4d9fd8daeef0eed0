/**
 * What matching keeps of one article: computed once when it is saved, plain
 * JSON so it can be persisted compactly and restored without re-reading text.
 */
export interface MatchDoc {
  id: number;
  /** Outlet name, lowercased: matching only ever links different outlets. */
  outlet: string;
  /** Days since 1970-01-01 of the published date; null when the page gave none. */
  day: number | null;
  lang: string | null;
  /** Stemmed content terms of the title alone: some pages' ledes are site boilerplate. */
  title: string[];
  /** Stemmed content terms of the title and lede, with counts. */
  head: Record<string, number>;
  /** The body's most frequent content terms, with counts. */
  body: Record<string, number>;
  /** Entity keys (spelling variants folded) with counts; `headEntities` those in title or lede. */
  entities: Record<string, number>;
  headEntities: string[];
  /** Display name per entity key, for the evidence a reader sees. */
  names: Record<string, string>;
  /**
   * The word as written behind each stemmed head term or number unit, where it differs
   * ("warehous" → "warehouse"), for the evidence a reader sees; absent from articles
   * saved before it was kept.
   */
  words?: Record<string, string>;
  /** Quantities as `value|unit`. */
  numbers: string[];
  /** ISO days the text mentions. */
  dates: string[];
  /** News agencies credited (AP, Reuters, …). */
  wire: string[];
  /** MinHash signature of the text's shingles. */
  fingerprint: number[];
}

/** Why two articles were matched, as the popup shows it. */
export interface MatchEvidence {
  sharedNames: string[];
  /** As a reader writes them: "12 people", "2.4". Stored before 2026-12 as `value|unit stem`. */
  sharedNumbers: string[];
  sharedTerms: string[];
  /** Days between the two publications, or null if either has no date. */
  daysApart: number | null;
  /** Estimated share of identical text: near 1 for copies of the same wire story. */
  resemblance: number;
}

export interface Match {
  id: number;
  /** Probability, from the calibrated model, that both report the same event. */
  score: number;
  evidence: MatchEvidence;
  /** The same text on another site: shown as one story, not as another framing. */
  syndicated: boolean;
  /**
   * Further apart than the time window (days, weeks): a later or earlier chapter of the
   * story, shown apart and never joining events. Absent on every match within the window.
   */
  followUp?: boolean;
}
