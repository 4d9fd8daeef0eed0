import type { CoverageEntry } from '@/lib/browser/connector';
import { why } from './coverage-text';
import { safeHref } from './format';

interface Action {
  label: string;
  /** Says the outlet and headline to screen readers too, where the label alone is ambiguous. */
  named?: boolean;
  onClick: () => void;
}

interface Props {
  entry: CoverageEntry;
  /** One line under the headline: when it was published, how sure the match is. */
  meta: string;
  /** The reader's corrections, e.g. "Not the same event". */
  actions: Action[];
  /** Names the row `${testId}-item` and its outlet `${testId}-outlet` for tests. */
  testId?: string;
}

/** One other outlet's report: outlet, headline (a link when its address is http(s)), timing, why it is listed. */
export function CoverageRow({ entry: { item, article }, meta, actions, testId = 'coverage' }: Props) {
  const href = safeHref(article.canonicalUrl);
  return (
    <li class="coverage__item" data-testid={`${testId}-item`}>
      <p class="coverage__outlet" data-testid={`${testId}-outlet`}>
        {article.outlet}
      </p>
      <p class="coverage__title">
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer">
            {article.title}
          </a>
        ) : (
          article.title
        )}
      </p>
      <p class="coverage__meta">{meta}</p>
      {why(item) && <p class="coverage__why">{why(item)}</p>}
      {actions.map((action) => (
        <button
          key={action.label}
          type="button"
          class="button button--quiet"
          aria-label={action.named ? `${action.label}: ${article.outlet}, ${article.title}` : undefined}
          onClick={action.onClick}
        >
          {action.label}
        </button>
      ))}
    </li>
  );
}
