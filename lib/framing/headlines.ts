/**
 * Headlines and ledes side by side, and what each outlet puts first: the words of a
 * headline that no other outlet's headline carries. When the others mention the same
 * thing only further down, that is a choice of emphasis worth showing.
 */
import { isStopWord, stemEnglish } from '../text';
import { withoutPossessive } from '../text/tokens';
import { evidenceOf, headlineEvidence, listOf } from './evidence';
import { vocabularyOf } from './tokens-of';
import type { Analysis, BackgroundCounts, Evidence, Finding, FramingContext, PreparedArticle } from './types';

export interface HeadlineRow {
  article: number;
  outlet: string;
  title: string;
  /** The first sentence of substance: what the outlet tells first. */
  lede: Evidence | null;
  /** Words only this headline carries, as written. */
  leadsWith: string[];
}

export interface HeadlineSection {
  rows: HeadlineRow[];
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['\u2019\u2010\u2011-][\p{L}\p{M}\p{N}]+)*/gu;
const LEDE_MIN_WORDS = 8;
const MAX_LEADS = 2;
/**
 * Words this common (about the 1,000 most frequent: "city", "outside", "meet") turn up
 * somewhere in any article: a headline leading with one says little.
 */
const COMMON = 1e-4;

/** A word of the headline, where it stands in the title. */
interface TitleWord {
  surface: string;
  stem: string;
  name: boolean;
  /** How common the word is in general use (share of background tokens); 0 for names. */
  frequency: number;
  start: number;
  end: number;
}

/** What a headline may lead with: one word, or adjacent names taken as one ("Minister Kovin", "River Idle"). */
interface Lead {
  surface: string;
  stems: string[];
  name: boolean;
  frequency: number;
}

function stemOf(token: string): string {
  return stemEnglish(withoutPossessive(token));
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether `text` has `word` as a whole word (a plain search: this runs for every capitalised headline word). */
function hasWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1];
    const after = text[at + word.length];
    if ((!before || !LETTER_OR_DIGIT.test(before)) && (!after || !LETTER_OR_DIGIT.test(after))) return true;
  }
  return false;
}

/**
 * A capitalised word the article never writes in lower case, and does write capitalised
 * (or no dictionary knows): a name, not a word of a title-cased headline ("Retains").
 */
function isName(article: PreparedArticle, surface: string, known: boolean): boolean {
  const bare = withoutPossessive(surface);
  if (!/^\p{Lu}/u.test(bare)) return false;
  return !hasWord(article.text, bare.toLowerCase()) && (article.text.includes(bare) || !known);
}

/**
 * How often the background saw the word, or failing that its base form: the table keeps
 * the most frequent forms only, so "approves" is found as "approve" rather than taken as rare.
 */
function backgroundCount({ counts }: BackgroundCounts, word: string): number {
  const forms = [
    word,
    word.replace(/s$/, ''),
    word.replace(/ies$/, 'y'),
    word.replace(/es$/, ''),
    word.replace(/d$/, ''),
    word.replace(/ed$/, ''),
    word.replace(/ing$/, ''),
  ];
  for (const form of forms) if (Object.hasOwn(counts, form)) return counts[form]!;
  return 0;
}

function headlineWords(article: PreparedArticle, background: BackgroundCounts): TitleWord[] {
  const seen = new Set<string>();
  const words: TitleWord[] = [];
  for (const match of article.title.matchAll(WORD)) {
    const surface = match[0];
    const lower = surface.toLowerCase();
    if (lower.length < 3 || /^\p{N}/u.test(lower) || isStopWord(lower, article.lang)) continue;
    const stem = stemOf(lower);
    if (seen.has(stem)) continue;
    seen.add(stem);
    const count = backgroundCount(background, lower);
    const name = isName(article, surface, count > 0);
    const frequency = name ? 0 : count / background.total;
    words.push({ surface, stem, name, frequency, start: match.index, end: match.index + surface.length });
  }
  return words;
}

/**
 * The words no other headline carries, adjacent names joined; never a first name whose
 * surname another headline has ("Bob" Etheridge), though a name may go on after a shared
 * one ("Dravik Polymer Works").
 */
