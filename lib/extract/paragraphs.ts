import { clean } from './dom';

const BLOCKS = 'p, h2, h3, h4, h5, h6, li, blockquote, pre';

/**
 * The article's text blocks in reading order. Only innermost blocks count, so a
 * quote wrapped in <blockquote><p> is read once.
 */
export function paragraphsOf(content: Element): string[] {
  const blocks = [...content.querySelectorAll(BLOCKS)].filter((el) => !el.querySelector(BLOCKS));
  const texts = blocks.length > 0 ? blocks.map((el) => clean(el.textContent)) : (content.textContent ?? '').split(/\n\s*\n/).map(clean);
  return texts.filter((text, i) => text.length > 0 && text !== texts[i - 1]);
}

export function countWords(paragraphs: string[]): number {
  return paragraphs.reduce((sum, text) => sum + (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0), 0);
}

/** The share of the text that sits inside links. */
export function linkDensity(content: Element): number {
  const total = clean(content.textContent).length;
  if (total === 0) return 0;
  const linked = [...content.querySelectorAll('a')].reduce((sum, a) => sum + clean(a.textContent).length, 0);
  return linked / total;
}

/**
 * Removes byline lines ("By Jana Petrov", "Jana Petrov, Staff Reporter") that
 * Readability keeps when the page also states its authors in metadata.
 */
export function withoutBylines(paragraphs: string[], authors: string[]): string[] {
  const names = authors.map((name) => name.toLowerCase());
  const isByline = (text: string) =>
    text.length < 120 &&
    (/^(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or)\s+\p{Lu}/u.test(text) || names.some((name) => text.toLowerCase().startsWith(name)));
  return paragraphs.filter((text) => !isByline(text));
}
