import type { CoverageItem } from '@/lib/coverage/types';

const HOUR = 3_600_000;

/** "published 4 h earlier", "published 3 days later": who reported first; empty without both dates. */
export function timing(other: string | null, mine: string | null): string {
  if (!other || !mine) return '';
  const hours = Math.round((Date.parse(other) - Date.parse(mine)) / HOUR);
  if (hours === 0) return 'published within the hour';
  const span = Math.abs(hours) < 48 ? `${Math.abs(hours)} h` : `${Math.round(Math.abs(hours) / 24)} days`;
  return `published ${span} ${hours < 0 ? 'earlier' : 'later'}`;
}

/** Why the matcher paired the two: "Shares names …; numbers …; words …". */
export function why({ evidence }: CoverageItem): string {
  if (!evidence) return '';
  const parts = [
    evidence.sharedNames.length > 0 && `names ${evidence.sharedNames.slice(0, 3).join(', ')}`,
    evidence.sharedNumbers.length > 0 &&
      // Evidence stored before units were written out holds `value|unit stem`: the value alone reads better.
      `numbers ${[...new Set(evidence.sharedNumbers.map((n) => n.split('|')[0]))].slice(0, 3).join(', ')}`,
    evidence.sharedTerms.length > 0 && `words ${evidence.sharedTerms.slice(0, 4).join(', ')}`,
  ].filter(Boolean);
  return parts.length > 0 ? `Shares ${parts.join('; ')}` : '';
}
