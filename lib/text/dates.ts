/**
 * Calendar days a text mentions, as ISO dates (YYYY-MM-DD): the strongest sign that two
 * reports of "a shooting on Tuesday" are, or are not, about the same night. Weekdays and
 * "yesterday" are resolved against the publication day, as a reader of that day would.
 */

/** Weekday and month names in full, lower case: English writes them capitalised, and they name no one. */
export const CALENDAR_NAMES: readonly string[] =
  `monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
   september october november december`.split(/\s+/);

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const WEEKDAYS: Record<string, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };

const MONTH_NAME = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:,?\s(\d{4}))?`;
// Month names are matched capitalised only: "may" and "march" are common lower-case words.
const MONTH_DAY = new RegExp(String.raw`\b${MONTH_NAME}\.?\s${DAY}\b${YEAR}`, 'g');
const DAY_MONTH = new RegExp(String.raw`\b${DAY}\s(?:of\s)?${MONTH_NAME}\b\.?${YEAR}`, 'g');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const WEEKDAY = /\b(last|next|this|on|since|until|by|from)?\s?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g;
const RELATIVE = /\b(yesterday|today|tonight|tomorrow)\b/gi;
const BARE_YEAR = /(?<![\p{L}\p{N}$€£.,:/-])(19\d\d|20\d\d|2100)(?![\p{L}\p{N}%]|[.,:/-]\d)/gu;

const DAY_MS = 86_400_000;

/** Days since the epoch of a YYYY-MM-DD date, or null for an impossible date (Feb. 30). */
function dayNumber(y: number, m: number, d: number): number | null {
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  return ms / DAY_MS;
}

const iso = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

function publicationDay(publishedIso: string | null | undefined): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedIso ?? '');
  return match ? dayNumber(+match[1]!, +match[2]!, +match[3]!) : null;
}

/**
 * A day without a year belongs to the publication year, unless that puts it more than a
 * month after publication: "Dec. 30" in a story of Jan. 2 is last year's.
 */
function withYear(month: number, day: number, year: string | undefined, published: number | null): number | null {
  if (year) return dayNumber(+year, month, day);
  if (published === null) return null;
  const pubYear = new Date(published * DAY_MS).getUTCFullYear();
  const guess = dayNumber(pubYear, month, day);
  if (guess !== null && guess - published > 31) return dayNumber(pubYear - 1, month, day);
  return guess;
}

// Words shortly before a weekday that put it ahead of the story: "is due to travel on Friday".
const FUTURE = /\b(?:will|is due|are due|due to|expected to|scheduled|plans? to|set to|to be held|upcoming)\b[^.!?]{0,60}$/i;

function weekday(name: string, modifier: string | undefined, published: number, before: string): number {
  const target = WEEKDAYS[name.toLowerCase()]!;
  const pubWeekday = new Date(published * DAY_MS).getUTCDay();
  if (modifier === 'next') return published + (((target - pubWeekday + 6) % 7) + 1);
  if (modifier !== 'last' && FUTURE.test(before)) return published + ((target - pubWeekday + 7) % 7);
  // News speaks of the past: "on Tuesday" is the latest Tuesday on or before the story.
  return published - ((pubWeekday - target + 7) % 7);
}

/**
 * ISO days mentioned, sorted and unique; weekdays and "yesterday" need `publishedIso`. A
 * weekday is the latest one on or before publication, or the coming one after "next" or
 * a future phrase ("will", "is due to", "scheduled").
 */
export function datesMentioned(text: string, publishedIso?: string | null): string[] {
  const published = publicationDay(publishedIso);
  const days = new Set<number>();
  const add = (d: number | null) => {
    if (d !== null) days.add(d);
  };
  for (const m of text.matchAll(MONTH_DAY)) add(withYear(MONTHS[m[1]!.slice(0, 3).toLowerCase()]!, +m[2]!, m[3], published));
  for (const m of text.matchAll(DAY_MONTH)) add(withYear(MONTHS[m[2]!.slice(0, 3).toLowerCase()]!, +m[1]!, m[3], published));
  for (const m of text.matchAll(ISO)) add(dayNumber(+m[1]!, +m[2]!, +m[3]!));
  if (published !== null) {
    for (const m of text.matchAll(WEEKDAY))
      add(weekday(m[2]!, m[1]?.toLowerCase(), published, text.slice(Math.max(0, m.index - 80), m.index)));
    for (const m of text.matchAll(RELATIVE)) {
      const word = m[1]!.toLowerCase();
      add(published + (word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0));
    }
  }
  return [...days].sort((a, b) => a - b).map(iso);
}

/** Years written alone ("in 2019"), which numbers() leaves out; sorted and unique. */
export function yearsMentioned(text: string): number[] {
  const years = new Set<number>();
  for (const m of text.matchAll(BARE_YEAR)) years.add(+m[1]!);
  return [...years].sort((a, b) => a - b);
}
