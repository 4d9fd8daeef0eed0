/**
 * Headlines and ledes side by side, and what each outlet puts first: the words of a
 * headline that no other outlet's headline carries. When the others mention the same
 * thing only further down, that is a choice of emphasis worth showing.
 */
import { isStopWord, stemEnglish } from '../text';
import { withoutPossessive } from '../text/tokens';
import { evidenceOf, headlineEvidence, listOf } from './evidence';
import { oncePer } from './once-per';
import { tokensOf } from './tokens-of';
import type { Analysis, Evidence, Finding, FramingContext, PreparedArticle } from './types';

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

interface HeadlineWord {
  surface: string;
  stem: string;
}

function stemOf(token: string): string {
  return stemEnglish(withoutPossessive(token));
}

function headlineWords(article: PreparedArticle): HeadlineWord[] {
  const seen = new Set<string>();
  const words: HeadlineWord[] = [];
  for (const [surface] of article.title.matchAll(WORD)) {
    const lower = surface.toLowerCase();
    if (lower.length < 3 || /^\p{N}/u.test(lower) || isStopWord(lower, article.lang)) continue;
    const stem = stemOf(lower);
    if (seen.has(stem)) continue;
    seen.add(stem);
    words.push({ surface, stem });
  }
  return words;
}

function lede(article: PreparedArticle): Evidence | null {
  const sentence = article.sentences.find((s) => s.text.split(/\s+/).length >= LEDE_MIN_WORDS) ?? article.sentences[0];
  return sentence ? evidenceOf(article, sentence) : null;
}

// Each sentence's stems, once per article: firstMention is asked for every headline word.
/** Each stem the article uses, with the index of the first sentence that uses it. */
const firstSentenceByStem = oncePer((article: PreparedArticle) => {
  const first = new Map<string, number>();
  tokensOf(article).forEach((tokens, index) => {
    for (const token of tokens) {
      const stem = stemOf(token);
      if (!first.has(stem)) first.set(stem, index);
    }
  });
  return first;
});

/** The first sentence of `article` that uses a word with this stem. */
function firstMention(article: PreparedArticle, stem: string): Evidence | null {
  const index = firstSentenceByStem(article).get(stem);
  return index === undefined ? null : evidenceOf(article, article.sentences[index]!);
}

/** "Ridgeline Notes'" but "Continental Wire's". */
function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}

export function compareHeadlines(context: FramingContext): Analysis<HeadlineSection> {
  const { articles } = context;
  const words = articles.map(headlineWords);
  const findings: Finding[] = [];
  const rows = articles.map((article, i): HeadlineRow => {
    const others = articles.filter((_, j) => j !== i);
    const own = words[i]!.filter((word) => !words.some((list, j) => j !== i && list.some((w) => w.stem === word.stem)));
    // What the others also report but put lower is the telling choice; a word nobody else uses is often style.
    const leads = own
      .map((word) => ({ word, mentions: others.map((other) => firstMention(other, word.stem)).filter((e) => e !== null) }))
      .sort((a, b) => b.mentions.length - a.mentions.length)
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
