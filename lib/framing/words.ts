/**
 * Word choice: the words each outlet uses distinctively compared with the others on this
 * event, by the log-odds ratio with an informative Dirichlet prior and its z-score
 * (Monroe, Colaresi & Quinn 2008, "Fightin' Words", §3.5). The prior comes from a large
 * background count, so a word common everywhere ("said") needs far more use to stand out
 * than a rare one ("regime"), and a word nobody else on the event uses is not enough
 * on its own: it must be used more than the prior expects.
 */
import { stopWordsFor } from '../text/stop-words';
import { withoutPossessive } from '../text/tokens';
import { evidenceOf, listOf } from './evidence';
import { differentNames, type NameChoice } from './names';
import type { Analysis, BackgroundCounts, Evidence, Finding, FramingContext, PreparedArticle } from './types';

/** Prior strength α0: the background weighs as much as this many words, about a hundred articles. */
const PRIOR_WORDS = 50_000;
/**
 * A finding needs this z-score. One article has a few hundred content words, so a word
 * used twice that no other outlet uses scores about 1: the one-sided 95% bar (1.645) is
 * out of reach on a single event, and the summary shows the counts rather than claim it.
 */
export const Z_MIN = 1;
const MIN_USES = 2;
/**
 * The smallest prior pseudo-count. A word the other outlets never use has variance about
 * 1/α, so a rare word (or one past the table's 15,000) would never stand out however often
 * one outlet repeats it; from 0.1 it weighs like "regime" (118 in 50M words).
 */
