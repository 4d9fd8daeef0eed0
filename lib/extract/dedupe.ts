/**
 * Some sites print the article twice (a desktop and a mobile copy, an AMP
 * fallback, a "print" version): the second copy of a paragraph is dropped.
 * Short lines ("Advertisement", "—") may repeat legitimately and are left to the
 * boilerplate filter.
 */
const MIN_CHARS = 40;

const key = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

export function withoutRepeats(paragraphs: string[]): string[] {
  const seen = new Set<string>();
  return paragraphs.filter((text) => {
    const k = key(text);
    if (k.length < MIN_CHARS) return true;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
