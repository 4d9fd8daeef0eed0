import type { MatchInput } from '../match/doc';
import type { CoverageExtent, IndexChanges, IndexRow } from '../match/snapshot';
import type { MatchDoc, MatchEvidence } from '../match/types';
import type { ArticleSummary } from '../store/types';

/** Another outlet's article on the same event, as the popup lists it. */
export interface CoverageItem {
  articleId: number;
  outlet: string;
  /** The calibrated same-event probability, or null when linked only through the event. */
  score: number | null;
  /** The same wire text: shown as one story "also on N sites". */
  syndicated: boolean;
  evidence: MatchEvidence | null;
}

/** What the store keeps per article for matching and for the popup. */
export interface CoverageRecord {
  articleId: number;
  doc: MatchDoc;
  eventId: number;
  coverage: CoverageItem[];
  /**
   * Other outlets' articles that scored close to the same-event threshold without
   * reaching it, offered for the reader to confirm ("Same event?"). Missing from
   * records stored before there were suggestions.
   */
  suggested?: CoverageItem[];
  /**
   * Other outlets' reports of the story further apart than the time window: its earlier
   * or later chapters (an arrest after a shooting). Missing from records stored before.
   */
  followUps?: CoverageItem[];
}

/** Corrections the reader made in the popup. */
export type Correction = { a: number; b: number; kind: 'apart' | 'same' };

/** One step's writes, made in one transaction so the stored index never disagrees with the coverage. */
export interface CoverageWrite {
  /** `doc` may be omitted to keep the stored one. */
  records: (Omit<CoverageRecord, 'doc'> & { doc?: MatchDoc })[];
  /** Articles whose coverage goes. */
  removed?: number[];
  index?: IndexChanges;
}

/** The store's side of coverage, implemented in lib/store (the only Dexie user). */
export interface CoverageRepository {
  /** Every coverage record: the slow path, to rebuild the index when its stored form is missing or unusable. */
  loadAll(): Promise<{ records: CoverageRecord[]; corrections: Correction[] }>;
  /** The stored index, with the coverage's extent to check it against. */
  loadIndex(): Promise<{ rows: IndexRow[]; coverage: CoverageExtent; corrections: Correction[] }>;
  /**
   * Writes in one transaction. A write without `index` deletes the stored index's
   * `meta` row, so that an index which did not follow the coverage is never restored.
   */
  save(write: CoverageWrite): Promise<void>;
  /**
   * The articles stored after article `lastId` (every one when undefined), oldest first, at
   * most `limit`: saved but never matched, because the worker stopped between the two or
   * their coverage write failed.
   */
  unmatched(lastId: number | undefined, limit: number): Promise<MatchInput[]>;
  /** Replaces the whole stored index (after a rebuild). */
  replaceIndex(rows: IndexRow[]): Promise<void>;
  addCorrection(correction: Correction): Promise<void>;
}

/** A coverage item with the stored article it names, as the popup and the in-page card show it. */
export interface CoverageEntry {
  item: CoverageItem;
  article: ArticleSummary;
}

/** A page's stored article and its coverage. */
export interface PageCoverage {
  article: ArticleSummary | null;
  coverage: CoverageEntry[];
  /** Near misses the reader may confirm as the same event (see CoverageRecord.suggested). */
  suggested: CoverageEntry[];
  /** The story's earlier and later chapters (see CoverageRecord.followUps). */
  followUps: CoverageEntry[];
}
