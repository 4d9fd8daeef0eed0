import { clean } from './dom';
import { decodeEntities } from './json-ld';

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
export const SPLIT = /\s*(?:[,，、;]|\/|&|\b(?:and|AND|And|und|et|y|e|en|og)\b)\s*/;
/**
 * Japanese credit labels between names ("著者 A イラスト B") and after them
 * ("A 著、B 監訳、C 訳"): each person's part in the book or story, not a name.
 */
const CJK_ROLE_BETWEEN = /\s(?:イラスト|翻訳者|訳者|翻訳|写真|監修|編集|作画|原作)\s*[:：●]?\s*(?=\S)/gu;
const CJK_ROLE_AFTER = /\s(?:著|訳|監訳|編|編著|監修|作|絵)(?=[\s,，、]|$)/gu;
const SECTION_FIRST = /^\p{L}+\s*[·•|]\s*(\p{Lu}.*\s.*)$/u;
/** A team credited as one ("AOL Staff", "ZDNet Japan Staff"): the page's own answer, not a name with a job title. */
const COLLECTIVE = /\s(?:staff|team|desk)$/i;
export const isCollective = (name: string) => COLLECTIVE.test(name);
const GENERIC_ACCOUNT = /^(?:\w*admin\w*|webmaster|root|guest)$/i;
/** A user name as forums and paste sites print it: "doumae", "u/benyacobi", "@jana". */
const HANDLE = /^[@\p{L}\p{N}][\p{L}\p{N}_./-]{1,39}$/u;

function looksLikeName(name: string, handles: boolean): boolean {
  const words = name.split(' ');
  return (
    name.length >= 2 &&
    name.length <= 60 &&
    words.length <= 6 &&
    /\p{L}/u.test(name) &&
    // Names do not start with a count ("1 Fictions"); shared accounts ("admin", "webmaster") are nobody.
    !/^\d/.test(name) &&
    !GENERIC_ACCOUNT.test(name) &&
    !/[@<>{}=]|https?:|www\.|\.com\b/i.test(name) &&
    // Latin names are capitalised; sentences and labels ("share this", "more from") are not.
    (!/^[a-z]/.test(name) || /[^\p{Script=Latin}\s.'’-]/u.test(name) || (handles && HANDLE.test(name)))
  );
}

/** "By Joe Davidson\nWashington Post\nDec 13": a "By" line ends with its block; the next holds an affiliation or a date. */
const BY_LINE = /^\s*(?:by|von|par|por|door|di)[\s:]+[^\n]*\p{L}[^\n]*/iu;

export interface SplitOptions {
  /** The text is marked up as the author (rel=author, itemprop): a lower-case user name counts. */
  handles?: boolean;
  /** The text is one profile's name (a link to a profile page): "Prince and the Revolution" is one band, not two people. */
  single?: boolean;
}

/**
 * "By JANA PETROV and Ola Berg, Staff Writers | Updated 3 May 2026" → ["JANA PETROV", "Ola Berg"].
 * Lines (`\n`) are the byline's blocks, as `spacedText` reads them.
 */
export function splitAuthors(raw: string | null | undefined, { handles = false, single = false }: SplitOptions = {}): string[] {
  const decoded = decodeEntities(raw ?? '');
  const whole = clean(decoded);
  if (handles && HANDLE.test(whole) && !/^\p{Lu}/u.test(whole)) return GENERIC_ACCOUNT.test(whole) ? [] : [whole];
  let text = clean(BY_LINE.exec(decoded)?.[0] ?? decoded).slice(0, 300);
  text = text.replace(/\S+@\S+|https?:\/\/\S+|\(.*?\)/g, ' ');
  // "Photograph by …", "Illustration: …": a credit for a picture, not a byline.
  if (CREDIT.test(clean(text))) return [];
  text = clean(text).replace(LEAD, '');
  // "Politik · Jochen Bittner, Tina Hildebrandt": one word before a separator is the section, names follow.
  const section = SECTION_FIRST.exec(text);
  if (section) {
    const names = splitAuthors(section[1], { handles });
    if (names.length) return names;
  }
  text = text.replace(TAIL, '').replace(CJK_ROLE_AFTER, ',').replace(CJK_ROLE_BETWEEN, ',');
  // One profile's name ends at a comma: what follows is a role or an affiliation.
  const pieces = single ? text.split(/\s*[,，、;]\s*/, 1) : text.split(SPLIT);
  // "Gillman, Steve": a library-style byline, surname first.
  if (pieces.length === 2 && pieces.every((p) => /^\p{Lu}[\p{L}'’-]+$/u.test(p.trim())) && /,/.test(text) && !/\band\b|&/.test(text))
    return [`${pieces[1]!.trim()} ${pieces[0]!.trim()}`];
  const names: string[] = [];
  for (const piece of pieces) {
    let name = clean(piece.replace(LEAD, '')).replace(/^[\s,:;.-]+|[\s,:;-]+$/g, '');
    const withoutRole = COLLECTIVE.test(name) ? name : name.replace(ROLE_START, '');
    if (withoutRole.includes(' ')) name = withoutRole;
    if (!name) continue;
    // A role after a name belongs to that name; a piece that is only a role ("AP", "Staff Writer") is dropped
    // unless it is the whole byline ("AOL Staff"): then it is the page's own answer.
    // So is an outlet after a name ("Fatima Hussein, The Associated Press"): people's names do not start with "The".
    if ((ROLE.test(name) || /^the\s/i.test(name)) && names.length > 0) continue;
    if (looksLikeName(name, handles)) names.push(name);
  }
  return dedupe(names);
}

export function dedupe(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
