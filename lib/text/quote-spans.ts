/**
 * Where a text quotes someone word for word: the spans between quotation marks. News
 * style lets a quotation run over several paragraphs, each re-opened and only the last
 * closed, so an unclosed quotation ends with its paragraph.
 */
import { introducedAsWords } from './naming-frames';

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark (or the paragraph's end when it has none). */
  close: number;
  /** The quoted words, marks excluded. */
  start: number;
  end: number;
}

const OPENING = new Set(['\u201C', '\u00AB', '\u201E']);
const CLOSING = new Set(['\u201D', '\u00BB']);
// Shorter quoted runs are titles and scare quotes ("defensive", "one person"), not speech,
// unless a verb of speaking or naming introduces them ("called him a “coward”").
const MIN_WORDS = 3;
// Every character the reader below acts on; a newline only when another follows it.
const MARK = /[\u201C\u00AB\u201E\u201D\u00BB"]|\n(?=\n)/g;

const QUOTED_WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*/gu;

/** Words as a quotation is measured: letters and digits, inner apostrophes kept ("don’t" is one). */
export function wordCount(text: string): number {
  // Counted as found, without collecting every match into an array first.
  let count = 0;
  QUOTED_WORD.lastIndex = 0;
  while (QUOTED_WORD.exec(text) !== null) count++;
  return count;
}

/** Quotation spans in reading order; scare quotes of one or two words are left out. */
export function quoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  // Curly quotation marks nest ("… the “f bomb.””); straight ones cannot.
  let depth = 0;
  const close = (at: number, past: number) => {
    let start = open + 1;
    while (start < at && /\s/.test(text[start]!)) start++;
    while (at > start && /\s/.test(text[at - 1]!)) at--;
    const words = wordCount(text.slice(start, at));
    if (words >= MIN_WORDS || (words > 0 && introducedAsWords(text, open, spans.at(-1)?.close ?? 0)))
      spans.push({ open, close: past, start, end: at });
    open = -1;
    depth = 0;
  };
  // Only the marks and paragraph breaks matter: jump from one to the next.
  MARK.lastIndex = 0;
  for (let m = MARK.exec(text); m !== null; m = MARK.exec(text)) {
    const i = m.index;
    const c = m[0];
    if (c === '\n') {
      if (open >= 0) close(i, i);
    } else if (OPENING.has(c)) {
      if (open >= 0) depth++;
      else open = i;
    } else if (CLOSING.has(c)) {
      if (depth > 0) depth--;
      else if (open >= 0) close(i, i + 1);
    } else if (c === '"') {
      if (open < 0) open = i;
      else close(i, i + 1);
    }
  }
  if (open >= 0) close(text.length, text.length);
  return spans;
}
