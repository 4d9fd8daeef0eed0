import { ELEMENT_NODE, TEXT_NODE, clean, closestWhere, tagOf } from './dom';
import type { PageScan } from './page-scan';
import { decodeEntities, jsonLdNames, type JsonObject } from './json-ld';
import type { FieldSource } from './types';

/** Words that open a byline, in the languages we detect. */
const LEAD =
  /^(?:(?:(?:written|posted|story|words|text|reporting|report|published|compiled)\s+)?by\s*:?\s*(?=\p{Lu})|(?:by|von|par|por|di|door|av|autor(?:in)?:?|author:?|text:|texte?:)\s+|(?:投稿者|著者|作者|筆者|文|記者)\s*[:：●]?\s*)/iu;
/** A job title glued to a name: "Jana Petrov, Senior Reporter". */
const ROLE =
  /\b(writer|editor|reporter|correspondent|contributor|columnist|producer|journalist|photographer|analyst|critic|staff|desk|bureau|officer|director|president|secretary|manager|special to|for the|redakteur|redaktion|korrespondent|rédaction|envoyée? spéciale?|journaliste|corresponsal|redacción)\b/i;
/** Where a job title starts after a name: "Sam Stein Senior Politics Editor" → "Sam Stein". */
const ROLE_START =
  /\s+(?:senior|staff|chief|deputy|contributing|associate|managing|executive|special|national|foreign|political|politics|digital|news|science|sports|business|tech|white house|editor|writer|reporter|correspondent|columnist|contributor)\b.*$/i;
/** Where a byline stops being names: dates, "Updated", separators, contact details. */
const TAIL =
  /\s*(?:\||·|•|—|–|\s-\s|\bupdated\b|\bpublished\b|\bposted\b|\bon\s+(?:mon|tue|wed|thu|fri|sat|sun)|\bon\s+[a-z]+\s+\d|\bon\s+\d|\s+in\s+\p{Lu}|\s+(?:is|was|writes|covers)\s|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}[/.:]\d{1,2}|\d{4}|\bfollow\b|\bemail\b|\bcontact\b).*$/iu;
const CREDIT = /^(?:photo(?:graph)?s?|pictures?|images?|illustrations?|graphics?|video|fotos?|bild)\s*(?:by\b|:|von\b|par\b|por\b)/i;
/** Conjunctions are matched in lower case only: "Laura E. Adkins" keeps her initial. */
const SPLIT = /\s*(?:,|;|\/|&|\b(?:and|AND|And|und|et|y|e|en|og)\b)\s*/;

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

