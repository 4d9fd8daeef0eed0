/**
 * Numbers that disagree: the same thing counted differently by different outlets —
 * "Kestrel Press says 14 people; the others say 12". A quantity meets its counterpart in
 * another article when both count the same unit ("people", "troops", USD) in sentences
 * that say the same thing apart from the number; counterparts are chained across
 * outlets, and a chain holding two values is a disagreement.
 */
import { contentTerms, type NumberMention } from '../text';
import { ALIGNED, alignSentences } from './align';
import { dateGroups } from './date-disagreements';
import { evidenceOf, listOf } from './evidence';
import { similarity, type SentenceFeatures } from './sentence-features';
import type { Analysis, Evidence, Finding, FramingContext } from './types';

/** Sentences around two quantities must be at least this similar (values left out) to count the same thing. */
const SAME_CONTEXT = 0.3;
/** Two counts further apart than this factor are different things, not one thing told differently. */
const MAX_RATIO = 5;
const ONCE_RATIO = 2;
/** Characters either side of a number whose words tell two counts in one sentence apart. */
const WINDOW = 40;
/** A sentence with more counts of one unit than this is a list or a table. */
const MAX_IN_SENTENCE = 2;
const SAME_LIST = 0.8;
/** Units that count too many different things to be matched on being the only one in an article. */
const GENERIC_UNITS = new Set(['peopl', 'person', 'time', 'year', 'month', 'week', 'dai', '%', 'year-old', 'term']);

export interface NumberGroup {
  /** What is counted, as the first outlet wrote it ("people", "USD"), or "date" for a calendar day (value: month × 100 + day). */
  unit: string;
  /** Per article that states it: the value and the text as written. */
  values: { article: number; outlet: string; value: number; surface: string; evidence: Evidence }[];
}

export interface NumberSection {
  /** Quantities reported by two or more outlets, agreeing or not. */
  groups: NumberGroup[];
}

interface Mention {
  id: number;
  article: number;
  sentence: SentenceFeatures;
  number: NumberMention;
  /** Content words next to the number, to tell two counts of one sentence apart. */
  near: Set<string>;
  /** Its sentence states another count of the same unit. */
  crowded: boolean;
  /** Its position among the counts of its unit in the sentence, and how many there are. */
  place: [number, number];
}

/** Content terms within WINDOW characters of the number, inside its sentence, whole words only. */
function nearWords(text: string, bounds: { start: number; end: number }, mention: NumberMention, lang?: string | null): Set<string> {
  let from = Math.max(bounds.start, mention.start - WINDOW);
  let to = Math.min(bounds.end, mention.end + WINDOW);
  while (from > bounds.start && /\S/.test(text[from - 1]!)) from++;
  while (to < bounds.end && /\S/.test(text[to]!)) to--;
  const around = `${text.slice(from, mention.start)} ${text.slice(mention.end, Math.max(to, mention.end))}`;
  return new Set(contentTerms(around, lang).filter((t) => /^\p{L}/u.test(t) && t !== mention.unit));
}

function mentionsOf(context: FramingContext): Mention[] {
  const { sentences } = alignSentences(context).features;
  const out: Mention[] = [];
  for (const article of context.articles)
    for (const sentence of sentences[article.index]!)
      for (const number of sentence.numbers) {
        // "No. 2 position" is a rank, not a count.
        if (number.unit === null || /\bNo\.\s?$/.test(article.text.slice(Math.max(0, number.start - 4), number.start))) continue;
        const sameUnit = sentence.numbers.filter((n) => n.unit === number.unit);
        const near = nearWords(article.text, article.sentences[sentence.sentence]!, number, article.lang);
        out.push({
          id: out.length,
          article: article.index,
          sentence,
          number,
          near,
          crowded: sameUnit.length > 1,
          place: [sameUnit.indexOf(number), sameUnit.length],
        });
      }
  return out;
}

/**
 * The mention of `candidates` that counts the same thing as `m`, or null. Evidence that two
 * counts are one: their sentences say the same apart from the value, the words beside the
 * numbers are the same ("killed … people"), or each article counts that unit only once.
 */
