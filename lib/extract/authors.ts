import { dedupe, isCollective, splitAuthors } from './author-names';
import { shortSpacedText, spacedText } from './byline-text';
import { clean, closestWhere, tagOf } from './dom';
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

function fromMeta(meta: Map<string, string[]>): string[] {
  for (const key of AUTHOR_META) {
    const values = meta.get(key);
    // A list that credits a shoot names everyone on it: the byline in the page says who wrote the story.
    if (!values || values.some((value) => SHOOT_CREDIT.test(value))) continue;
    // citation_author and some CMSes give one tag per author.
    const names = dedupe(values.flatMap((value) => splitAuthors(value)));
    if (names.length) return names;
  }
  return [];
}

/** Bylines of other stories (rails, comments), photo credits and the people quoted in pull quotes are not this story's authors. */
const NOT_BYLINE_TAGS = new Set(['aside', 'footer', 'nav', 'figure', 'figcaption', 'blockquote']);
/** Class words that start a name part: "related-posts", "photoCredit", "pull-quote__author", "tag-cloud", but not "ContentHeaderAccreditation". */
const NOT_BYLINE_CLASS = /(^|[-_\s])(related|comment|recommend|caption|credit|promo|quote|tags([-_\s]|$)|tag-?(?:cloud|list))/i;
const camelSplit = (cls: string) => cls.replace(/(\p{Ll})(\p{Lu})/gu, '$1-$2');
/** `<address>` is HTML's element for the article's author, wherever the layout puts it (an aside beside the story). */
function outsideByline(el: Element): boolean {
  const nearest = closestWhere(
    el,
    (_, tag, cls) => tag === 'address' || NOT_BYLINE_TAGS.has(tag) || (cls !== '' && NOT_BYLINE_CLASS.test(camelSplit(cls))),
  );
  return nearest !== null && tagOf(nearest) !== 'address';
}

