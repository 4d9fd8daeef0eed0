/**
 * Quantities in a text with the noun they count: "14,000 troops", "$4.5 billion",
 * "three people", "12 percent". Matching compares (value, unit) pairs across articles;
 * framing looks for the same unit reported with different values. Years and calendar
 * days are not quantities: dates.ts reads them.
 */
import { SCALES, wordValue } from './number-words';
import { stemEnglish } from './tokens';
import { stopWordsFor } from './stop-words';

export interface NumberMention {
  value: number;
  /** "%", a currency code ("USD", "EUR", "GBP", "JPY", "crown"…), the stemmed noun after the number, or null. */
  unit: string | null;
  /** The text as written, e.g. "$4.5 billion". */
  surface: string;
  start: number;
  end: number;
}

const CURRENCY_SIGN: Record<string, string> = { $: 'USD', US$: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR' };
const CURRENCY_WORD: Record<string, string> = {
  dollar: 'USD',
  dollars: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  yen: 'JPY',
  rupee: 'INR',
  rupees: 'INR',
  crown: 'crown',
  crowns: 'crown',
  kronor: 'crown',
  kroner: 'crown',
  koruna: 'crown',
  korun: 'crown',
  francs: 'CHF',
  yuan: 'CNY',
  rubles: 'RUB',
  roubles: 'RUB',
  hryvnias: 'UAH',
};
const MONTH =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;

// Alternatives are anchored on distinct first characters and have no nested quantifiers
// over the same class, so matching stays linear on any input.
const NUMERAL =
  /(US\$|[$€£¥₹])?\s?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s(thousand|million|billion|trillion)\b|(mln|bn|mn|tn|[kmb])\b)?/giu;
const SPELLED =
  /\b(half a dozen|a dozen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b(?:\s(hundred|thousand|million|billion|trillion)\b)?/giu;
const PERCENT = /^\s?(?:%|percent\b|per cent\b)/i;
const NEXT_WORD = /^[\s-]([\p{L}][\p{L}'-]*)/u;
// "100,000 Russian soldiers": a nationality between the number and the noun it counts.
const DEMONYM = /^\s\p{Lu}\p{Ll}+(?:an|ese|ish|i)(?=\s\p{Ll})/u;
const PREV_WORD = /([\p{L}]+)\.?\s$/u;
/** A plural right after the first noun: "two fire exits", "three police officers". */
const PLURAL_HEAD = /^\s(\p{Ll}[\p{Ll}']{2,}(?<![sui])s)\b(?!-)/u;
/** Words that cannot qualify a plural after them: plurals themselves, participles ("30 voted yes"), ages. */
const NOT_A_QUALIFIER = /(?:(?<![sui])s|ed|-.*)$/;

function unitAfter(text: string, end: number, stop: ReadonlySet<string>): { unit: string | null; end: number } {
  const demonym = DEMONYM.exec(text.slice(end, end + 30));
  const skip = demonym ? demonym[0].length : 0;
  const rest = text.slice(end + skip, end + skip + 40);
  const pct = PERCENT.exec(rest);
  if (pct) return { unit: '%', end: end + pct[0].length };
  const word = NEXT_WORD.exec(rest);
  if (!word) return { unit: null, end };
  const raw = word[1]!;
  const lower = raw.toLowerCase();
  const currency = CURRENCY_WORD[lower];
  if (currency) return { unit: currency, end: end + skip + word[0].length };
  // A capitalised word after a number starts a name or a sentence, not a unit.
  if (raw[0] !== lower[0] || stop.has(lower) || lower in SCALES || MONTH.test(lower)) return { unit: null, end };
  const wordEnd = end + skip + word[0].length;
  // A singular noun qualifying a plural one: the plural is what is counted, so that two fire
  // exits and three fire trucks are not one count told two ways. Not an age ("5-year-old boys").
  const head = NOT_A_QUALIFIER.test(lower) ? null : PLURAL_HEAD.exec(text.slice(wordEnd, wordEnd + 30));
  if (head && !stop.has(head[1]!)) return { unit: stemEnglish(head[1]!), end: wordEnd + head[0].length };
  return { unit: stemEnglish(lower), end: wordEnd };
}

/**
 * True for what is written with digits but counts nothing: a bare year (1900–2100), a clock
 * time, a phone or ID fragment, an ISO date, the day of "Nov. 18" / "18 November", an ordinal.
 */
function notAQuantity(text: string, start: number, end: number, digits: string): boolean {
  const before = text[start - 1] ?? ' ';
  const after = text[end] ?? ' ';
  if (/[\p{L}\p{N}/:-]/u.test(before) || /[\p{L}\p{N}/:]/u.test(after)) return true; // 6:30, 252-972, 2026-11-18, 18th, A4
  if ((after === '-' || after === '.') && /\d/.test(text[end + 1] ?? '')) return true; // 252-972-1411, 1.2.3
  if (/^\d{4}$/.test(digits) && +digits >= 1900 && +digits <= 2100) return true;
  if (/^\s?[ap]\.?m\b/i.test(text.slice(end, end + 5))) return true;
  const prev = PREV_WORD.exec(text.slice(Math.max(0, start - 12), start));
  if (prev && MONTH.test(prev[1]!)) return true;
  const next = NEXT_WORD.exec(text.slice(end, end + 14));
  return /^\d{1,2}$/.test(digits) && next !== null && MONTH.test(next[1]!);
}

/** Quantities in reading order, each with its unit when one follows. */
export function numbers(text: string, lang?: string | null): NumberMention[] {
  const stop = stopWordsFor(lang);
  const out: NumberMention[] = [];
  NUMERAL.lastIndex = 0;
  for (let m = NUMERAL.exec(text); m !== null; m = NUMERAL.exec(text)) {
    const [whole, sign, digits = '', wordScale, shortScale] = m;
    const digitsStart = m.index + whole.indexOf(digits);
    const digitsEnd = digitsStart + digits.length;
    // "$4m" and "£2bn" are money; a bare "4m" or "100m" is more often metres.
    const scale = wordScale ?? (sign ? shortScale : undefined);
    if (!sign && !scale && notAQuantity(text, digitsStart, digitsEnd, digits)) continue;
    if (!scale && /[\p{L}\p{N}]/u.test(text[digitsEnd] ?? '')) continue;
    let value = Number(digits.replace(/,/g, ''));
    if (scale) value *= SCALES[scale.toLowerCase()] ?? 1;
    const numEnd = scale ? m.index + whole.length : digitsEnd;
    const after = unitAfter(text, numEnd, stop);
    const unit = sign ? CURRENCY_SIGN[sign.toUpperCase()]! : after.unit;
    const end = sign ? numEnd : after.end;
    const start = sign ? m.index : digitsStart;
    out.push({ value: round(value), unit, surface: text.slice(start, end), start, end });
  }
  SPELLED.lastIndex = 0;
  for (let m = SPELLED.exec(text); m !== null; m = SPELLED.exec(text)) {
    const base = wordValue(m[1]!);
    if (base === null) continue;
    const value = base * (m[2] ? (SCALES[m[2].toLowerCase()] ?? 1) : 1);
    const after = unitAfter(text, m.index + m[0].length, stop);
    out.push({ value, unit: after.unit, surface: text.slice(m.index, after.end), start: m.index, end: after.end });
  }
  return out.sort((a, b) => a.start - b.start);
}

// 2.3 × 1e9 is 2299999999.9999995 in binary floating point.
const round = (n: number) => Math.round(n * 1e6) / 1e6;
