/**
 * Direct quotations and their speakers: the attribution after the quotation (",” Sorvald
 * told reporters"), before it ("Kovin said: “"), or carried over from the quotation or the
 * sentence before.
 */
import type { QuoteSpan } from './quote-spans';
import { isParticiple, isVerb, wordsIn, type Quote, type QuoteReader } from './quote-reader';
import { subjectAfter, subjectBefore, subjectOfClause, type Speaker } from './speaker-phrase';

interface Attribution {
  speaker: Speaker | null;
  verb: string | null;
  verbStart: number | null;
}

const MAX_FRAME_WORDS = 20;

/** `,” Sorvald told reporters`, `,” said Oskar Brandt`, `,” the minister continued`. */
function after(r: QuoteReader, span: QuoteSpan, to: number): Attribution | null {
  const words = wordsIn(r.text, span.close, to).slice(0, MAX_FRAME_WORDS);
  // After a quotation "to" is an addressee ("said to laughs"), not an infinitive ("asked to leave").
  const verbAt = words.findIndex(isVerb);
  if (verbAt < 0) return null;
  const verb = words[verbAt]!;
  const ctx = r.context(span.open);
  const speaker =
    verbAt === 0
      ? subjectAfter(ctx, verb.end, to)
      : (subjectBefore(ctx, span.close, verb.start, isParticiple(verb)) ?? subjectAfter(ctx, verb.end, to));
  if (!speaker) return null;
  return { speaker, verb: verb.text, verbStart: verb.start };
}

/** `Kovin said: “…`, `Carvalho told KPA that the change was “…`, `Mayor Vandermolen put it well: “…`. */
function before(r: QuoteReader, span: QuoteSpan, from: number): Attribution | null {
  const words = wordsIn(r.text, from, span.open);
  for (let i = words.length - 1; i >= Math.max(0, words.length - MAX_FRAME_WORDS); i--) {
    const w = words[i]!;
    if (!isVerb(w) || r.insideQuote(w.start)) continue;
    const ctx = r.context(w.start);
    const speaker = subjectBefore(ctx, from, w.start, isParticiple(w)) ?? (i === 0 ? subjectAfter(ctx, w.end, span.open) : null);
    if (speaker) return { speaker, verb: w.text, verbStart: w.start };
  }
  if (/:\s*$/.test(r.text.slice(from, span.open))) {
    const speaker = subjectOfClause(r.context(span.open), from, span.open);
    if (speaker && speaker.key) return { speaker, verb: null, verbStart: null };
  }
  return null;
}

export function directQuotes(r: QuoteReader): Quote[] {
  const out: Quote[] = [];
  r.spans.forEach((span, i) => {
    const s0 = r.sentenceAt(span.open);
    let s1 = r.sentenceAt(Math.max(span.open, span.close - 1));
    // "“Stop lying!” Mr. Fox wrote." The splitter ends a sentence at "!”"; its attribution follows,
    // in the same paragraph: a quotation standing as its own paragraph ends there.
    const next1 = r.sentences[s1 + 1];
    if (
      /[!?]\s*$/.test(r.text.slice(span.start, span.end)) &&
      r.sentences[s1]?.end === span.close &&
      next1 &&
      r.paragraphsBetween(span.close, next1.start) === 0
    )
      s1++;
    const prev = r.spans[i - 1];
    const next = r.spans[i + 1];
    const from = Math.max(r.sentences[s0]?.start ?? 0, prev?.close ?? 0);
    const to = Math.min(r.sentences[s1]?.end ?? r.text.length, next?.open ?? r.text.length);
    let found = after(r, span, Math.max(span.close, to));
    if (!found || citesDocument(found)) {
      const framed = before(r, span, Math.min(from, span.open));
      if (!found || framed?.speaker?.kind === 'person') found = framed ?? found;
    }
    if (!found) found = carriedOver(r, span, from, to, out.at(-1));
    if (found?.verbStart != null) r.usedVerbs.add(found.verbStart);
    if (found?.speaker?.key && found.speaker.kind === 'person') r.noteSpeaker(found.verbStart ?? span.close, found.speaker.key);
    const verbSentence = found?.verbStart != null ? r.sentenceAt(found.verbStart) : s0;
    out.push({
      kind: 'direct',
      text: r.text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      speaker: found?.speaker ?? null,
      verb: found?.verb ?? null,
      verbStart: found?.verbStart ?? null,
      sentence: r.sentenceSpan(Math.min(s0, verbSentence), Math.max(s1, verbSentence)),
    });
  });
  return out;
}

// Documents cited for a whole sentence: "Mr. Stone told Mr. Credico he should “…”, the indictment said."
const DOCUMENT = /\b(?:indictment|complaint|lawsuit|suit|filing|filings|documents?|papers|records?|affidavit|transcripts?|report)$/i;

/** An attribution to a document, which yields to a person who says the words inside the sentence. */
function citesDocument(found: Attribution): boolean {
  return found.speaker?.kind !== 'person' && DOCUMENT.test(found.speaker?.name ?? '');
}

/**
 * A quotation with no attribution of its own: the rest of a list of quotes in one sentence
 * ("should “try…,” “dress…,” and…"), the next quote of the same speaker, or the words
 * announced by the sentence before ("Trump said in a statement. “…”").
 */
function carriedOver(r: QuoteReader, span: QuoteSpan, from: number, to: number, last: Quote | undefined): Attribution | null {
  const gap = r.text.slice(from, span.open);
  const sameSentence = last && last.end >= from - 2 && r.sentenceAt(last.end) === r.sentenceAt(span.open);
  if (sameSentence && last.speaker && !wordsIn(r.text, from, span.open).some(isVerb))
    return { speaker: last.speaker, verb: null, verbStart: null };
  const standalone = gap.trim() === '' && r.text.slice(span.close, to).trim().length <= 1;
  if (!standalone) return null;
  const announced = announcedBy(r, r.sentenceAt(span.open) - 1, span.open);
  if (announced && (!last || last.end < announced.verbStart!)) return announced;
  if (last?.speaker && r.paragraphsBetween(last.end, span.open) <= 1) return { speaker: last.speaker, verb: null, verbStart: null };
  return announced;
}

/** The speaker of a sentence that announces a quotation: a speech verb with a subject and no words of its own. */
function announcedBy(r: QuoteReader, sentenceIndex: number, before: number): Attribution | null {
  const sentence = r.sentences[sentenceIndex];
  if (!sentence || r.paragraphsBetween(sentence.end, before) > 1) return null;
  if (r.spans.some((s) => s.close > sentence.start && s.open < sentence.end)) return null;
  const words = wordsIn(r.text, sentence.start, sentence.end);
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    if (!isVerb(w)) continue;
    const rest = r.text.slice(w.end, sentence.end);
    if (/\bthat\s/.test(rest) || words.length - i > 10) return null;
    const speaker = subjectBefore(r.context(w.start), r.clauseStart(sentence, w.start), w.start, isParticiple(w));
    return speaker?.key ? { speaker, verb: w.text, verbStart: w.start } : null;
  }
  return null;
}
