import type { CoverageEntry } from '@/lib/browser/connector';
import { timing } from './coverage-text';
import { CoverageRow } from './CoverageRow';

interface Props {
  entries: CoverageEntry[];
  /** The current article's publication, to say which chapters came before it. */
  publishedAt: string | null;
  onNotRelated: (otherId: number) => void;
  /** The reader counts the chapter as this event (as a tally of incidents would): the two events become one. */
  onSameEvent?: (otherId: number) => void;
}

const time = (iso: string | null) => (iso ? Date.parse(iso) : NaN);

/**
 * The story's other chapters: other outlets' reports weeks before or after this one that
 * name the same people and places (a shooting, then the arrest, then the trial), oldest
 * first. They report other events, so they are listed apart from the coverage and the
 * pill does not count them.
 */
export function FollowUpList({ entries, publishedAt, onNotRelated, onSameEvent }: Props) {
  if (entries.length === 0) return null;
  const mine = time(publishedAt);
  const byTime = [...entries].sort((a, b) => time(a.article.publishedAt) - time(b.article.publishedAt));
  const earlier = byTime.filter((e) => time(e.article.publishedAt) < mine).length;
  const heading =
    earlier === byTime.length ? 'Earlier on this story' : earlier === 0 ? 'Later on this story' : 'Earlier and later on this story';
  return (
    <section class="follow-ups" aria-label={heading} data-testid="follow-ups">
      <h3 class="follow-ups__heading">{heading}</h3>
      <ul class="coverage">
        {byTime.map((entry) => (
          <CoverageRow
            key={entry.item.articleId}
            entry={entry}
            meta={[timing(entry.article.publishedAt, publishedAt), 'another chapter of the story'].filter(Boolean).join(' · ')}
            actions={[
              ...(onSameEvent ? [{ label: 'Same event', named: true, onClick: () => onSameEvent(entry.item.articleId) }] : []),
              { label: 'Not related', named: true, onClick: () => onNotRelated(entry.item.articleId) },
            ]}
            testId="follow-up"
          />
        ))}
      </ul>
    </section>
  );
}
