/**
 * Where matching loses, for whoever tunes it: `npx tsx bench/match/diagnose.ts [--pool N]`.
 * For every gold same-event pair from two outlets: was the earlier article a
 * candidate, how did it score, and did the two end in one event (directly or
 * through others)? Pairs further apart than the time window are counted apart.
 * Then which wrong links the matcher made, with their titles, and a sample of the missed
 * pairs (`--missed allsides`: all of one dataset's). Reads gold labels:
 * a benchmark tool only.
 */
import { Matcher } from '../../lib/match/matcher';
import { MAX_DAYS_APART } from '../../lib/match/features';
import { printTable } from '../lib/report';
import { docOf, LABELLED, readLabelled, readPool, readingOrder, type EventArticle } from './data';
import { scoreDataset } from './metrics';

type Fate = 'not a candidate' | 'below related' | 'related, below threshold' | 'at or above threshold' | 'outside the window';
const FATES: Fate[] = ['not a candidate', 'below related', 'related, below threshold', 'at or above threshold', 'outside the window'];

async function main() {
  const at = process.argv.indexOf('--pool');
  // `--missed allsides`: every missed pair of that dataset, not a sample of all.
  const missedOf = process.argv[process.argv.indexOf('--missed') + 1];
  const articles = readingOrder([
    ...LABELLED.flatMap((n) => readLabelled(n)),
    ...(await readPool(at > 0 ? Number(process.argv[at + 1]) : 3000)),
  ]);
  const matcher = new Matcher();
  const byEvent = new Map<string, number[]>();
  const pairs: { dataset: string; a: number; b: number; fate: Fate }[] = [];
  const wrong: { dataset: string; score: number; a: string; b: string }[] = [];
  const missed: { dataset: string; score: number; a: string; b: string }[] = [];
  articles.forEach((article, id) => {
    const doc = docOf(article, id);
    const gold = article.event === null ? null : `${article.dataset}:${article.event}`;
    const candidates = new Set(matcher.index.candidates(matcher.index.pack(doc), matcher.idf).map((c) => c.id));
    const result = matcher.add(doc);
    const scored = new Map([...result.matches, ...result.related].map((m) => [m.id, m.score]));
    if (gold) {
      for (const other of byEvent.get(gold) ?? []) {
        const o = matcher.index.get(other)!;
        if (o.outlet === doc.outlet || o.day === null || doc.day === null) continue;
        const score = scored.get(other);
        const fate: Fate =
          Math.abs(o.day - doc.day) > MAX_DAYS_APART
            ? 'outside the window'
            : !candidates.has(other)
              ? 'not a candidate'
              : score === undefined
                ? 'below related'
                : score < matcher.threshold
                  ? 'related, below threshold'
                  : 'at or above threshold';
        pairs.push({ dataset: article.dataset, a: id, b: other, fate });
        const sampled = process.argv.includes('--missed') ? article.dataset === missedOf : Math.random() < 0.05;
        if (fate !== 'at or above threshold' && fate !== 'outside the window' && sampled)
          missed.push({ dataset: `${article.dataset} ${fate}`, score: score ?? 0, a: article.title, b: articles[other]!.title });
      }
      byEvent.set(gold, [...(byEvent.get(gold) ?? []), id]);
    }
    for (const m of result.matches) {
      const o = articles[m.id]!;
      const og = o.event === null ? null : `${o.dataset}:${o.event}`;
      if ((gold || og) && og !== gold)
        wrong.push({ dataset: gold ? article.dataset : o.dataset, score: m.score, a: article.title, b: o.title });
    }
  });
  printTable(
    `Gold cross-outlet pairs (dated), by what became of them; "together" = in one event at the end`,
    LABELLED.flatMap((d) =>
      FATES.map((fate) => {
        const these = pairs.filter((p) => p.dataset === d && p.fate === fate);
        const together = these.filter((p) => matcher.event(p.a) === matcher.event(p.b)).length;
        return { dataset: d, fate, pairs: these.length, together, apart: these.length - together };
      }),
    ),
  );
  const counts = new Map<string, number>();
  for (const w of wrong) counts.set(w.dataset, (counts.get(w.dataset) ?? 0) + 1);
  console.log('\nwrong direct links', Object.fromEntries(counts));
  for (const w of wrong.filter((_, i) => i % 3 === 0).slice(0, 40))
    console.log(`${w.dataset} ${w.score.toFixed(2)}  ${w.a.slice(0, 70)}  ||  ${w.b.slice(0, 70)}`);
  console.log('\nmissed (sample)');
  for (const w of process.argv.includes('--missed') ? missed : missed.slice(0, 40))
    console.log(`${w.dataset} ${w.score.toFixed(2)}  ${w.a.slice(0, 70)}  ||  ${w.b.slice(0, 70)}`);
  printTable('\nIf the follow-ups offered joined their events (they do not: see Match.followUp)', followUpsJoined(articles, matcher));
}

/** The events as they end, then again with every offered follow-up's two events made one. */
function followUpsJoined(articles: EventArticle[], matcher: Matcher) {
  const eventOf = articles.map((_, id) => matcher.event(id) ?? -1 - id);
  const parent = new Map<number, number>();
  const root = (x: number): number => {
    const p = parent.get(x);
    if (p === undefined) return x;
    const r = root(p);
    parent.set(x, r);
    return r;
  };
  let joins = 0;
  articles.forEach((_, id) => {
    for (const m of matcher.followUps(id)) {
      const [x, y] = [root(eventOf[id]!), root(eventOf[m.id]!)];
      if (x !== y) {
        parent.set(x, y);
        joins++;
      }
    }
  });
  const items = (event: (id: number) => number) =>
    articles.map((a, id) => ({ id, gold: a.event, dataset: a.dataset === 'baly-pool' ? 'pool' : a.dataset, predicted: String(event(id)) }));
  const as = items((id) => eventOf[id]!);
  const joined = items((id) => root(eventOf[id]!));
  console.log(`\n${joins} joins`);
  return LABELLED.flatMap((d) =>
    Object.entries({ 'as built': as, 'follow-ups joined': joined }).map(([how, list]) => {
      const s = scoreDataset(list, d);
      return { dataset: d, how, P: s.pairwise.precision.toFixed(3), R: s.pairwise.recall.toFixed(3), 'B3 F1': s.bcubed.f1.toFixed(3) };
    }),
  );
}

await main();
