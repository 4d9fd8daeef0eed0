/**
 * Reported speech: "X said (that) …", "…, officials in Vessgrad admitted privately.",
 * "according to the agency, …". The verbs already used by a direct quotation are skipped.
 */
import type { Sentence } from './sentences';
import { verbOf, type Quote, type QuoteReader, type Word } from './quote-reader';
import { subjectBefore, subjectOf, type Speaker } from './speaker-phrase';
import { FRAME_ONLY } from './speech-verbs';

// Verbs whose content may follow without "that": "said the talks were frank".
const BARE_CONTENT = new Set(['say', 'add', 'write', 'tweet', 'claim', 'insist', 'argue', 'warn', 'allege', 'predict', 'admit', 'concede']);

export function reportedQuotes(r: QuoteReader): Quote[] {
  const out: Quote[] = [];
  for (const [index, sentence] of r.sentences.entries()) {
    for (const w of r.sentenceSpeechWords(index)) {
      if (r.usedVerbs.has(w.start) || r.insideQuote(w.start)) continue;
      const quote = /^according$/i.test(w.text) ? accordingTo(r, sentence, w) : reportedBy(r, sentence, w);
      if (quote) out.push(quote);
    }
  }
  return out;
}

/** "X said (that) …", "…, officials in Vessgrad admitted privately." */
function reportedBy(r: QuoteReader, sentence: Sentence, w: Word): Quote | null {
  const verb = verbOf(w);
  if (!verb || FRAME_ONLY.has(verb.lemma) || verb.lemma === 'ask' || /^[A-Z]/.test(w.text)) return null;
  const clauseEnd = r.clauseEnd(sentence, w.end);
  const after = r.text.slice(w.end, clauseEnd);
  if (/^\s+(?:to|for|with|about|against|by|of|as|up)\b/i.test(after)) return null;
  const clauseStart = r.clauseStart(sentence, w.start);
  const speaker = subjectBefore(r.context(w.start), clauseStart, w.start);
  if (!speaker) return null;
  let start: number;
  let end = clauseEnd;
  const that = /^(?:\s+[^,\u201C"]{0,50}?)?\s+that\s/.exec(after);
  if (that) start = w.end + that[0].length;
  else if (/^\s*(?:[^,]{0,40},|\S+(?:\s+\S+){0,2}\s*[.!?]?\s*$)/.test(after) && r.text.slice(clauseStart, w.start).includes(',')) {
    // The words come first: "…, the agency said on Tuesday, and …".
    start = clauseStart;
    end = clauseStart + r.text.slice(clauseStart, w.start).lastIndexOf(',');
  } else if (BARE_CONTENT.has(verb.lemma) && after.trim() !== '') start = w.end;
  else return null;
  return reportedQuote(r, sentence, start, end, speaker, w);
}

/** "according to the agency, …" / "…, according to figures seen by the Courier." */
function accordingTo(r: QuoteReader, sentence: Sentence, w: Word): Quote | null {
  const to = /^\s+to\s+/.exec(r.text.slice(w.end, w.end + 6));
  if (!to) return null;
  const phraseStart = w.end + to[0].length;
  const clauseEnd = r.clauseEnd(sentence, phraseStart);
  const rest = r.text.slice(phraseStart, clauseEnd);
  const stop = rest.search(/[,;:\u2014]|\.\s*$/);
  const phraseEnd = phraseStart + (stop >= 0 ? stop : rest.length);
  const speaker = subjectOf(r.context(w.start), phraseStart, phraseEnd);
  if (!speaker) return null;
  const clauseStart = r.clauseStart(sentence, w.start);
  const lead = r.text.slice(clauseStart, w.start).trim();
  const [start, end] = lead.length > 0 ? [clauseStart, w.start] : [phraseEnd + 1, clauseEnd];
  return reportedQuote(r, sentence, start, end, speaker, w);
}

function reportedQuote(r: QuoteReader, sentence: Sentence, start: number, end: number, speaker: Speaker, w: Word): Quote | null {
  while (start < end && /[\s,]/.test(r.text[start]!)) start++;
  while (end > start && /[\s,.]/.test(r.text[end - 1]!)) end--;
  if (end - start < 8) return null;
  return { kind: 'reported', text: r.text.slice(start, end), start, end, speaker, verb: w.text, verbStart: w.start, sentence };
}