/** The path a link leads to, without query, fragment or trailing slash; null when it leads nowhere. */
function pathOf(href: string | null, base: string): string | null {
  if (!href || href.startsWith('#')) return null;
  try {
    const url = new URL(href, base);
    return `${url.host}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return null;
  }
}

/** A heading that is one link to another page: a story card's headline. Short ones are section labels ("Politics"). */
function linksElsewhere(heading: Element, here: string | null, pageUrl: string): boolean {
  const links = heading.querySelectorAll('a[href]');
  const text = clean(heading.textContent);
  if (links.length !== 1 || text.length < 25 || clean(links[0]!.textContent) !== text) return false;
  const target = pathOf(links[0]!.getAttribute('href'), pageUrl);
  return target !== null && target !== here;
}

/**
 * A byline in a story card: within a few levels sits a headline linking to
 * another story, and not the story's own headline (plain text, or a link to itself).
 */
function inTeaser(el: Element, storyH1: Element | null, pageUrl: string): boolean {
  const here = pathOf(pageUrl, pageUrl);
  const ownHeadline = storyH1 && !linksElsewhere(storyH1, here, pageUrl) ? storyH1 : null;
  let scope: Element | null = el;
  for (let level = 0; scope && level < 3; level++) {
    scope = scope.parentElement;
    if (!scope || tagOf(scope) === 'body' || (ownHeadline && scope.contains(ownHeadline))) return false;
    for (const heading of scope.querySelectorAll('h1, h2, h3, h4'))
      if (!heading.contains(el) && linksElsewhere(heading, here, pageUrl)) return true;
  }
  return false;
}

/** The kinds of `BYLINE_KINDS` that state authorship outright: itemprop=author (0, 1) and rel=author (2). */
const EXPLICIT_KINDS = 2;

/** Candidates in `scan.bylines`, one list per kind of markup (`BYLINE_KINDS`), stopping at the first that answers. */
function fromMarkup(scan: PageScan, pageUrl: string): string[] {
  for (const [index, candidates] of scan.bylines.entries()) {
    const names: string[] = [];
    let byline: Element | null = null;
    for (const el of candidates) {
      if (outsideByline(el) || inTeaser(el, scan.storyH1, pageUrl)) continue;
      // Co-authors sit together; an author marked up further away wrote a teaser.
      if (byline && !byline.contains(el)) continue;
      const text = clean(el.getAttribute('content')) || spacedText(el);
      if (text.length === 0 || text.length > 200) continue;
      // rel=author and itemprop=author say outright that the text is an author: a user name counts.
      const found = splitAuthors(text, { handles: index <= EXPLICIT_KINDS });
      if (found.length && !byline) byline = el.parentElement?.parentElement?.parentElement ?? el;
      names.push(...found);
      // Microdata and rel=author mark every author of the story; for class-based guesses the
      // first byline in the document is the story's, later ones belong to teasers.
      if (names.length && index > EXPLICIT_KINDS) break;
    }
    if (names.length) return dedupe(names).slice(0, 10);
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

const PROFILE_LINK =
  /\/(author|authors|autor|auteur|profile|profiles|people|staff|editors?|writers?|contributors?|journalists?|u|users?)\//i;
/** Classes of the element that holds the writer's name where a page marks no byline ("writer", "reporter"). */
const WRITER_CLASS = /(^|[-_\s])(writer|reporter|journalist)([-_\s]|$)/i;

/** Author pages live on the outlet's own site; a profile elsewhere ("youtube.com/user/…") is a social link. */
function onSite(href: string, pageUrl: string): boolean {
  const hostOf = (url: string) => new URL(url, pageUrl).hostname.replace(/^www\./, '');
  try {
    return hostOf(href) === hostOf(pageUrl);
  } catch {
    return false;
  }
}

/** A link inside running text ("<p><a href=/people/prince>Prince</a> was married…</p>") mentions someone; a byline is a line of its own. */
function inRunningText(link: Element): boolean {
  const block = closestWhere(link, (_, tag) => tag === 'p');
  return block !== null && clean(block.textContent).length > clean(link.textContent).length + 60;
}

/**
 * The byline printed under the headline, for pages that mark nothing up:
 * a short "By …" line or an element classed as the writer, else a link to an
 * author or user profile page that is not inside running text.
 */
function bylineNearHeadline(scan: PageScan, pageUrl: string): string[] {
  let scope: Element | null = scan.storyH1;
  // Each wider scope holds the narrower ones: read each element once.
  const seen = new Set<Element>();
  for (let level = 0; scope && level < 4; level++) {
    scope = scope.parentElement;
    if (!scope) break;
    for (const el of [...scope.querySelectorAll('div, p, span, li, address')].slice(0, 300)) {
      if (seen.has(el)) continue;
      seen.add(el);
      const text = shortSpacedText(el, 100);
      if (!text || outsideByline(el)) continue;
      const byWriter = WRITER_CLASS.test(el.getAttribute('class') ?? '');
      if (!byWriter && !/^(by|von|par|por|door|di)\s+\p{Lu}/iu.test(text)) continue;
      const names = splitAuthors(text, { handles: byWriter });
      if (names.length) return names;
    }
    for (const a of [...scope.querySelectorAll('a[href]')].slice(0, 100)) {
      const href = a.getAttribute('href') ?? '';
      if (!PROFILE_LINK.test(href) || !onSite(href, pageUrl) || outsideByline(a) || inRunningText(a)) continue;
      // A link to a profile page names a person or a user: "EvilSpark", "u/benyacobi".
      const names = splitAuthors(spacedText(a), { handles: true });
      if (names.length) return names;
    }
  }
  return [];
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

const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

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
    [() => jsonLdNames(article?.['author'] ?? article?.['creator']).flatMap((name) => splitAuthors(name)), 'json-ld'],
    [() => fromMeta(meta), 'meta'],
    [() => fromMarkup(scan, pageUrl), 'html'],
    [() => bylineNearHeadline(scan, pageUrl), 'html'],
    [() => splitAuthors(readabilityByline), 'readability'],
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
