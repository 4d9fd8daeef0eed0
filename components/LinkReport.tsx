import type { CoverageEntry } from '@/lib/browser/connector';
import type { ArticleSummary } from '@/lib/store';
import { timing, why } from './coverage-text';
import { plural } from './format';

interface Props {
  /** Reports the matcher nearly joined to this one, best first, with why. */
  suggested: CoverageEntry[];
  /** Other recent reads from other outlets, closest in time first. */
  candidates: ArticleSummary[];
  /** The current article's publication, to say who published first. */
  publishedAt: string | null;
  onSameEvent: (otherId: number) => void;
  onNotSameEvent: (otherId: number) => void;
}

/**
 * The reader's correction the other way: "this other report I read is the same event".
 * The matcher's near misses come first, each with what it shares; the reader confirms
 * or rules them out. Then the other reports read around the same time.
 */
export function LinkReport({ suggested, candidates, publishedAt, onSameEvent, onNotSameEvent }: Props) {
  if (suggested.length === 0 && candidates.length === 0) return null;
  const shown = new Set(suggested.map((entry) => entry.item.articleId));
  const others = candidates.filter((candidate) => !shown.has(candidate.id));
  return (
    <details class="link-report" data-testid="link-report">
      <summary>
        {suggested.length > 0
          ? `Possibly the same event: ${plural(suggested.length, 'report')} you read`
          : 'Another report of this event you read?'}
      </summary>
      <ul class="link-report__list">
        {suggested.map(({ item, article }) => (
          <li key={item.articleId} class="link-report__item" data-testid="link-suggestion">
            <span class="link-report__text">
              <span class="coverage__outlet">{article.outlet}</span> {article.title}
              <span class="coverage__meta link-report__line">
                {[timing(article.publishedAt, publishedAt), 'possibly the same event'].filter(Boolean).join(' · ')}
              </span>
              {why(item) && <span class="coverage__why link-report__line">{why(item)}</span>}
            </span>
            <span class="link-report__actions">
              <SameEvent article={article} onClick={() => onSameEvent(article.id)} />
              <button
                type="button"
                class="button button--quiet"
                aria-label={`Not the same event: ${article.outlet}, ${article.title}`}
                onClick={() => onNotSameEvent(article.id)}
              >
                Not the same
              </button>
            </span>
          </li>
        ))}
        {others.map((candidate) => (
          <li key={candidate.id} class="link-report__item" data-testid="link-candidate">
            <span class="link-report__text">
              <span class="coverage__outlet">{candidate.outlet}</span> {candidate.title}
            </span>
            <SameEvent article={candidate} onClick={() => onSameEvent(candidate.id)} />
          </li>
        ))}
      </ul>
    </details>
  );
}

function SameEvent({ article, onClick }: { article: ArticleSummary; onClick: () => void }) {
  return (
    <button type="button" class="button button--quiet" aria-label={`Same event: ${article.outlet}, ${article.title}`} onClick={onClick}>
      Same event
    </button>
  );
}
