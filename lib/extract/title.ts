import { clean, closestWhere, metaFrom } from './dom';
import type { PageScan } from './page-scan';
import { jsonLdString, type JsonObject } from './json-ld';
import type { FieldSource } from './types';

const SEPARATOR = /\s+[|–—·•»:/\\-]\s+|\s*[|｜:：]\s*|\s+::\s+/;

/** Letters and digits only, lower-cased: "The New-York Times" ≈ "newyorktimes". */
const compact = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

function namesSite(segment: string, siteNames: string[]): boolean {
  const c = compact(segment);
  return (
    c.length > 0 && siteNames.some((name) => name.length > 1 && (c === name || c.includes(name) || (name.includes(c) && c.length >= 3)))
  );
}

/** "Ministers meet | The Harbor Ledger" → "Ministers meet"; "Ledger - Ministers meet" → "Ministers meet". */
export function stripSiteName(title: string, siteNames: string[]): string {
  const names = siteNames.map(compact).filter(Boolean);
  let parts = title.split(SEPARATOR).map(clean).filter(Boolean);
  // Site names sit at either end, sometimes with a section beside them ("Politics | Ledger").
  while (parts.length > 1 && namesSite(parts[parts.length - 1]!, names)) parts = parts.slice(0, -1);
  while (parts.length > 1 && namesSite(parts[0]!, names)) parts = parts.slice(1);
  if (parts.length === title.split(SEPARATOR).length) return title;
  // Rejoin what is left with the separators it had.
  const start = title.indexOf(parts[0]!);
  const last = parts[parts.length - 1]!;
  const end = title.lastIndexOf(last) + last.length;
  return start >= 0 && end > start ? clean(title.slice(start, end)) : parts.join(' - ');
}

/** Headings that label the site, a section or a widget rather than the story. */
const NOT_HEADLINE = /(^|[-_\s])(brand|branding|logo|site-?title|masthead|visually-?hidden|sr-only|screen-reader)/i;

function isStoryHeading(h1: Element, names: string[]): boolean {
  const text = clean(h1.textContent);
  if (text.length < 4 || text.length > 300) return false;
  if (NOT_HEADLINE.test(`${h1.getAttribute('class') ?? ''} ${h1.getAttribute('id') ?? ''}`)) return false;
  if (
    closestWhere(
      h1,
      (el, tag) =>
        tag === 'nav' ||
        tag === 'footer' ||
        tag === 'aside' ||
        el.getAttribute('role') === 'banner' ||
        el.getAttribute('role') === 'navigation',
    )
  )
    return false;
  // A heading that is one link is a section label or a logo ("Business Monday" → /biz-monday/).
  const links = h1.querySelectorAll('a');
  if (links.length === 1 && clean(links[0]!.textContent) === text) return false;
  if (h1.querySelector('img, svg') && text.split(' ').length < 4) return false;
  return !namesSite(text, names) || compact(text).length > Math.max(...names.map((n) => n.length), 0) + 8;
}

/**
 * The page's displayed headline: the first story heading that says what the
 * metadata says, one marked as the headline first. A first <h1> that shares no
 * word with the declared titles is a label ("News releases") above the real one.
 */
function headingText(scan: PageScan, names: string[], declared: (string | null)[]): string | null {
  const headings = [...(scan.headline ? [scan.headline] : []), ...scan.h1s];
  const stories = headings.filter((h1) => isStoryHeading(h1, names)).map((h1) => ({ h1, text: clean(h1.textContent) }));
  const agreeing = stories.filter(({ text }) => agreesWithMetadata(text, declared));
  const titled = agreeing.find(({ h1 }) => /title|headline|heading/i.test(h1.getAttribute('class') ?? ''));
  return (titled ?? agreeing[0])?.text || null;
}

export interface TitleInputs {
  doc: Document;
  scan: PageScan;
  meta: Map<string, string[]>;
  article: JsonObject | null;
  siteNames: string[];
}

/** Word stems (first four letters) and CJK character pairs: enough to tell "same story" from "a label". */
function keys(text: string): Set<string> {
  const lower = text.toLowerCase();
  const words = (lower.match(/[\p{L}\p{N}]{3,}/gu) ?? []).filter((w) => !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(w));
  const cjk = lower.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu) ?? [];
  const pairs = cjk.flatMap((run) => Array.from({ length: Math.max(0, run.length - 1) }, (_, i) => run.slice(i, i + 2)));
  return new Set([...words.map((w) => w.slice(0, 4)), ...pairs]);
}

/** A heading that shares no word with any title the page declares is a label ("Original text", "News releases"). */
function agreesWithMetadata(heading: string, declared: (string | null)[]): boolean {
  const titles = declared.filter((t): t is string => !!t);
  if (titles.length === 0) return true;
  const own = keys(heading);
  return titles.some((title) => [...keys(title)].some((key) => own.has(key)));
}

/** The headline without the site's name; never the site's name itself. */
export function readTitle({ doc, scan, meta, article, siteNames }: TitleInputs): [string | null, FieldSource] {
  const names = siteNames.map(compact).filter(Boolean);
  const docTitle = clean(doc.title) || null;
  const ogTitle = metaFrom(meta, 'og:title', 'twitter:title');
  const ldTitle = jsonLdString(article, 'headline') ?? jsonLdString(article, 'name');
  const h1 = headingText(scan, names, [ogTitle, ldTitle, docTitle]);
  // The headline the reader sees comes first: og:title and JSON-LD often carry a
  // social or SEO variant ("13 Ways To…" over "The Power Of Compliments").
  const candidates: [string | null, FieldSource][] = [
    [h1, 'html'],
    [ldTitle, 'json-ld'],
    [ogTitle, 'open-graph'],
    [docTitle, 'html'],
  ];
  for (const [raw, source] of candidates) {
    if (!raw || raw.length > 400) continue;
    const title = stripSiteName(raw, siteNames);
    if (
      /\p{L}|\p{N}/u.test(title) &&
      !(namesSite(title, names) && compact(title).length <= Math.max(...names.map((n) => n.length), 0) + 4)
    ) {
      // When the heading says what the metadata says, credit the more structured statement.
      const agreeing = candidates.slice(1, 3).find(([other]) => other && compact(stripSiteName(other, siteNames)) === compact(title));
      return [title, source === 'html' && agreeing ? agreeing[1] : source];
    }
  }
  return [null, 'none'];
}