function looksLikeName(name: string): boolean {
  const words = name.split(' ');
  return (
    name.length >= 2 &&
    name.length <= 60 &&
    words.length <= 6 &&
    /\p{L}/u.test(name) &&
    !/[@<>{}=]|https?:|www\.|\.com\b/i.test(name) &&
    // Latin names are capitalised; sentences and labels ("share this", "more from") are not.
    (!/^[a-z]/.test(name) || /[^\p{Script=Latin}\s.'’-]/u.test(name))
  );
}

/** "By JANA PETROV and Ola Berg, Staff Writers | Updated 3 May 2026" → ["JANA PETROV", "Ola Berg"]. */
export function splitAuthors(raw: string | null | undefined): string[] {
  let text = clean(decodeEntities(raw ?? '')).slice(0, 300);
  text = text.replace(/\S+@\S+|https?:\/\/\S+|\(.*?\)/g, ' ');
  // "Photograph by …", "Illustration: …": a credit for a picture, not a byline.
  if (CREDIT.test(clean(text))) return [];
  text = clean(text).replace(LEAD, '').replace(TAIL, '');
  const pieces = text.split(SPLIT);
  // "Gillman, Steve": a library-style byline, surname first.
  if (pieces.length === 2 && pieces.every((p) => /^\p{Lu}[\p{L}'’-]+$/u.test(p.trim())) && /,/.test(text) && !/\band\b|&/.test(text))
    return [`${pieces[1]!.trim()} ${pieces[0]!.trim()}`];
  const names: string[] = [];
  for (const piece of pieces) {
    let name = clean(piece.replace(LEAD, '')).replace(/^[\s,:;.-]+|[\s,:;-]+$/g, '');
    const withoutRole = name.replace(ROLE_START, '');
    if (withoutRole.includes(' ')) name = withoutRole;
    if (!name) continue;
    // A role after a name belongs to that name; a piece that is only a role ("AP", "Staff Writer") is dropped
    // unless it is the whole byline ("AOL Staff"): then it is the page's own answer.
    if (ROLE.test(name) && names.length > 0) continue;
    if (looksLikeName(name)) names.push(name);
  }
  return dedupe(names);
}

function dedupe(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function fromMeta(meta: Map<string, string[]>): string[] {
  for (const key of AUTHOR_META) {
    const values = meta.get(key);
    if (!values) continue;
    // citation_author and some CMSes give one tag per author.
    const names = dedupe(values.flatMap((value) => splitAuthors(value)));
    if (names.length) return names;
  }
  return [];
}

/** Text with a separator wherever an element starts, so "By<a>Jana</a><span>May 3</span>" does not run together. */
function spacedText(el: Element): string {
  return shortSpacedText(el, Infinity) ?? '';
}

/**
 * `spacedText` of an element whose text is at most `max` characters, else null.
 * Stops reading early: a container's whole text is long, and callers want a line.
 */
function shortSpacedText(el: Element, max: number): string | null {
  // Markup indents with white space that `clean` removes: read well past `max` before giving up.
  const limit = max * 4;
  let out = '';
  const walk = (node: Node, depth: number) => {
    for (let child = node.firstChild; child && depth < 20 && out.length <= limit; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) out += child.nodeValue ?? '';
      else if (child.nodeType === ELEMENT_NODE) {
        out += ' ';
        walk(child, depth + 1);
        out += ' ';
      }
    }
  };
  walk(el, 0);
  if (out.length > limit) return null;
  const text = clean(out);
  return text.length <= max ? text : null;
}

/** Bylines of other stories (rails, comments), photo credits and the people quoted in pull quotes are not this story's authors. */
const NOT_BYLINE_TAGS = new Set(['aside', 'footer', 'nav', 'figure', 'figcaption', 'blockquote']);
/** Class words that start a name part: "related-posts", "photoCredit", "pull-quote__author", but not "ContentHeaderAccreditation". */
const NOT_BYLINE_CLASS = /(^|[-_\s])(related|comment|recommend|caption|credit|promo|quote)/i;
const camelSplit = (cls: string) => cls.replace(/(\p{Ll})(\p{Lu})/gu, '$1-$2');
const outsideByline = (el: Element) =>
  closestWhere(el, (_, tag, cls) => NOT_BYLINE_TAGS.has(tag) || (cls !== '' && NOT_BYLINE_CLASS.test(camelSplit(cls)))) !== null;

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
      const found = splitAuthors(text);
      if (found.length && !byline) byline = el.parentElement?.parentElement?.parentElement ?? el;
      names.push(...found);
      // Microdata marks every author of the story; for class-based guesses the
      // first byline in the document is the story's, later ones belong to teasers.
      if (names.length && index > 1) break;
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

const PROFILE_LINK = /\/(author|authors|autor|auteur|profile|profiles|people|staff|editors?|writers?|contributors?|journalists?)\//i;

/**
 * The byline printed under the headline, for pages that mark nothing up:
 * a short "By …" line, else a link to an author profile page.
 */
function bylineNearHeadline(scan: PageScan): string[] {
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
      if (!text || !/^(by|von|par|por|door|di)\s+\p{Lu}/iu.test(text) || outsideByline(el)) continue;
      const names = splitAuthors(text);
      if (names.length) return names;
    }
    for (const a of [...scope.querySelectorAll('a[href]')].slice(0, 100)) {
      if (!PROFILE_LINK.test(a.getAttribute('href') ?? '') || outsideByline(a)) continue;
      const names = splitAuthors(spacedText(a));
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

/** Authors as the page states them, from the most to the least structured source. */
export function readAuthors({ scan, meta, article, outlet, pageUrl, readabilityByline }: AuthorInputs): [string[], FieldSource] {
  // A publisher named as its own author tells the reader nothing about who wrote the story.
  let owners: string | null = null;
  const notOutlet = (names: string[]) =>
    names.filter((name) => {
      const lower = name.toLowerCase();
      if (lower === outlet.toLowerCase()) return false;
      owners ??= copyrightHolders(scan);
      return !owners.includes(lower);
    });
  const candidates: [() => string[], FieldSource][] = [
    [() => jsonLdNames(article?.['author'] ?? article?.['creator']).flatMap(splitAuthors), 'json-ld'],
    [() => fromMeta(meta), 'meta'],
    [() => fromMarkup(scan, pageUrl), 'html'],
    [() => bylineNearHeadline(scan), 'html'],
    [() => splitAuthors(readabilityByline), 'readability'],
  ];
  for (const [read, source] of candidates) {
    const names = dedupe(notOutlet(read()).map((name) => withoutOutlet(name, outlet)));
    if (names.length) return [names, source];
  }
  return [[], 'none'];
}
