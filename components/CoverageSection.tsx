import type { CurrentPage } from '@/lib/browser/connector';
import { CoverageList } from './CoverageList';

interface Props {
  page: CurrentPage;
  onNotSameEvent: (articleId: number, otherId: number) => void;
}

/** "Also reported by": the other outlets' coverage of the page's article. */
export function CoverageSection({ page, onNotSameEvent }: Props) {
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
    </section>
  );
}
