/**
 * What the quotation finders share: a text split once into sentences, quotation spans and
 * names, the clause boundaries inside a sentence, and the trail of who spoke where.
 */
import type { Capitalised } from './capitalised';
import { nameIndex, type NameIndex, type Named } from './people';
import { quoteSpans, type QuoteSpan } from './quote-spans';
import { splitSentences, type Sentence } from './sentences';
import { firstOpenFrom, insideSpan, lastClosedBy } from './span-search';
import { subjectBefore, type Speaker, type SubjectContext } from './speaker-phrase';
import { speechVerbOfForm, verbForm, type VerbForm } from './speech-verbs';

export interface Quote {
  kind: 'direct' | 'reported';
  /** The quoted words (inside the marks), or the reported clause. */
  text: string;
  start: number;
  end: number;
  speaker: Speaker | null;
  /** The verb that introduces the words, as written ("said", "claimed"); null when none does. */
  verb: string | null;
  verbStart: number | null;
  /** The sentence or sentences holding the quotation and its attribution. */
  sentence: Sentence;
}

/** What readers of one text can share: pass what is already read, and the rest is read from the text. */
export interface TextReading {
  /** splitSentences(text). */
  sentences?: Sentence[];
  /** quoteSpans(text). */
  spans?: QuoteSpan[];
  /** capitalisedWords(text). */
  capitals?: Capitalised;
}

export interface Word {
  text: string;
  start: number;
  end: number;
  /** The word before, for telling "he claims" from "the claims". */
  previous: string;
  /** The speech verb form it is when written in lower case ("said", "claims"); null for every other word. */
  form: VerbForm | null;
}

