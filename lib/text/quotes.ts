/**
 * Quotations and who said them: direct quotes ("…," he said, "…") and reported speech
 * ("X said that…", "according to X"), each with its speaker resolved to a name through
 * surnames, titles, roles and pronouns. English news conventions only; other languages get
 * the quotation spans without speakers they cannot be read for.
 */
import { directQuotes } from './direct-quotes';
import { QuoteReader, type Quote, type TextReading } from './quote-reader';
import { reportedQuotes } from './reported-speech';
import { primaryLang } from './stop-words';

export type { Quote, TextReading } from './quote-reader';
export type { Speaker, SpeakerKind } from './speaker-phrase';

/**
 * Direct and reported quotations in reading order, each with its speaker when the text tells
 * it. `reading`: what the caller has already read from the same text (its sentences, quotation
 * spans, capitalised runs), so that it is not read again.
 */
export function quotes(text: string, lang?: string | null, reading: TextReading = {}): Quote[] {
  const reader = new QuoteReader(text, lang, reading);
  if (primaryLang(lang) !== 'en') return directQuotes(reader).map((q) => ({ ...q, speaker: null, verb: null, verbStart: null }));
  reader.findSpeakers();
  const direct = directQuotes(reader);
  return [...direct, ...reportedQuotes(reader)].sort((a, b) => a.start - b.start);
}
