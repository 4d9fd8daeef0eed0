/**
 * Text normalisation shared by every analysis in lib/text. Outlets type the same
 * words with different code points (curly vs straight quotes, en vs em dashes,
 * precomposed vs combining accents, non-breaking spaces); matching must not see
 * those differences, and offsets given to framing refer to this normalised text.
 */

// One pass with a lookup table is several times faster than a chain of replace() calls.
const CANONICAL: Record<string, string> = {
  '\u2018': "'", // ‘
  '\u2019': "'", // ’
  '\u201A': "'", // ‚
  '\u201B': "'", // ‛
  '\u2032': "'", // ′
  '\u02BC': "'", // ʼ modifier apostrophe (Ukrainian transliterations)
  '\u201C': '"', // “
  '\u201D': '"', // ”
  '\u201E': '"', // „
  '\u201F': '"', // ‟
  '\u2033': '"', // ″
  '\u00AB': '"', // «
  '\u00BB': '"', // »
  '\u2010': '-', // hyphen
  '\u2011': '-', // non-breaking hyphen
  '\u2212': '-', // minus sign: "−5" is a number, not a clause dash
  '\u2012': '—', // figure dash
  '\u2013': '—', // en dash: used as a clause dash as often as for ranges
  '\u2015': '—', // horizontal bar
  '\u2026': '...', // …
  '\u00AD': '', // soft hyphen: invisible, splits words
  '\u200B': '', // zero-width space
  '\u200C': '',
  '\u200D': '',
  '\u2060': '', // word joiner
  '\uFEFF': '', // BOM
};

const SPECIAL =
  /[\u2018\u2019\u201A\u201B\u2032\u02BC\u201C-\u201F\u2033\u00AB\u00BB\u2010-\u2013\u2015\u2212\u2026\u00AD\u200B-\u200D\u2060\uFEFF]/g;
// Horizontal whitespace, including NBSP and the typographic spaces (U+2000–U+200A, U+202F, U+205F, U+3000).
const SPACES = /[ \t\f\v\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;
const NEWLINE = /\r\n?|\u2028|\u2029/g;
// Newlines with the spaces around them; two or more make a paragraph break.
const LINE_BREAKS = / ?\n(?: ?\n)* ?/g;

/**
 * NFC, canonical quotes (' and "), dashes (- inside words and numbers, — between clauses),
 * "..." for the ellipsis, single spaces, "\n" for a line break and "\n\n" for a paragraph break.
 */
export function normalizeText(s: string): string {
  return s
    .normalize('NFC')
    .replace(SPECIAL, (c) => CANONICAL[c] ?? c)
    .replace(NEWLINE, '\n')
    .replace(SPACES, ' ')
    .replace(LINE_BREAKS, (run) => (run.indexOf('\n') === run.lastIndexOf('\n') ? '\n' : '\n\n'))
    .trim();
}

// Letters that carry no combining mark under NFD but still have a plain-Latin spelling.
const LIGATURES: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const LIGATURE = /[ßæœøłđðþı]/g;
const MARKS = /\p{M}+/gu;

/** Lower-case and strip diacritics: "Weizsäcker" → "weizsacker", "Łódź" → "lodz". */
export function foldAccents(s: string): string {
  const lower = s.toLowerCase();
  // Most English text is ASCII; skip the NFD round trip when there is nothing to fold.
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7F]*$/.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(LIGATURE, (c) => LIGATURES[c] ?? c)
    .normalize('NFC');
}
