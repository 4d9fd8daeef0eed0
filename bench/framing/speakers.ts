/**
 * Speaker attribution on BASIL (Fan et al., EMNLP 2019): every phrase annotated as a
 * quotation of a named person is located in its article, and we check that the quote we
 * find over that span is attributed to the same person (compared by entity key, or by
 * surname when one side gives only a surname). Writes bench/results/framing-speakers.json.
 *
 *   npx tsx bench/framing/speakers.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { entityKey, quotes, type Quote } from '../../lib/text';
import { dataDir } from '../lib/data';
import { printTable } from '../lib/report';

interface Annotation {
  txt: string;
  quote: string;
  speaker: string;
}

interface BasilArticle {
  article_id: string;
  outlet: string;
  text: string;
}

// Annotated speakers that are groups or organisations, not one person: the benchmark is about people.
const GROUP = /(?:democrats|republicans|lawmakers|officials|members|campaign|party|companies|catholics|protestors|plaintiffs)$/i;
const ORGANISATIONS = new Set(['NAACP', 'BuzzFeed', 'Secure_America_Now']);

/** Whether a BASIL speaker label names one person ("Michael_Steele", "Trump"). */
export function isPersonLabel(label: string): boolean {
  if (!label || label.startsWith('other') || ORGANISATIONS.has(label) || GROUP.test(label)) return false;
  return label.split('_').every((part) => /^\p{Lu}/u.test(part));
}

const surnameOf = (key: string) =>
  key
    .split(' ')
    .filter((w) => !/^(?:jr|sr|ii|iii)$/.test(w))
    .at(-1) ?? '';

/** Same person: equal keys, or one side's surname equals the other's. */
export function samePerson(label: string, key: string): boolean {
  const gold = entityKey(label.replace(/_/g, ' '));
  if (!gold || !key) return false;
  const [a, b] = [surnameOf(gold), surnameOf(key)];
  // BASIL cuts some labels short ("Felipe_Calder" for Calderón).
  return gold === key || a === b || (a.length >= 5 && b.startsWith(a));
}

