import type { CoverageEntry } from '@/lib/browser/connector';
import { MAX_DAYS_APART } from '@/lib/match/features';
import type { ArticleSummary } from '@/lib/store';

const DAY = 86_400_000;

/**
 * Articles the reader might mark "same event" as `article`: other outlets' recent reads
 * not already in its coverage, within the matcher's time window, the closest in time first.
 */
export function linkCandidates(
  article: ArticleSummary,
  coverage: readonly CoverageEntry[],
  recent: readonly ArticleSummary[],
  limit = 6,
): ArticleSummary[] {
  const covered = new Set(coverage.map((entry) => entry.item.articleId));
  const time = (a: ArticleSummary) => (a.publishedAt ? Date.parse(a.publishedAt) : a.firstReadAt);
  const apart = (a: ArticleSummary) => Math.abs(time(a) - time(article));
  return recent
    .filter((a) => a.id !== article.id && a.outlet !== article.outlet && !covered.has(a.id) && apart(a) <= MAX_DAYS_APART * DAY)
    .sort((a, b) => apart(a) - apart(b))
    .slice(0, limit);
}
