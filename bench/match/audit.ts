/**
 * How much of the matcher's "error" is the gold labels' own: `npx tsx bench/match/audit.ts
 * [--pool N] [--seed S] [--sample K] [--out /tmp/file.json]`. Streams the articles as
 * diagnose.ts does, then draws a seeded sample of K pairs (default 60) from each of
 *   allsides-false   two allsides articles in one predicted event, gold events differ;
 *   allsides-missed  two allsides articles of one gold event, other outlets, both dated,
 *                    at most 7 days apart, in different predicted events;
 *   basil-pool       a basil article and a pool article in one predicted event,
 * and writes them as JSON (both articles' url, outlet, date, title, the start of the
 * text, the pair's score if the matcher scored it) for a person to judge by reading;
 * bench/match/label-audit.json holds such judgements. The totals of each category go
 * to stderr. Reads gold labels: a benchmark tool only.
 */
import { writeFileSync } from 'node:fs';
import { MAX_DAYS_APART } from '../../lib/match/features';
import { Matcher } from '../../lib/match/matcher';
import { sample, seededRandom } from '../lib/random';
import { docOf, LABELLED, readLabelled, readPool, readingOrder, type EventArticle } from './data';

type Category = 'allsides-false' | 'allsides-missed' | 'basil-pool';
const CATEGORIES: Category[] = ['allsides-false', 'allsides-missed', 'basil-pool'];
const TEXT_CHARS = 600;

const option = (name: string, fallback: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1]! : fallback;
};

async function main() {
  const poolSize = Number(option('--pool', '3000'));
  const random = seededRandom(Number(option('--seed', '1')));
  const k = Number(option('--sample', '60'));
  const articles = readingOrder([...LABELLED.flatMap((n) => readLabelled(n)), ...(await readPool(poolSize))]);
  const matcher = new Matcher();
  /** The score of each pair the later article's add() kept (matches and related), by "earlier:later". */
  const scores = new Map<string, number>();
  articles.forEach((article, id) => {
    const result = matcher.add(docOf(article, id));
    for (const m of [...result.matches, ...result.related]) scores.set(`${Math.min(m.id, id)}:${Math.max(m.id, id)}`, m.score);
  });

  const byPredicted = new Map<number, number[]>();
  const byGold = new Map<string, number[]>();
  articles.forEach((article, id) => {
    const event = matcher.event(id);
    if (event !== undefined) byPredicted.set(event, [...(byPredicted.get(event) ?? []), id]);
    if (article.dataset === 'allsides') byGold.set(article.event!, [...(byGold.get(article.event!) ?? []), id]);
  });
  const pairs: Record<Category, [number, number][]> = { 'allsides-false': [], 'allsides-missed': [], 'basil-pool': [] };
  /** Every pair the benchmark counts against allsides / basil, by kind, so a sample can be scaled up honestly. */
  const totals: Record<string, number> = {};
  const count = (key: string) => (totals[key] = (totals[key] ?? 0) + 1);
  for (const members of byPredicted.values())
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++) {
        const [a, b] = [articles[members[i]!]!, articles[members[j]!]!];
        for (const d of ['allsides', 'basil'] as const) {
          if (a.dataset !== d && b.dataset !== d) continue;
          const other = a.dataset === d ? b : a;
          const kind = other.dataset !== d ? `with ${other.dataset}` : a.event === b.event ? 'true' : 'gold-different';
          count(`${d} predicted pairs: ${kind}`);
        }
        if (a.dataset === 'allsides' && b.dataset === 'allsides' && a.event !== b.event)
          pairs['allsides-false'].push([members[i]!, members[j]!]);
        const datasets = new Set([a.dataset, b.dataset]);
        if (datasets.has('basil') && datasets.has('baly-pool')) pairs['basil-pool'].push([members[i]!, members[j]!]);
      }
  const day = (a: EventArticle) => Date.parse(a.published!) / 86_400_000;
  for (const members of byGold.values())
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++) {
        const [a, b] = [articles[members[i]!]!, articles[members[j]!]!];
        const together = matcher.event(members[i]!) === matcher.event(members[j]!);
        const kind =
          a.outlet === b.outlet
            ? 'same outlet'
            : a.published === null || b.published === null
              ? 'undated'
              : Math.abs(day(a) - day(b)) > MAX_DAYS_APART
                ? `over ${MAX_DAYS_APART} days apart`
                : 'eligible';
        count(`allsides gold pairs: ${kind}, ${together ? 'together' : 'apart'}`);
        if (kind === 'eligible' && !together) pairs['allsides-missed'].push([members[i]!, members[j]!]);
      }
  for (const c of CATEGORIES) totals[`category ${c}`] = pairs[c].length;
  console.error(
    JSON.stringify({ pool: poolSize, articles: articles.length, totals: Object.fromEntries(Object.entries(totals).sort()) }, null, 2),
  );

  const side = (id: number) => {
    const a = articles[id]!;
    return { url: a.url, outlet: a.outlet, published: a.published, title: a.title, text: a.text.slice(0, TEXT_CHARS) };
  };
  const sampled = CATEGORIES.flatMap((category) =>
    sample(pairs[category], k, random).map(([a, b]) => ({ category, score: scores.get(`${a}:${b}`) ?? null, a: side(a), b: side(b) })),
  );
  const json = JSON.stringify(sampled, null, 2);
  const out = option('--out', '');
  // The sample holds the publishers' text: it goes to stdout or /tmp, never into the repository.
  if (out && !out.startsWith('/tmp/')) throw new Error('--out must be a file under /tmp/');
  if (out) writeFileSync(out, json);
  else console.log(json);
}

await main();
