import type { CoverageEntry } from '@/lib/browser/connector';
import { timing } from './coverage-text';
import { CoverageRow } from './CoverageRow';

interface Props {
  entries: CoverageEntry[];
  /** The current article's publication, to say who published first. */
  publishedAt: string | null;
  onNotSameEvent: (otherId: number) => void;
}

function confidence(score: number | null): string {
  if (score === null) return 'same event, through the other coverage';
  return score >= 0.95 ? 'very likely the same event' : 'likely the same event';
}

/**
 * Other outlets' reports of the event: one row each, and one row for all copies
 * of the same wire story ("also on N sites"), since those are not other framings.
 */
export function CoverageList({ entries, publishedAt, onNotSameEvent }: Props) {
  if (entries.length === 0) return <p class="muted">No other outlet’s report of this event in your history yet.</p>;
  const copies = entries.filter((e) => e.item.syndicated);
  const own = entries.filter((e) => !e.item.syndicated);
  return (
    <ul class="coverage" data-testid="coverage-list">
      {own.map((entry) => (
        <CoverageRow
          key={entry.item.articleId}
          entry={entry}
          meta={[timing(entry.article.publishedAt, publishedAt), confidence(entry.item.score)].filter(Boolean).join(' · ')}
          actions={[{ label: 'Not the same event', onClick: () => onNotSameEvent(entry.item.articleId) }]}
        />
      ))}
      {copies.length > 0 && (
        <li class="coverage__item" data-testid="coverage-copies">
          <p class="coverage__title">The same wire story, also on {copies.length === 1 ? '1 site' : `${copies.length} sites`}</p>
          <p class="coverage__meta">{copies.map((c) => c.article.outlet).join(', ')}</p>
        </li>
      )}
    </ul>
  );
}