/** Where the annotated phrase sits in the article text; curly and straight quotes compare equal. */
function locate(text: string, txt: string): { start: number; end: number } | null {
  const norm = (s: string) => s.replace(/[\u201C\u201D]/g, '"').replace(/[\u2018\u2019]/g, "'");
  const phrase = norm(txt).replace(/^["'\s]+|["'\s,.]+$/g, '');
  if (phrase.length < 4) return null;
  const at = norm(text).indexOf(phrase);
  return at < 0 ? null : { start: at, end: at + phrase.length };
}

/** The quote that covers most of the span. */
function covering(found: Quote[], span: { start: number; end: number }): Quote | undefined {
  let best: Quote | undefined;
  let bestOverlap = 0;
  for (const q of found) {
    const overlap = Math.min(q.end, span.end) - Math.max(q.start, span.start);
    if (overlap > bestOverlap) {
      best = q;
      bestOverlap = overlap;
    }
  }
  return bestOverlap >= Math.min(8, span.end - span.start) * 0.5 ? best : undefined;
}

export interface SpeakerFigures {
  annotatedQuotes: number;
  personSpans: number;
  located: number;
  /** Located spans covered by one of our quotes with a speaker. */
  attributed: number;
  correct: number;
  /** correct / attributed: how often the speaker we name is right. */
  accuracy: number;
  /** attributed / located. */
  coverage: number;
  /** correct / located. */
  accuracyOverLocated: number;
  byOutlet: { outlet: string; located: number; attributed: number; correct: number; accuracy: number }[];
  errors: { article: string; gold: string; ours: string; txt: string }[];
}

export function benchSpeakers(): SpeakerFigures {
  const articles = new Map<string, BasilArticle>();
  for (const line of readFileSync(join(dataDir('events'), 'basil.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const a = JSON.parse(line) as BasilArticle;
    articles.set(a.article_id, a);
  }
  const root = join(dataDir('framing', 'basil'), 'annotations');
  let annotatedQuotes = 0;
  let personSpans = 0;
  const outlets = new Map<string, { located: number; attributed: number; correct: number }>();
  const errors: SpeakerFigures['errors'] = [];
  for (const year of readdirSync(root)) {
    for (const file of readdirSync(join(root, year))) {
      const ann = JSON.parse(readFileSync(join(root, year, file), 'utf8')) as { uuid: string; 'phrase-level-annotations': Annotation[] };
      // The annotation file's uuid is the article's article_id in events/basil.jsonl.
      const id = ann.uuid;
      const article = articles.get(id);
      const spans = ann['phrase-level-annotations'].filter((a) => a.quote === 'yes');
      annotatedQuotes += spans.length;
      const people = spans.filter((a) => isPersonLabel(a.speaker));
      personSpans += people.length;
      if (!article || people.length === 0) continue;
      const found = quotes(article.text, 'en');
      const tally = outlets.get(article.outlet) ?? { located: 0, attributed: 0, correct: 0 };
      outlets.set(article.outlet, tally);
      for (const a of people) {
        const span = locate(article.text, a.txt);
        if (!span) continue;
        tally.located++;
        const quote = covering(found, span);
        if (!quote?.speaker?.key) {
          if (process.env['VERBOSE'])
            console.log(
              `  miss ${quote ? `(speaker ${quote.speaker?.name ?? 'none'})` : '(no quote)'} ${a.speaker}: ${article.text.slice(Math.max(0, span.start - 120), span.end + 60).replace(/\s+/g, ' ')}`,
            );
          continue;
        }
        tally.attributed++;
        if (samePerson(a.speaker, quote.speaker.key)) tally.correct++;
        else errors.push({ article: id, gold: a.speaker, ours: quote.speaker.name, txt: a.txt.slice(0, 100) });
      }
    }
  }
  const sum = (k: 'located' | 'attributed' | 'correct') => [...outlets.values()].reduce((s, t) => s + t[k], 0);
  const located = sum('located');
  const attributed = sum('attributed');
  const correct = sum('correct');
  return {
    annotatedQuotes,
    personSpans,
    located,
    attributed,
    correct,
    accuracy: correct / attributed,
    coverage: attributed / located,
    accuracyOverLocated: correct / located,
    byOutlet: [...outlets].map(([outlet, t]) => ({ outlet, ...t, accuracy: t.correct / t.attributed })),
    errors,
  };
}

/** Prints the table; returns the figures as written to JSON (the publishers' text stays out: errors as ids and names only). */
export function reportSpeakers(
  figures: SpeakerFigures,
): Omit<SpeakerFigures, 'errors'> & { errors: Omit<SpeakerFigures['errors'][number], 'txt'>[] } {
  printTable('Speaker attribution on BASIL (quotes of named people)', [
    ...figures.byOutlet,
    { outlet: 'all', located: figures.located, attributed: figures.attributed, correct: figures.correct, accuracy: figures.accuracy },
  ]);
  console.log(
    `\n${figures.personSpans} of ${figures.annotatedQuotes} annotated quote spans name one person; ${figures.located} located in the text.` +
      `\ncoverage ${figures.coverage.toFixed(3)} (spans we attribute at all), accuracy ${figures.accuracy.toFixed(3)} of those,` +
      ` ${figures.accuracyOverLocated.toFixed(3)} of all located spans.`,
  );
  if (process.env['VERBOSE']) for (const e of figures.errors) console.log(`  ${e.gold} ≠ ${e.ours}: ${e.txt}`);
  return { ...figures, errors: figures.errors.map(({ article, gold, ours }) => ({ article, gold, ours })) };
}

// Alone, for iterating on lib/text/quotes: `npm run bench:framing` writes the figures with the rest.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) reportSpeakers(benchSpeakers());