function ownLeads(title: string, words: readonly TitleWord[], elsewhere: ReadonlySet<string>): Lead[] {
  type Span = { start: number; end: number };
  const adjacent = (a: Span | undefined, b: Span | undefined) => !!a && !!b && /^\s+$/.test(title.slice(a.end, b.start));
  const leads: (Lead & Span)[] = [];
  words.forEach((word, i) => {
    if (elsewhere.has(word.stem) || word.frequency >= COMMON) return;
    const next = words[i + 1];
    if (word.name && next?.name && elsewhere.has(next.stem) && adjacent(word, next)) return;
    const previous = leads.at(-1);
    if (word.name && previous?.name && adjacent(previous, word)) {
      previous.stems.push(word.stem);
      previous.end = word.end;
      return;
    }
    leads.push({ ...word, stems: [word.stem] });
  });
  return leads.map(({ stems, name, frequency, start, end }) => ({
    surface: withoutPossessive(title.slice(start, end)),
    stems,
    name,
    frequency,
  }));
}

function lede(article: PreparedArticle): Evidence | null {
  const sentence = article.sentences.find((s) => s.text.split(/\s+/).length >= LEDE_MIN_WORDS) ?? article.sentences[0];
  return sentence ? evidenceOf(article, sentence) : null;
}

/**
 * `firstMention(article, stems)`: the first sentence of `article` that uses a word with one
 * of these stems. Each article's stems are found when first asked for, once per word of the
 * event: its articles share most of their words.
 */
function firstMentions(): (article: PreparedArticle, stems: readonly string[]) => Evidence | null {
  const stemOfWord = new Map<string, string>();
  const firstByArticle = new Map<PreparedArticle, Map<string, number>>();
  const firstSentenceByStem = (article: PreparedArticle) => {
    const first = new Map<string, number>();
    const { words, firstSentence } = vocabularyOf(article);
    // Words come in order of first use, so the first word met with a stem is its earliest.
    words.forEach((word, w) => {
      let stem = stemOfWord.get(word);
      if (stem === undefined) stemOfWord.set(word, (stem = stemOf(word)));
      if (!first.has(stem)) first.set(stem, firstSentence[w]!);
    });
    return first;
  };
  return (article, stems) => {
    let first = firstByArticle.get(article);
    if (!first) firstByArticle.set(article, (first = firstSentenceByStem(article)));
    const indexes = stems.flatMap((stem) => first.get(stem) ?? []);
    return indexes.length === 0 ? null : evidenceOf(article, article.sentences[Math.min(...indexes)]!);
  };
}

/** "Ridgeline Notes'" but "Continental Wire's". */
function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}

export function compareHeadlines(context: FramingContext): Analysis<HeadlineSection> {
  const { articles } = context;
  const words = articles.map((article) => headlineWords(article, context.background));
  const firstMention = firstMentions();
  const findings: Finding[] = [];
  const rows = articles.map((article, i): HeadlineRow => {
    const others = articles.filter((_, j) => j !== i);
    const elsewhere = new Set(words.flatMap((list, j) => (j === i ? [] : list.map((w) => w.stem))));
    const own = ownLeads(article.title, words[i]!, elsewhere);
    // What the others also report but put lower is the telling choice; a word nobody else uses is often style.
    // Names (who, where) come first, then words the others use at all, the rarer first: a common word
    // ("outside", "city") turns up somewhere in every article and tells little.
    const leads = own
      .map((word) => ({ word, mentions: others.map((other) => firstMention(other, word.stems)).filter((e) => e !== null) }))
      .sort(
        (a, b) =>
          Number(b.word.name) - Number(a.word.name) ||
          Number(b.mentions.length > 0) - Number(a.mentions.length > 0) ||
          a.word.frequency - b.word.frequency,
      )
      .slice(0, articles.length > 1 ? MAX_LEADS : 0);
    for (const { word, mentions } of leads) {
      const further =
        mentions.length === 0
          ? 'no other outlet mentions it at all'
          : `${listOf(mentions.map((e) => e.outlet))} mention${mentions.length === 1 ? 's' : ''} it only further down`;
      findings.push({
        kind: 'headline',
        outlets: [article.outlet],
        summary: `${possessive(article.outlet)} headline leads with “${word.surface}”; ${further}.`,
        evidence: [headlineEvidence(article), ...mentions],
        weight: mentions.length === 0 ? 0.25 : 0.3 + 0.3 * (mentions.length / others.length),
      });
    }
    return {
      article: i,
      outlet: article.outlet,
      title: article.title,
      lede: lede(article),
      leadsWith: leads.map(({ word }) => word.surface),
    };
  });
  return { findings, section: { rows } };
}