const MIN_ALPHA = 0.1;
/** Words kept per outlet in the section, ranked by z (findings take those from Z_MIN). */
const SECTION_WORDS = 20;
const WORDS_PER_FINDING = 3;
const WORD = /[\p{L}][\p{L}\p{M}]*(?:['\u2019-][\p{L}\p{M}]+)*/gu;

export interface DistinctiveWord {
  word: string;
  /** Uses in this outlet's article, and in all the others together. */
  count: number;
  othersCount: number;
  z: number;
}

export interface WordSection {
  /** Per article (by index): the words it uses more than the others (z > 0), highest z first. */
  distinctive: { article: number; outlet: string; words: DistinctiveWord[] }[];
  /** The same thing under different names across outlets ("Kiev" / "Kyiv"). */
  names: NameChoice[];
}

/**
 * Uses of the event's content words, the words numbered across its articles: each article
 * repeats its words and the articles share most of them, so each written form is read once
 * per event and the counts are kept in arrays by number.
 */
interface EventCounts {
  /** `words[id]`: a lower-case content word; `ids` numbers them. */
  words: string[];
  ids: Map<string, number>;
  /** Per article: `counts[id]` uses of each word, `first[id]` where the first is (-1: none), and all its counted uses. */
  articles: { counts: Int32Array; first: Int32Array; total: number }[];
  /** Uses of each word in every article, and of all words. */
  all: Int32Array;
  total: number;
}

/** Each written form of a word once, with its uses: an article repeats its words, and each form is then read once. */
function writtenForms(text: string): Map<string, { count: number; first: number }> {
  const forms = new Map<string, { count: number; first: number }>();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const form = forms.get(m[0]);
    if (form) form.count++;
    else forms.set(m[0], { count: 1, first: m.index });
  }
  return forms;
}

/** Lower-case content words; names (words this event only writes capitalised) are voices' and entities' business. */
function countWords(articles: readonly PreparedArticle[]): EventCounts {
  const ids = new Map<string, number>();
  const words: string[] = [];
  // `writtenLower[id]`: some article writes the word in lower case, so it is no name.
  const writtenLower: boolean[] = [];
  const numberOf = (word: string): number => {
    let id = ids.get(word);
    if (id === undefined) {
      id = words.length;
      ids.set(word, id);
      words.push(word);
      writtenLower.push(false);
    }
    return id;
  };
  // The word number of each written form (-1: a stop word or too short), by stop list: the same form may be read in several languages.
  const formsByStopList = new Map<ReadonlySet<string>, Map<string, number>>();
  const uses = articles.map((article) => {
    const stop = stopWordsFor(article.lang);
    let forms = formsByStopList.get(stop);
    if (!forms) formsByStopList.set(stop, (forms = new Map()));
    // Triples: word number, uses, offset of the first.
    const list: number[] = [];
    for (const [written, { count, first }] of writtenForms(article.text)) {
      let id = forms.get(written);
      if (id === undefined) {
        const lower = withoutPossessive(written.toLowerCase());
        id = lower.length < 3 || stop.has(lower) ? -1 : numberOf(lower);
        if (id >= 0 && written[0] === lower[0]) writtenLower[id] = true;
        forms.set(written, id);
      }
      if (id >= 0) list.push(id, count, first);
    }
    return list;
  });
  const all = new Int32Array(words.length);
  let total = 0;
  const counted = uses.map((list) => {
    const counts = new Int32Array(words.length);
    const first = new Int32Array(words.length).fill(-1);
    let own = 0;
    for (let k = 0; k < list.length; k += 3) {
      const [id, count, at] = [list[k]!, list[k + 1]!, list[k + 2]!];
      if (!writtenLower[id]) continue;
      counts[id]! += count;
      all[id]! += count;
      if (first[id] === -1 || at < first[id]!) first[id] = at;
      own += count;
    }
    total += own;
    return { counts, first, total: own };
  });
  return { words, ids, articles: counted, all, total };
}

function priorOf(background: BackgroundCounts): (word: string) => number {
  const total = background.total > 0 ? background.total : 1;
  return (word) => Math.max(MIN_ALPHA, (PRIOR_WORDS * (Object.hasOwn(background.counts, word) ? background.counts[word]! : 0)) / total);
}

/** z-scores of the log-odds of one article against the other outlets, for the words it uses. */
function fightinWords(event: EventCounts, article: number, alpha: (word: number) => number): DistinctiveWord[] {
  const own = event.articles[article]!;
  // The others pooled are everyone minus this outlet.
  const restTotal = event.total - own.total;
  const out: DistinctiveWord[] = [];
  for (let id = 0; id < event.words.length; id++) {
    const y = own.counts[id]!;
    if (y < MIN_USES) continue;
    const a = alpha(id);
    const yr = event.all[id]! - y;
    const delta = Math.log((y + a) / (own.total + PRIOR_WORDS - y - a)) - Math.log((yr + a) / (restTotal + PRIOR_WORDS - yr - a));
    const z = delta / Math.sqrt(1 / (y + a) + 1 / (yr + a));
    if (z > 0) out.push({ word: event.words[id]!, count: y, othersCount: yr, z });
  }
  return out.sort((x, y) => y.z - x.z || (x.word < y.word ? -1 : 1)).slice(0, SECTION_WORDS);
}

/** The sentence of `article` holding `offset`. */
function sentenceAt(article: PreparedArticle, offset: number | undefined): Evidence | null {
  const sentence = offset === undefined ? undefined : article.sentences.find((s) => s.start <= offset && offset < s.end);
  return sentence ? evidenceOf(article, sentence) : null;
}

export function compareWords(context: FramingContext): Analysis<WordSection> {
  const { articles } = context;
  const names = differentNames(articles);
  if (articles.length < 2) return { findings: [], section: { distinctive: [], names } };
  const counts = countWords(articles);
  // The prior of each word once per event, not once per article that uses it.
  const prior = priorOf(context.background);
  const alphas = new Float64Array(counts.words.length).fill(-1);
  const alpha = (id: number) => (alphas[id]! >= 0 ? alphas[id]! : (alphas[id] = prior(counts.words[id]!)));
  const findings: Finding[] = [];
  const distinctive = articles.map((article, i) => {
    const words = fightinWords(counts, i, alpha);
    const top = words.filter((w) => w.z >= Z_MIN).slice(0, WORDS_PER_FINDING);
    if (top.length > 0) {
      const quoted = top.map((w) => `“${w.word}” (${w.count}×${w.othersCount > 0 ? `, others ${w.othersCount}×` : ''})`);
      findings.push({
        kind: 'word',
        outlets: [article.outlet],
        summary: `${article.outlet} uses ${listOf(quoted)} more than the others do.`,
        evidence: top.map((w) => sentenceAt(article, counts.articles[i]!.first[counts.ids.get(w.word)!])).filter((e) => e !== null),
        weight: 0.2 + 0.25 * Math.min(1, (top[0]!.z - Z_MIN) / 3),
      });
    }
    return { article: i, outlet: article.outlet, words };
  });
  for (const choice of names) {
    const [usual, ...others] = choice.forms;
    const writes = (f: NameChoice['forms'][number]) => `${listOf(f.outlets)} write${f.outlets.length === 1 ? 's' : ''} “${f.form}”`;
    findings.push({
      kind: 'word',
      outlets: others.flatMap((f) => f.outlets),
      summary: `Different names for one thing: ${[...others, usual!].map(writes).join('; ')}.`,
      evidence: choice.forms.map((f) => f.evidence),
      weight: 0.45,
    });
  }
  return { findings, section: { distinctive, names } };
}
