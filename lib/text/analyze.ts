/**
 * The one analysis of an article, run by the background when it is saved and stored with
 * it. Plain JSON, compact (one row per article, tens of thousands of rows), and holding
 * what event matching needs without re-reading the text.
 */
import { datesMentioned, yearsMentioned } from './dates';
import { entities } from './entities';
import { fingerprintTokens, type Fingerprint } from './fingerprint';
import { normalizeText } from './normalize';
import { numbers } from './numbers';
import { primaryLang } from './stop-words';
import { MAX_WORDS, termReader, termsFromTokens, tokenize } from './tokens';
import { wireCredits } from './wire';

export const TEXT_ANALYSIS_VERSION = 1;

export interface AnalyzeInput {
  title: string;
  /** Clean article text, paragraphs separated by a blank line. */
  text: string;
  lang?: string | null;
  /** ISO date or date-time of publication; resolves "on Tuesday". */
  publishedAt?: string | null;
}

export interface EntityCount {
  key: string;
  name: string;
  count: number;
  /** Named in the title or the lede, where the event itself is stated. */
  lead: boolean;
}

export interface TextAnalysis {
  /** Bump when any field's meaning changes, so stored analyses can be recomputed. */
  version: number;
  lang: string;
  /** Words in the body text (not the title). */
  wordCount: number;
  /** Distinct content terms of the title, in order. */
  titleTerms: string[];
  /** Distinct content terms of the lede (first two substantial paragraphs), in order. */
  ledeTerms: string[];
  /** The word as written behind each title or lede term and each number's unit, where it differs ("peopl" → "people"). */
  written: Record<string, string>;
  /** Content-term frequencies over the whole body, the MAX_TERMS most frequent. */
  terms: Record<string, number>;
  /** Entities of title and body, most mentioned first, at most MAX_ENTITIES. */
  entities: EntityCount[];
  /** Distinct (value, unit) pairs in reading order, at most MAX_NUMBERS. */
  numbers: { value: number; unit: string | null }[];
  /** ISO days mentioned (see datesMentioned). */
  dates: string[];
  /** Years written alone ("in 2019"). */
  years: number[];
  /** Wire agencies credited (see wireCredits). */
  wire: string[];
  /** b-bit MinHash of the body (see fingerprint.ts). */
  fingerprint: Fingerprint;
}

const MAX_TERMS = 400;
const MAX_ENTITIES = 40;
const MAX_NUMBERS = 40;
const LEDE_PARAGRAPHS = 2;
// Shorter paragraphs are datelines, bylines, "Share this" residue: not where the event is stated.
const LEDE_MIN_WORDS = 12;
const LEDE_MAX_CHARS = 1_500;

/** The first word (lower case, accents kept) behind each term that is not that word itself. */
function wordsBehind(tokens: readonly string[], termOf: (token: string) => string | undefined): Record<string, string> {
  const words: Record<string, string> = {};
  for (const token of tokens) {
    const term = termOf(token);
    if (term !== undefined && term !== token && !(term in words)) words[term] = token;
  }
  return words;
}

/** The first substantial paragraphs, and where they end in `text`. */
function lede(text: string): { lede: string; end: number } {
  const parts: string[] = [];
  let end = 0;
  let offset = 0;
  for (const paragraph of text.split('\n\n')) {
    const start = offset;
    offset += paragraph.length + 2;
    if (paragraph.split(' ').length < LEDE_MIN_WORDS) continue;
    parts.push(paragraph);
    end = start + paragraph.length;
    if (parts.length === LEDE_PARAGRAPHS) break;
  }
  return { lede: parts.join('\n\n').slice(0, LEDE_MAX_CHARS), end };
}

function frequencies(terms: readonly string[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
  // Map keeps first-seen order, and sort is stable: ties keep reading order.
  const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, MAX_TERMS);
  return Object.fromEntries(top);
}

const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

/** Cut the text after MAX_WORDS words so a pasted book cannot stall the background. */
function bounded(text: string): string {
  if (text.length < MAX_WORDS * 5) return text;
  let words = 0;
  const space = / +|\n+/g;
  for (let m = space.exec(text); m !== null; m = space.exec(text)) if (++words >= MAX_WORDS) return text.slice(0, m.index);
  return text;
}

export function analyzeText(input: AnalyzeInput): TextAnalysis {
  const lang = primaryLang(input.lang);
  const title = normalizeText(input.title).replace(/\n+/g, ' ');
  const text = bounded(normalizeText(input.text));
  const bodyTokens = tokenize(text);
  const { lede: ledeText, end: ledeEnd } = lede(text);
  const [titleTokens, ledeTokens] = [tokenize(title), tokenize(ledeText)];

  // Title and body in one pass, so a surname in the headline resolves to the full name in the body.
  const prefix = title ? title + '\n\n' : '';
  const leadEnd = prefix.length + ledeEnd;
  const named = entities(prefix + text, lang)
    .map((e) => ({ key: e.key, name: e.name, count: e.count, lead: e.firstOffset < leadEnd }))
    .sort((a, b) => b.count - a.count || Number(b.lead) - Number(a.lead))
    .slice(0, MAX_ENTITIES);

  const seen = new Set<string>();
  const nums: TextAnalysis['numbers'] = [];
  // A unit is the stem of the word after the number, which ends the number's surface.
  const unitWords: string[] = [];
  for (const n of numbers(text, lang)) {
    const id = `${n.value}|${n.unit}`;
    if (seen.has(id) || nums.length >= MAX_NUMBERS) continue;
    seen.add(id);
    nums.push({ value: n.value, unit: n.unit });
    if (n.unit) unitWords.push(tokenize(n.surface).at(-1) ?? '');
  }

  return {
    version: TEXT_ANALYSIS_VERSION,
    lang,
    wordCount: bodyTokens.length,
    titleTerms: unique(termsFromTokens(titleTokens, lang)),
    ledeTerms: unique(termsFromTokens(ledeTokens, lang)),
    written: wordsBehind([...titleTokens, ...ledeTokens, ...unitWords], termReader(lang)),
    terms: frequencies(termsFromTokens(bodyTokens, lang)),
    entities: named,
    numbers: nums,
    dates: datesMentioned(prefix + text, input.publishedAt),
    years: yearsMentioned(prefix + text),
    wire: wireCredits(text),
    fingerprint: fingerprintTokens(bodyTokens),
  };
}
