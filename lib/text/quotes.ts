/**
 * Quotations and who said them: direct quotes ("…," he said, "…") and reported speech
 * ("X said that…", "according to X"), each with its speaker resolved to a name through
 * surnames, titles, roles and pronouns. English news conventions only; other languages get
 * the quotation spans without speakers they cannot be read for.
 */
import { nameIndex, type NameIndex, type Named } from './people';
import { quoteSpans, type QuoteSpan } from './quote-spans';
import { splitSentences, type Sentence } from './sentences';
import { subjectAfter, subjectBefore, subjectOf, subjectOfClause, type Speaker, type SubjectContext } from './speaker-phrase';
import { FRAME_ONLY, speechVerb } from './speech-verbs';
import { primaryLang } from './stop-words';

export type { Speaker, SpeakerKind } from './speaker-phrase';

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

interface Attribution {
  speaker: Speaker | null;
  verb: string | null;
  verbStart: number | null;
}

interface Word {
  text: string;
  start: number;
  end: number;
  /** The word before, for telling "he claims" from "the claims". */
  previous: string;
}

const WORD = /\p{L}+(?:['\u2019]\p{L}+)?/gu;
// Verbs whose content may follow without "that": "said the talks were frank".
const BARE_CONTENT = new Set(['say', 'add', 'write', 'tweet', 'claim', 'insist', 'argue', 'warn', 'allege', 'predict', 'admit', 'concede']);
const MAX_FRAME_WORDS = 20;
// How far back "he said" looks for the last person who spoke: about a paragraph.
const RECENT_SPEAKER_CHARS = 600;

function wordsIn(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  const lead = /(\p{L}+)[^\p{L}]*$/u.exec(text.slice(Math.max(0, from - 30), from));
  let previous = lead?.[1] ?? '';
  for (const m of text.slice(from, to).matchAll(WORD)) {
    out.push({ text: m[0], start: from + m.index, end: from + m.index + m[0].length, previous });
    previous = m[0];
  }
  return out;
}

// A capitalised "States" or "Reports" is a name or a headline, not a verb.
const isVerb = (w: Word) => /^\p{Ll}/u.test(w.text) && speechVerb(w.text, w.previous) !== undefined;
const isParticiple = (w: Word) => /ing$/i.test(w.text);

class QuoteReader {
  readonly sentences: Sentence[];
  readonly spans: QuoteSpan[];
  readonly index: NameIndex;
  readonly usedVerbs = new Set<number>();
  constructor(
    readonly text: string,
    lang: string | null | undefined,
  ) {
    this.sentences = splitSentences(text);
    this.spans = quoteSpans(text);
    this.index = nameIndex(text, lang);
  }

  insideQuote = (offset: number) => this.spans.some((s) => offset >= s.open && offset < s.close);

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

  /** Who speaks where, from the speech verbs outside quotations and their named subjects. */
  findSpeakers(): void {
    for (const sentence of this.sentences) {
      for (const w of wordsIn(this.text, sentence.start, sentence.end)) {
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

  /** `,” Sorvald told reporters`, `,” said Oskar Brandt`, `,” the minister continued`. */
  after(span: QuoteSpan, to: number): Attribution | null {
    const words = wordsIn(this.text, span.close, to).slice(0, MAX_FRAME_WORDS);
    // After a quotation "to" is an addressee ("said to laughs"), not an infinitive ("asked to leave").
    const verbAt = words.findIndex(isVerb);
    if (verbAt < 0) return null;
    const verb = words[verbAt]!;
    const ctx = this.context(span.open);
    const speaker =
      verbAt === 0
        ? subjectAfter(ctx, verb.end, to)
        : (subjectBefore(ctx, span.close, verb.start, isParticiple(verb)) ?? subjectAfter(ctx, verb.end, to));
    if (!speaker) return null;
    return { speaker, verb: verb.text, verbStart: verb.start };
  }

  /** `Kovin said: “…`, `Carvalho told KPA that the change was “…`, `Mayor Vandermolen put it well: “…`. */
  before(span: QuoteSpan, from: number): Attribution | null {
    const words = wordsIn(this.text, from, span.open);
    for (let i = words.length - 1; i >= Math.max(0, words.length - MAX_FRAME_WORDS); i--) {
      const w = words[i]!;
      if (!isVerb(w) || this.insideQuote(w.start)) continue;
      const ctx = this.context(w.start);
      const speaker = subjectBefore(ctx, from, w.start, isParticiple(w)) ?? (i === 0 ? subjectAfter(ctx, w.end, span.open) : null);
      if (speaker) return { speaker, verb: w.text, verbStart: w.start };
    }
    if (/:\s*$/.test(this.text.slice(from, span.open))) {
      const speaker = subjectOfClause(this.context(span.open), from, span.open);
      if (speaker && speaker.key) return { speaker, verb: null, verbStart: null };
    }
    return null;
  }

  direct(): Quote[] {
    const out: Quote[] = [];
    this.spans.forEach((span, i) => {
      const s0 = this.sentenceAt(span.open);
      let s1 = this.sentenceAt(Math.max(span.open, span.close - 1));
      // "“Stop lying!” Mr. Fox wrote." The splitter ends a sentence at "!”"; its attribution follows.
      if (/[!?]\s*$/.test(this.text.slice(span.start, span.end)) && this.sentences[s1]?.end === span.close) s1++;
      const prev = this.spans[i - 1];
      const next = this.spans[i + 1];
      const from = Math.max(this.sentences[s0]?.start ?? 0, prev?.close ?? 0);
      const to = Math.min(this.sentences[s1]?.end ?? this.text.length, next?.open ?? this.text.length);
      let found = this.after(span, Math.max(span.close, to)) ?? this.before(span, Math.min(from, span.open));
      if (!found) found = this.carriedOver(span, from, to, out.at(-1));
      if (found?.verbStart != null) this.usedVerbs.add(found.verbStart);
      if (found?.speaker?.key && found.speaker.kind === 'person') this.noteSpeaker(found.verbStart ?? span.close, found.speaker.key);
      const verbSentence = found?.verbStart != null ? this.sentenceAt(found.verbStart) : s0;
      out.push({
        kind: 'direct',
        text: this.text.slice(span.start, span.end),
        start: span.start,
        end: span.end,
        speaker: found?.speaker ?? null,
        verb: found?.verb ?? null,
        verbStart: found?.verbStart ?? null,
        sentence: this.sentenceSpan(Math.min(s0, verbSentence), Math.max(s1, verbSentence)),
      });
    });
    return out;
  }

  /**
   * A quotation with no attribution of its own: the rest of a list of quotes in one sentence
   * ("should “try…,” “dress…,” and…"), the next quote of the same speaker, or the words
   * announced by the sentence before ("Trump said in a statement. “…”").
   */
  carriedOver(span: QuoteSpan, from: number, to: number, last: Quote | undefined): Attribution | null {
    const gap = this.text.slice(from, span.open);
    const sameSentence = last && last.end >= from - 2 && this.sentenceAt(last.end) === this.sentenceAt(span.open);
    if (sameSentence && last.speaker && !wordsIn(this.text, from, span.open).some(isVerb))
      return { speaker: last.speaker, verb: null, verbStart: null };
    const standalone = gap.trim() === '' && this.text.slice(span.close, to).trim().length <= 1;
    if (!standalone) return null;
    const announced = this.announcedBy(this.sentenceAt(span.open) - 1, span.open);
    if (announced && (!last || last.end < announced.verbStart!)) return announced;
    if (last?.speaker && this.paragraphsBetween(last.end, span.open) <= 1) return { speaker: last.speaker, verb: null, verbStart: null };
    return announced;
  }

  /** The speaker of a sentence that announces a quotation: a speech verb with a subject and no words of its own. */
  announcedBy(sentenceIndex: number, before: number): Attribution | null {
    const sentence = this.sentences[sentenceIndex];
    if (!sentence || this.paragraphsBetween(sentence.end, before) > 1) return null;
    if (this.spans.some((s) => s.close > sentence.start && s.open < sentence.end)) return null;
    const words = wordsIn(this.text, sentence.start, sentence.end);
    for (let i = words.length - 1; i >= 0; i--) {
      const w = words[i]!;
      if (!isVerb(w)) continue;
      const rest = this.text.slice(w.end, sentence.end);
      if (/\bthat\s/.test(rest) || words.length - i > 10) return null;
      const speaker = subjectBefore(this.context(w.start), this.clauseStart(sentence, w.start), w.start, isParticiple(w));
      return speaker?.key ? { speaker, verb: w.text, verbStart: w.start } : null;
    }
    return null;
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
    for (const span of this.spans) if (span.close <= offset && span.close > start) start = span.close;
    return start;
  }

  clauseEnd(sentence: Sentence, offset: number): number {
    const next = this.spans.find((s) => s.open >= offset && s.open < sentence.end);
    return next ? next.open : sentence.end;
  }

  reported(): Quote[] {
    const out: Quote[] = [];
    for (const sentence of this.sentences) {
      for (const w of wordsIn(this.text, sentence.start, sentence.end)) {
        if (this.usedVerbs.has(w.start) || this.insideQuote(w.start)) continue;
        const quote = /^according$/i.test(w.text) ? this.accordingTo(sentence, w) : this.reportedBy(sentence, w);
        if (quote) out.push(quote);
      }
    }
    return out;
  }

  /** "X said (that) …", "…, officials in Vessgrad admitted privately." */
  reportedBy(sentence: Sentence, w: Word): Quote | null {
    const verb = speechVerb(w.text, w.previous);
    if (!verb || FRAME_ONLY.has(verb.lemma) || verb.lemma === 'ask' || /^[A-Z]/.test(w.text)) return null;
    const clauseEnd = this.clauseEnd(sentence, w.end);
    const after = this.text.slice(w.end, clauseEnd);
    if (/^\s+(?:to|for|with|about|against|by|of|as|up)\b/i.test(after)) return null;
    const clauseStart = this.clauseStart(sentence, w.start);
    const speaker = subjectBefore(this.context(w.start), clauseStart, w.start);
    if (!speaker) return null;
    let start: number;
    let end = clauseEnd;
    const that = /^(?:\s+[^,\u201C"]{0,50}?)?\s+that\s/.exec(after);
    if (that) start = w.end + that[0].length;
    else if (/^\s*(?:[^,]{0,40},|\S+(?:\s+\S+){0,2}\s*[.!?]?\s*$)/.test(after) && this.text.slice(clauseStart, w.start).includes(',')) {
      // The words come first: "…, the agency said on Tuesday, and …".
      start = clauseStart;
      end = clauseStart + this.text.slice(clauseStart, w.start).lastIndexOf(',');
    } else if (BARE_CONTENT.has(verb.lemma) && after.trim() !== '') start = w.end;
    else return null;
    return this.reportedQuote(sentence, start, end, speaker, w);
  }

  /** "according to the agency, …" / "…, according to figures seen by the Courier." */
  accordingTo(sentence: Sentence, w: Word): Quote | null {
    const to = /^\s+to\s+/.exec(this.text.slice(w.end, w.end + 6));
    if (!to) return null;
    const phraseStart = w.end + to[0].length;
    const clauseEnd = this.clauseEnd(sentence, phraseStart);
    const rest = this.text.slice(phraseStart, clauseEnd);
    const stop = rest.search(/[,;:\u2014]|\.\s*$/);
    const phraseEnd = phraseStart + (stop >= 0 ? stop : rest.length);
    const speaker = subjectOf(this.context(w.start), phraseStart, phraseEnd);
    if (!speaker) return null;
    const clauseStart = this.clauseStart(sentence, w.start);
    const lead = this.text.slice(clauseStart, w.start).trim();
    const [start, end] = lead.length > 0 ? [clauseStart, w.start] : [phraseEnd + 1, clauseEnd];
    return this.reportedQuote(sentence, start, end, speaker, w);
  }

  reportedQuote(sentence: Sentence, start: number, end: number, speaker: Speaker, w: Word): Quote | null {
    while (start < end && /[\s,]/.test(this.text[start]!)) start++;
    while (end > start && /[\s,.]/.test(this.text[end - 1]!)) end--;
    if (end - start < 8) return null;
    return { kind: 'reported', text: this.text.slice(start, end), start, end, speaker, verb: w.text, verbStart: w.start, sentence };
  }
}

/** Direct and reported quotations in reading order, each with its speaker when the text tells it. */
export function quotes(text: string, lang?: string | null): Quote[] {
  const reader = new QuoteReader(text, lang);
  reader.findSpeakers();
  const direct = reader.direct();
  if (primaryLang(lang) !== 'en') return direct.map((q) => ({ ...q, speaker: null, verb: null, verbStart: null }));
  return [...direct, ...reader.reported()].sort((a, b) => a.start - b.start);
}
