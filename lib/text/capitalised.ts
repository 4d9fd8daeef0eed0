/**
 * Runs of capitalised words ("Sen. Elizabeth Warren", "Bank of America") with offsets:
 * the raw material of entities.ts, which decides what in a run is a name.
 */
import { MAX_WORDS } from './tokens';

export interface CapWord {
  /** The word as written, possessive "'s" removed. */
  text: string;
  start: number;
  /** Offset past the word (possessive excluded). */
  end: number;
  /** True when the word opens a sentence, line or quote, where capitals say nothing. */
  sentenceInitial: boolean;
}

// "U.S." as one word; otherwise letters/digits with inner apostrophes and hyphens.
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['\u2019-][\p{L}\p{M}\p{N}]+)*/gu;
// Lower-case words that sit inside names: "Bank of America", "Ludwig van Beethoven", "Bashar al-Assad".
const CONNECTORS = new Set(['of', 'de', 'del', 'della', 'da', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'la', 'le', 'du', 'y']);
// Abbreviations whose period does not break a name: "Sen. Warren", "J. R. Smith", "St. Louis".
const DOTTED_PREFIX = new Set(
  'mr mrs ms mx dr prof sen rep gov gen lt col maj capt cmdr adm sgt cpl pvt det insp supt rev hon amb atty st ft mt'.split(' '),
);

// Arabic and European particles written before a capital: "al-Assad", "d'Estaing", "el-Sisi".
const NAME_PARTICLE = /^(?:al|el|ad|as|ash|ar|an|at|az|bin|ibn|abu|d|l|o)['\u2019-]\p{Lu}/u;

interface RawWord {
  text: string;
  start: number;
  gap: string;
  upper: boolean;
  possessive: boolean;
  paragraph: number;
}

function scan(text: string): RawWord[] {
  const words: RawWord[] = [];
  let prevEnd = 0;
  let paragraph = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null && words.length < MAX_WORDS; m = WORD.exec(text)) {
    const gap = text.slice(prevEnd, m.index);
    if (gap.includes('\n')) paragraph++;
    const possessive = m[0].endsWith("'s") || m[0].endsWith('\u2019s');
    const first = m[0][0]!;
    words.push({
      text: possessive ? m[0].slice(0, -2) : m[0],
      start: m.index,
      gap,
      upper: first !== first.toLowerCase() || NAME_PARTICLE.test(m[0]),
      possessive,
      paragraph,
    });
    prevEnd = m.index + m[0].length;
  }
  return words;
}

/**
 * Paragraphs written in Title Case (headlines, section labels): their capitals say little.
 * Counted over words of four letters or more, which Title Case capitalises and running
 * text mostly does not: a name-dense lede ("Russian Foreign Minister Sergey Lavrov met…")
 * still has its lower-case verbs and nouns.
 */
function titleCaseParagraphs(words: RawWord[]): Set<number> {
  // Paragraphs are numbered from 0 in reading order: counts by number, not by a map.
  const paragraphs = (words.at(-1)?.paragraph ?? -1) + 1;
  const upper = new Uint32Array(paragraphs);
  const all = new Uint32Array(paragraphs);
  for (const w of words) {
    if (w.text.length < 4) continue;
    if (w.upper) upper[w.paragraph]!++;
    all[w.paragraph]!++;
  }
  const out = new Set<number>();
  for (let p = 0; p < paragraphs; p++) if (all[p]! >= 3 && upper[p]! / all[p]! >= 0.9) out.add(p);
  return out;
}

function joinsPrevious(prev: RawWord, gap: string): boolean {
  if (prev.possessive) return false;
  if (gap === ' ') return true;
  // The period of "Sen." or of the initial "J." does not end the name.
  return gap === '. ' && (DOTTED_PREFIX.has(prev.text.toLowerCase()) || /^\p{Lu}$/u.test(prev.text));
}

function opensSentence(prev: RawWord | undefined, gap: string): boolean {
  if (!prev) return true;
  if (/\n/.test(gap)) return true;
  const mark = gap.replace(/[\s"'\u201C\u2018([]+$/, '').slice(-1);
  if (mark === '' || !/[.!?:;—]/.test(mark)) return false;
  return !(mark === '.' && joinsPrevious(prev, '. '));
}

const LETTER_START = /^\p{L}/u;

/** `/^\p{L}/u.test(word)`, without the regex for the ASCII letters most words start with. */
function startsWithLetter(word: string): boolean {
  const code = word.charCodeAt(0) | 32;
  return (code >= 97 && code <= 122) || LETTER_START.test(word);
}

export interface Capitalised {
  runs: CapWord[][];
  lowerVocab: Set<string>;
}

/** Capitalised runs in reading order, and the set of words the text also writes in lower case. */
export function capitalisedWords(text: string): Capitalised {
  const words = scan(text);
  const lowerVocab = new Set<string>();
  for (const w of words) if (!w.upper && startsWithLetter(w.text)) lowerVocab.add(w.text);
  const titleCase = titleCaseParagraphs(words);
  // In a Title Case headline a capital says nothing: trust it only for words the running
  // text also capitalises ("Michael Steele Criticized for…" keeps Michael Steele).
  const capVocab = new Set<string>();
  for (const w of words) if (w.upper && !titleCase.has(w.paragraph)) capVocab.add(w.text.toLowerCase());
  const trusted = (w: RawWord) => (capVocab.size > 0 ? capVocab.has(w.text.toLowerCase()) : !lowerVocab.has(w.text.toLowerCase()));
  const isCap = (w: RawWord) => w.upper && (!titleCase.has(w.paragraph) || trusted(w));

  const runs: CapWord[][] = [];
  let run: CapWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const prev = words[i - 1];
    if (isCap(w)) {
      if (run.length > 0 && prev && joinsPrevious(prev, w.gap)) {
        run.push({ text: w.text, start: w.start, end: w.start + w.text.length, sentenceInitial: false });
      } else {
        if (run.length > 0) runs.push(trimConnectors(run));
        run = [{ text: w.text, start: w.start, end: w.start + w.text.length, sentenceInitial: opensSentence(prev, w.gap) }];
      }
    } else if (run.length > 0 && CONNECTORS.has(w.text) && w.gap === ' ' && !prev?.possessive) {
      run.push({ text: w.text, start: w.start, end: w.start + w.text.length, sentenceInitial: false });
    } else if (run.length > 0) {
      runs.push(trimConnectors(run));
      run = [];
    }
  }
  if (run.length > 0) runs.push(trimConnectors(run));
  return { runs: runs.filter((r) => r.length > 0), lowerVocab };
}

function trimConnectors(run: CapWord[]): CapWord[] {
  let end = run.length;
  while (end > 0 && CONNECTORS.has(run[end - 1]!.text)) end--;
  return run.slice(0, end);
}
