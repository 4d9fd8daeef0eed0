import type { CurrentPage } from '@/lib/browser/connector';
import type { ArticleSummary } from '@/lib/store';
import { CoverageList } from './CoverageList';
import { FollowUpList } from './FollowUpList';
import { linkCandidates } from './link-candidates';
import { LinkReport } from './LinkReport';

interface Props {
  page: CurrentPage;
  onNotSameEvent: (articleId: number, otherId: number) => void;
  /** Recent reads, from which the reader may link a report matching missed. */
  recent?: ArticleSummary[];
  /** Without it, neither suggestions nor recent reads are offered for linking. */
  onSameEvent?: (articleId: number, otherId: number) => void;
}

/**
 * "Also reported by": the other outlets' coverage of the page's article, then the story's
 * earlier and later chapters, then reports it may have missed.
 */
export function CoverageSection({ page, onNotSameEvent, recent = [], onSameEvent }: Props) {
  const article = page.article;
  if (!article) return null;
  return (
    <section class="coverage-section" aria-labelledby="coverage-heading">
      <h2 id="coverage-heading" class="section-heading">
        Also reported by
      </h2>
      <CoverageList
        entries={page.coverage}
        publishedAt={article.publishedAt}
        onNotSameEvent={(otherId) => onNotSameEvent(article.id, otherId)}
      />
      <FollowUpList
        entries={page.followUps}
        publishedAt={article.publishedAt}
        onNotRelated={(otherId) => onNotSameEvent(article.id, otherId)}
        onSameEvent={onSameEvent && ((otherId) => onSameEvent(article.id, otherId))}
      />
      {onSameEvent && (
        <LinkReport
          suggested={page.suggested}
          candidates={linkCandidates(article, page.coverage, recent)}
          publishedAt={article.publishedAt}
          onSameEvent={(otherId) => onSameEvent(article.id, otherId)}
          onNotSameEvent={(otherId) => onNotSameEvent(article.id, otherId)}
        />
      )}
    </section>
  );
}
