/**
 * Some sites print the article twice (a desktop and a mobile copy, an AMP
 * fallback, a "print" version). A second copy is recognised as a long paragraph
 * seen before, or a run of three or more paragraphs seen before in the same
 * order. Short lines repeat legitimately (recipes, schedules, Q&A labels) and stay.
 */
const MIN_CHARS = 40;
const LONG_CHARS = 200;
const MIN_RUN = 3;

const key = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

export function withoutRepeats(paragraphs: string[]): string[] {
  const firstSeen = new Map<string, number>();
  const earlier = paragraphs.map((text, i) => {
    const k = key(text);
    if (k.length < MIN_CHARS) return -1;
    const seen = firstSeen.get(k);
    if (seen === undefined) firstSeen.set(k, i);
    return seen ?? -1;
  });
  const drop = new Set<number>();
  for (let i = 0; i < paragraphs.length;) {
    if (earlier[i]! < 0) {
      i++;
      continue;
    }
    // Extend the run while each paragraph repeats the one after the previous copy.
    let end = i + 1;
    while (end < paragraphs.length && earlier[end] === earlier[end - 1]! + 1) end++;
    for (let j = i; j < end; j++) if (end - i >= MIN_RUN || key(paragraphs[j]!).length >= LONG_CHARS) drop.add(j);
    i = end;
  }
  return paragraphs.filter((_, i) => !drop.has(i));
}