const WORD = /\p{L}+(?:['\u2019]\p{L}+)?/gu;
// How far back "he said" looks for the last person who spoke: about a paragraph.
const RECENT_SPEAKER_CHARS = 600;

// The quotation finders ask for the words of the same sentences many times: the text's words
// are found once (for the last text read) and each call takes its range by binary search. They
// are kept as offsets, not objects: a reader makes Word objects only for the few it asks about.
interface TextWords {
  text: string;
  starts: number[];
  ends: number[];
  /** `forms[i]`: the speech verb form word i is, or null (most words). */
  forms: (VerbForm | null)[];
}

let lastWords: TextWords = { text: '', starts: [], ends: [], forms: [] };

function allWords(text: string): TextWords {
  if (text !== lastWords.text) {
    const words: TextWords = { text, starts: [], ends: [], forms: [] };
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
      words.starts.push(m.index);
      words.ends.push(m.index + m[0].length);
      // A capitalised "States" or "Reports" is a name or a headline, not a verb.
      words.forms.push(startsLowerCase(m[0]) ? (verbForm(m[0]) ?? null) : null);
    }
    lastWords = words;
  }
  return lastWords;
}

const LOWER_START = /^\p{Ll}/u;

/** `/^\p{Ll}/u.test(word)`, without the regex for the ASCII letters most words start with. */
function startsLowerCase(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 128 ? code >= 97 && code <= 122 : LOWER_START.test(word);
}

const LETTER = /^\p{L}$/u;

/** Whether the code point ending just before `at` (not reaching back past `floor`) is a letter; its length, or 0. */
function letterBefore(text: string, floor: number, at: number): number {
  const code = text.charCodeAt(at - 1);
  if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122 ? 1 : 0;
  const pair = code >= 0xdc00 && code <= 0xdfff && at - 2 >= floor && /[\ud800-\udbff]/.test(text[at - 2]!);
  const length = pair ? 2 : 1;
  return LETTER.test(text.slice(at - length, at)) ? length : 0;
}

/** The last run of letters in text[floor, to), as `/(\p{L}+)[^\p{L}]*$/u` finds it, without slicing and a regex per call. */
function lastLetterRun(text: string, floor: number, to: number): string {
  let end = to;
  // A non-letter is stepped over one code unit at a time: half a surrogate pair is no letter either.
  while (end > floor && letterBefore(text, floor, end) === 0) end--;
  let start = end;
  while (start > floor) {
    const length = letterBefore(text, floor, start);
    if (length === 0) break;
    start -= length;
  }
  return text.slice(start, end);
}

/** The index of the first word starting at or after `from`. */
function firstWordFrom(words: TextWords, from: number): number {
  let lo = 0;
  let hi = words.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words.starts[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The words between two offsets that fall on word boundaries (sentence, clause or quotation
 * edges); only those `keep` accepts by index, when given.
 */
function wordsBetween(text: string, from: number, to: number, keep?: (words: TextWords, i: number) => boolean): Word[] {
  const words = allWords(text);
  const first = firstWordFrom(words, from);
  const out: Word[] = [];
  for (let i = first; i < words.starts.length && words.ends[i]! <= to; i++) {
    if (keep && !keep(words, i)) continue;
    const previous = i === first ? lastLetterRun(text, Math.max(0, from - 30), from) : text.slice(words.starts[i - 1], words.ends[i - 1]);
    out.push({
      text: text.slice(words.starts[i], words.ends[i]),
      start: words.starts[i]!,
      end: words.ends[i]!,
      previous,
      form: words.forms[i]!,
    });
  }
  return out;
}

/** The words between two offsets that fall on word boundaries (sentence, clause or quotation edges). */
export function wordsIn(text: string, from: number, to: number): Word[] {
  return wordsBetween(text, from, to);
}

const ACCORDING = /^according$/i;

/** Of the words between two offsets, those that can introduce speech: speech verb forms and "according" (to). */
function speechWordsIn(text: string, from: number, to: number): Word[] {
  return wordsBetween(
    text,
    from,
    to,
    (words, i) =>
      words.forms[i] !== null || (words.ends[i]! - words.starts[i]! === 9 && ACCORDING.test(text.slice(words.starts[i], words.ends[i]))),
  );
}

/** The speech verb a word of the text is, read with the word before it. */
export const verbOf = (w: Word) => speechVerbOfForm(w.form ?? undefined, w.previous);
export const isVerb = (w: Word) => verbOf(w) !== undefined;
export const isParticiple = (w: Word) => /ing$/i.test(w.text);

export class QuoteReader {
  readonly sentences: Sentence[];
  readonly spans: QuoteSpan[];
  readonly index: NameIndex;
  readonly usedVerbs = new Set<number>();
  constructor(
    readonly text: string,
    lang: string | null | undefined,
    { sentences = splitSentences(text), spans = quoteSpans(text), capitals }: TextReading = {},
  ) {
    this.sentences = sentences;
    this.spans = spans;
    this.index = nameIndex(text, lang, capitals);
  }

  insideQuote = (offset: number) => insideSpan(this.spans, offset);

  sentenceAt(offset: number): number {
    let lo = 0;
    let hi = this.sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.sentences[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  context(before: number): SubjectContext {
    return { text: this.text, index: this.index, excluded: this.insideQuote, before, recentSpeaker: this.recentSpeaker };
  }

  /** People who spoke, by the offset of their verb: filled by a first pass over the speech verbs, then by each attribution. */
  readonly spoke: { at: number; key: string }[] = [];

  recentSpeaker = (before: number, fits: (named: Named) => boolean): Named | undefined => {
    for (let i = this.spoke.length - 1; i >= 0; i--) {
      const { at, key } = this.spoke[i]!;
      if (at >= before) continue;
      if (before - at > RECENT_SPEAKER_CHARS) return undefined;
      const named = this.index.byKey.get(key);
      if (!named || !fits(named)) continue;
      // Someone named as a subject after the speaker's sentence is the likelier "he": "Mayor Feld
      // thanked the volunteers. “…,” she said." Names inside the speaker's own sentence are not.
      const after = this.sentences[this.sentenceAt(at)]!.end;
      const later = this.index.mentions.some(
        (m) =>
          m.start >= after &&
          m.start < before &&
          m.kind === 'person' &&
          !m.oblique &&
          !this.insideQuote(m.start) &&
          fits(this.index.byKey.get(m.key)!),
      );
      return later ? undefined : named;
    }
    return undefined;
  };

  private readonly speechWordsBySentence: Word[][] = [];

  /**
   * The words of sentence `index` that can introduce speech (speech verb forms, "according"),
   * found once for the speaker pass and the reported-speech pass: every other word they skip.
   */
  sentenceSpeechWords(index: number): Word[] {
    const sentence = this.sentences[index]!;
    return (this.speechWordsBySentence[index] ??= speechWordsIn(this.text, sentence.start, sentence.end));
  }

  /** Who speaks where, from the speech verbs outside quotations and their named subjects. */
  findSpeakers(): void {
    for (const [index, sentence] of this.sentences.entries()) {
      for (const w of this.sentenceSpeechWords(index)) {
        if (!isVerb(w) || this.insideQuote(w.start)) continue;
        const ctx: SubjectContext = { text: this.text, index: this.index, excluded: this.insideQuote, before: w.start };
        const speaker = subjectBefore(ctx, this.clauseStart(sentence, w.start), w.start, isParticiple(w));
        if (speaker?.key && speaker.kind === 'person') this.noteSpeaker(w.start, speaker.key);
      }
    }
  }

  noteSpeaker(at: number, key: string): void {
    let i = this.spoke.length;
    while (i > 0 && this.spoke[i - 1]!.at > at) i--;
    if (this.spoke[i]?.at !== at) this.spoke.splice(i, 0, { at, key });
  }

  paragraphsBetween(from: number, to: number): number {
    return (this.text.slice(from, to).match(/\n\s*\n/g) ?? []).length;
  }

  sentenceSpan(first: number, last: number): Sentence {
    const start = this.sentences[first]?.start ?? 0;
    const end = this.sentences[last]?.end ?? this.text.length;
    return { text: this.text.slice(start, end), start, end };
  }

  /** Where the clause holding `offset` starts inside its sentence: after a dash, semicolon, colon or quotation. */
  clauseStart(sentence: Sentence, offset: number): number {
    let start = sentence.start;
    for (const m of this.text.slice(sentence.start, offset).matchAll(/[\u2014;:]|[\u201D"](?=\s)/g)) start = sentence.start + m.index + 1;
    const quoted = lastClosedBy(this.spans, offset);
    return quoted && quoted.close > start ? quoted.close : start;
  }

  clauseEnd(sentence: Sentence, offset: number): number {
    const next = firstOpenFrom(this.spans, offset);
    return next && next.open < sentence.end ? next.open : sentence.end;
  }
}
