import { clean, metaFrom } from './dom';
import { compact, headlineText, isStoryHeading, namesSite, siteNameFromHeadings } from './headings';
import type { PageScan } from './page-scan';
import { jsonLdString, type JsonObject } from './json-ld';
import type { FieldSource } from './types';

/** Between a headline and the site's name: " | ", " - ", ":", and "_" as Chinese sites write "标题_频道_网站". */
const SEPARATOR = /\s+[|–—·•»:/\\-]\s+|\s*[|｜:：_]\s*|\s+::\s+/;

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

/**
 * The page's displayed headline: the first story heading that says what the
 * metadata says, one marked as the headline first. A first <h1> that shares no
 * word with the declared titles is a label ("News releases") above the real one.
 */
function headingText(scan: PageScan, names: string[], declared: (string | null)[], pageUrl: string): string | null {
  const headings = [...(scan.headline ? [scan.headline] : []), ...scan.h1s];
  const stories = headings.filter((h1) => isStoryHeading(h1, names, pageUrl)).map((h1) => ({ h1, text: headlineText(h1) }));
  const agreeing = stories.filter(({ text }) => agreesWithMetadata(text, declared));
  const titled = agreeing.find(({ h1 }) => /title|headline|heading/i.test(h1.getAttribute('class') ?? ''));
  return (titled ?? agreeing[0])?.text || null;
}

/** How many <h2>/<h3> are read when no <h1> is the story's: the headline sits above the story, before the rails. */
const MAX_SUBHEADINGS = 40;

/**
 * The headline when no <h1> is the story's (the <h1> holds the logo, the site's
 * name or a breadcrumb): the first <h2> or <h3> that says what the page declares
 * as its title, closely (`closelyAgrees`).
 * Read only on such pages: the query walks the document.
 */
function subheadingText(doc: Document, names: string[], declared: (string | null)[], pageUrl: string): string | null {
  const titles = declared.filter((t): t is string => !!t);
  if (titles.length === 0) return null;
  for (const heading of [...doc.querySelectorAll('h2, h3')].slice(0, MAX_SUBHEADINGS)) {
    if (!isStoryHeading(heading, names, pageUrl)) continue;
    const text = headlineText(heading);
    if (titles.some((title) => closelyAgrees(text, title))) return text;
  }
  return null;
}

/** Says what `title` says: most of the heading's words are the title's, and it is no mere part of it (an ID, a section). */
function closelyAgrees(heading: string, title: string): boolean {
  if (compact(heading).length * 2 < compact(title).length) return false;
  // Words of four letters or more: "how", "you" and "your" say nothing about which story it is.
  const own = keys(heading, 4);
  const theirs = keys(title, 4);
  const shared = [...own].filter((key) => theirs.has(key)).length;
  return (shared >= 2 && shared * 3 >= own.size) || (compact(title).length >= 8 && compact(heading).includes(compact(title)));
}

export interface TitleInputs {
  doc: Document;
  scan: PageScan;
  meta: Map<string, string[]>;
  article: JsonObject | null;
  siteNames: string[];
  /** The page's address: a headline may link to it (a permalink), a section label does not. */
  pageUrl: string;
}

// Compiled once: keys() runs for every heading against every declared title.
const WORDS_OF_LENGTH = { 3: /[\p{L}\p{N}]{3,}/gu, 4: /[\p{L}\p{N}]{4,}/gu };
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const CJK_RUNS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;

/** Word stems (first four letters) and CJK character pairs: enough to tell "same story" from "a label". */
function keys(text: string, minLength: 3 | 4 = 3): Set<string> {
  const lower = text.toLowerCase();
  const words = (lower.match(WORDS_OF_LENGTH[minLength]) ?? []).filter((w) => !CJK.test(w));
  const cjk = lower.match(CJK_RUNS) ?? [];
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
export function readTitle({ doc, scan, meta, article, siteNames: knownNames, pageUrl }: TitleInputs): [string | null, FieldSource] {
  const docTitle = clean(doc.title) || null;
  const ogTitle = metaFrom(meta, 'og:title', 'twitter:title');
  const ldTitle = jsonLdString(article, 'headline') ?? jsonLdString(article, 'name');
  const learned = siteNameFromHeadings(docTitle, scan.h1s, knownNames.map(compact), [ogTitle, ldTitle]);
  const siteNames = learned ? [...knownNames, learned] : knownNames;
  const names = siteNames.map(compact).filter(Boolean);
  const declared = [ogTitle, ldTitle, docTitle];
  const h1 = headingText(scan, names, declared, pageUrl) ?? subheadingText(doc, names, declared, pageUrl);
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
