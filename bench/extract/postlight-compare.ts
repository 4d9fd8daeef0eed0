/**
 * How the Postlight benchmark compares a title or an author with the gold.
 * The gold strings are what the upstream parser's site-specific extractors
 * return, labels and all; both sides go through the same normalisation, which
 * never looks at the domain.
 */

/** Equal after white space and typographic quote normalisation. */
export const normTitle = (s: string | null | undefined) =>
  (s ?? '')
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Credit labels printed before a name ("著者：", "作者：", "文●", "翻訳者", "イラスト",
 * "By") or after it ("著", "監訳", "訳"): they say what the person did, and
 * between two names they separate them.
 */
const ROLE_BEFORE = /(?:^|\s)(?:(?:by|著者|作者|筆者|記者|翻訳者|訳者|翻訳|イラスト|写真)(?:\s*[:：●]\s*|\s+)|文\s*[:：●]\s*)/giu;
const ROLE_AFTER = /\s(?:著|監訳|訳|編|監修)(?=[\s,，、]|$)/gu;
/** Between names: commas (Latin and CJK), semicolons, "&", "and". */
const LIST = /\s*(?:[,，、;&]|\band\b)\s*/i;

/**
 * "著者 お米ゴハン イラスト 汐街コナ" → ["お米ゴハン", "汐街コナ"];
 * "Mike Cason | mcason@al.com" → ["mike cason"]. Lower-cased, for comparison only.
 */
export function authorNames(raw: string): string[] {
  const text = raw
    .replace(/\s+\|\s+.*$/s, '')
    .replace(/\S+@\S+\.\w+/g, ' ')
    .replace(/\s+/g, ' ');
  return text
    .replace(ROLE_AFTER, ',')
    .replace(ROLE_BEFORE, ',')
    .split(LIST)
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
}

const nameSet = (names: string[]) => new Set(names.flatMap(authorNames));

/** The same people, ignoring case and order; no names on both sides counts as equal. */
export function sameNames(found: string[], gold: string[]): boolean {
  const [x, y] = [nameSet(found), nameSet(gold)];
  return x.size === y.size && [...x].every((n) => y.has(n));
}