function counterpart(
  m: Mention,
  candidates: readonly Mention[],
  weights: Float64Array,
  isValue: (id: number) => boolean,
  single: (m: Mention) => boolean,
): Mention | null {
  let best: Mention | null = null;
  let bestScore = 0;
  for (const c of candidates) {
    if (c.number.unit !== m.number.unit || ratio(c.number.value, m.number.value) > MAX_RATIO) continue;
    const context = similarity(m.sentence, c.sentence, weights, isValue);
    // "Romney 21 percent, Trump 17, Huckabee 14…": in a list, which count is whose is beyond a
    // word window; only the same list told in nearly the same sentence pairs them, by position.
    const listed = m.place[1] > MAX_IN_SENTENCE || c.place[1] > MAX_IN_SENTENCE;
    if (listed && (context < SAME_LIST || m.place[0] !== c.place[0] || m.place[1] !== c.place[1])) continue;
    let near = 0;
    for (const w of m.near) if (c.near.has(w)) near++;
    // Being each article's only count of a unit is weak evidence: enough only for close values.
    const once = single(m) && single(c) && !GENERIC_UNITS.has(m.number.unit!) && ratio(c.number.value, m.number.value) <= ONCE_RATIO;
    if (near === 0 && (m.crowded || c.crowded || (!once && context < ALIGNED))) continue;
    // Between equally close candidates, the one stating the same value is the counterpart.
    const score = context + 0.05 * near + (once ? SAME_CONTEXT : 0) + (c.number.value === m.number.value ? 0.001 : 0);
    if (score >= SAME_CONTEXT && score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

function ratio(a: number, b: number): number {
  const [low, high] = [Math.abs(a), Math.abs(b)].sort((x, y) => x - y) as [number, number];
  return low === 0 ? (high === 0 ? 1 : Infinity) : high / low;
}

function find(parent: number[], i: number): number {
  while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
  return i;
}

function groupsOf(context: FramingContext, mentions: Mention[]): Mention[][] {
  const { names, weights } = alignSentences(context).features;
  const stated = Uint8Array.from(names, (f) => (f.startsWith('n:') ? 1 : 0));
  const isValue = (id: number) => stated[id] === 1;
  const byArticle = context.articles.map((a) => mentions.filter((m) => m.article === a.index));
  const values = new Map<string, Set<number>>();
  for (const m of mentions) {
    const key = `${m.article} ${m.number.unit!}`;
    values.set(key, (values.get(key) ?? new Set()).add(m.number.value));
  }
  const single = (m: Mention) => values.get(`${m.article} ${m.number.unit!}`)!.size === 1;
  const best = mentions.map((m) =>
    byArticle.map((others) =>
      others.length === 0 || others[0]!.article === m.article ? null : counterpart(m, others, weights, isValue, single),
    ),
  );
  // Only mutual counterparts are chained: one loose pairing must not merge two counts of a sentence.
  const parent = mentions.map((m) => m.id);
  for (const m of mentions)
    for (const c of best[m.id]!) if (c && best[c.id]![m.article] === m) parent[find(parent, m.id)] = find(parent, c.id);
  const groups = new Map<number, Mention[]>();
  for (const m of mentions) {
    const root = find(parent, m.id);
    const list = groups.get(root);
    if (list) list.push(m);
    else groups.set(root, [m]);
  }
  return [...groups.values()].filter((g) => new Set(g.map((m) => m.article)).size >= 2);
}

function summaryOf(values: NumberGroup['values']): { summary: string; outlets: string[] } {
  const byValue = new Map<number, NumberGroup['values']>();
  for (const v of values) byValue.set(v.value, [...(byValue.get(v.value) ?? []), v]);
  const sides = [...byValue.values()].sort((a, b) => b.length - a.length);
  const says = (side: NumberGroup['values']) =>
    `${listOf(side.map((v) => v.outlet))} say${side.length === 1 ? 's' : ''} “${side[0]!.surface}”`;
  // The outlets against the most common value come first: they are what the finding is about.
  if (sides[0]!.length > sides[1]!.length) {
    const rest = sides.slice(1);
    return { summary: `${[...rest, sides[0]!].map(says).join('; ')}.`, outlets: rest.flat().map((v) => v.outlet) };
  }
  return { summary: `The numbers differ: ${sides.map(says).join('; ')}.`, outlets: values.map((v) => v.outlet) };
}

export function compareNumbers(context: FramingContext): Analysis<NumberSection> {
  const mentions = mentionsOf(context);
  const groups: NumberGroup[] = [];
  const findings: Finding[] = [];
  for (const group of groupsOf(context, mentions)) {
    // One value per article: its first mention in the chain.
    const values: NumberGroup['values'] = [];
    for (const m of group) {
      if (values.some((v) => v.article === m.article)) continue;
      const article = context.articles[m.article]!;
      const sentence = article.sentences[m.sentence.sentence]!;
      values.push({
        article: m.article,
        outlet: article.outlet,
        value: m.number.value,
        surface: m.number.surface,
        evidence: evidenceOf(article, sentence),
      });
    }
    values.sort((a, b) => a.article - b.article);
    groups.push({ unit: group[0]!.number.unit!, values });
    const distinct = [...new Set(values.map((v) => v.value))];
    if (distinct.length < 2) continue;
    const spread = (Math.max(...distinct) - Math.min(...distinct)) / Math.max(...distinct.map(Math.abs), 1e-9);
    findings.push({
      kind: 'number',
      ...summaryOf(values),
      evidence: values.map((v) => v.evidence),
      weight: 0.6 + 0.2 * Math.min(1, spread),
    });
  }
  for (const group of dateGroups(context)) {
    groups.push(group);
    findings.push({ kind: 'number', ...summaryOf(group.values), evidence: group.values.map((v) => v.evidence), weight: 0.7 });
  }
  return { findings, section: { groups } };
}
