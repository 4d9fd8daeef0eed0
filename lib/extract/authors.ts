import { SPLIT, dedupe, isCollective, splitAuthors } from './author-names';
import { fromMarkup } from './byline-markup';
import { bylineNearHeadline } from './byline-near-headline';
import { clean } from './dom';
import type { PageScan } from './page-scan';
import { jsonLdNames, type JsonObject } from './json-ld';
import type { FieldSource } from './types';

const AUTHOR_META = [
  'author',
  'article:author',
  'og:article:author',
  'parsely-author',
  'sailthru.author',
  'dc.creator',
  'dcterms.creator',
  'byl',
  'citation_author',
];

/** "Ariel Pierre-Louis at MSA Models", "Caitlin Wooters using MAC Cosmetics": a photo shoot's credits (model, make-up), not a byline. */
const SHOOT_CREDIT = /\S\s+(?:at|using)\s+\p{Lu}/u;

const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The names in an author string from metadata. One signed with the site's name
 * ("Jana Petrov - Harbor Ledger") counts only when all of it is names: "Zone Justice
 * et faits divers - ICI.Radio-Canada.ca" is a section signed as a page title is.
 */
function namesIn(value: string | null, outlet: string): string[] {
  const signed = value ? /^(.*\S)\s[-–|]\s+(.+)$/.exec(value) : null;
  const [site, ours] = [letters(signed?.[2] ?? ''), letters(outlet)];
  if (!signed || site.length < 4 || ours.length < 4 || !(site.includes(ours) || ours.includes(site))) return splitAuthors(value);
  const names = splitAuthors(signed[1]);
  return names.length === signed[1]!.split(SPLIT).length ? names : [];
}

function fromMeta(meta: Map<string, string[]>, outlet: string): string[] {
  for (const key of AUTHOR_META) {
    const values = meta.get(key);
    // A list that credits a shoot names everyone on it: the byline in the page says who wrote the story.
    if (!values || values.some((value) => SHOOT_CREDIT.test(value))) continue;
    // citation_author and some CMSes give one tag per author.
    const names = dedupe(values.flatMap((value) => namesIn(value, outlet)));
    if (names.length) return names;
  }
  return [];
}

/** The owner named in the copyright line ("© 2026 Condé Nast") is a company, not a byline. */
function copyrightHolders(scan: PageScan): string {
  return scan.copyright
    .flatMap(
      (el) =>
        clean(el.textContent)
          .slice(0, 5000)
          .match(/(?:©|\(c\)|copyright)[^.|]{0,120}/gi) ?? [],
    )
    .join(' ')
    .toLowerCase();
}

/** "Meg Wagner NEW YORK DAILY NEWS" → "Meg Wagner": the outlet's words glued after a name. */
function withoutOutlet(name: string, outlet: string): string {
  const outletWords = new Set(outlet.toLowerCase().split(/\s+/));
  const words = name.split(' ');
  let end = words.length;
  while (end > 2 && outletWords.has(words[end - 1]!.toLowerCase())) end--;
  return end < words.length && words.length - end >= 2 ? words.slice(0, end).join(' ') : name;
}

export interface AuthorInputs {
  scan: PageScan;
  meta: Map<string, string[]>;
  article: JsonObject | null;
  outlet: string;
  /** The page's address: a story card's headline links elsewhere, the story's own does not. */
  pageUrl: string;
  readabilityByline: string | null;
}

/** Authors as the page states them, from the most to the least structured source. */
export function readAuthors({ scan, meta, article, outlet, pageUrl, readabilityByline }: AuthorInputs): [string[], FieldSource] {
  // A publisher named as its own author tells the reader nothing about who wrote the story.
  let owners: string | null = null;
  const notOutlet = (names: string[]) =>
    names.filter((name) => {
      const lower = name.toLowerCase();
      // "《ScanNetSecurity》" credits the outlet ScanNetSecurity: compare letters and digits only.
      if (letters(name) === letters(outlet)) return false;
      owners ??= copyrightHolders(scan);
      return !owners.includes(lower);
    });
  const candidates: [() => string[], FieldSource][] = [
    [() => jsonLdNames(article?.['author'] ?? article?.['creator']).flatMap((name) => namesIn(name, outlet)), 'json-ld'],
    [() => fromMeta(meta, outlet), 'meta'],
    [() => fromMarkup(scan, pageUrl), 'html'],
    [() => bylineNearHeadline(scan, pageUrl), 'html'],
    // Readability's byline is often the page's author meta tag again.
    [() => namesIn(readabilityByline, outlet), 'readability'],
  ];
  // A team credited as one ("Us Weekly Staff") answers only when no source names a person.
  let collective: [string[], FieldSource] = [[], 'none'];
  for (const [read, source] of candidates) {
    const names = dedupe(notOutlet(read()).map((name) => withoutOutlet(name, outlet)));
    if (names.length && names.every(isCollective)) collective = collective[0].length ? collective : [names, source];
    else if (names.length) return [names, source];
  }
  return collective;
}
