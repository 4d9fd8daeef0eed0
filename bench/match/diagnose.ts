/**
 * Where matching loses, for whoever tunes it: `npx tsx bench/match/diagnose.ts [--pool N]`.
 * For every gold same-event pair from two outlets within the time window: was
 * the earlier article a candidate, and how did it score? And which wrong links
 * did the matcher make, with their titles. Reads gold labels: a benchmark tool only.
 */
import { Matcher } from '../../lib/match/matcher';
import { printTable } from '../lib/report';
import { docOf, LABELLED, readLabelled, readPool, readingOrder } from './data';

async function main() {
  const at = process.argv.indexOf('--pool');
  const articles = readingOrder([
    ...LABELLED.flatMap((n) => readLabelled(n)),
    ...(await readPool(at > 0 ? Number(process.argv[at + 1]) : 3000)),
  ]);
  const matcher = new Matcher();
  const byEvent = new Map<string, number[]>();
  const stats = new Map<string, { pairs: number; candidate: number; related: number; linked: number }>();
  const wrong: { dataset: string; score: number; a: string; b: string }[] = [];
  const missed: { dataset: string; score: number; a: string; b: string }[] = [];
  articles.forEach((article, id) => {
    const doc = docOf(article, id);
    const gold = article.event === null ? null : `${article.dataset}:${article.event}`;
    const candidates = new Set(matcher.index.candidates(matcher.index.pack(doc), matcher.idf).map((c) => c.id));
    const result = matcher.add(doc);
    const scored = new Map([...result.matches, ...result.related].map((m) => [m.id, m.score]));
    if (gold) {
      const s = stats.get(article.dataset) ?? { pairs: 0, candidate: 0, related: 0, linked: 0 };
      stats.set(article.dataset, s);
      for (const other of byEvent.get(gold) ?? []) {
        const o = matcher.index.get(other)!;
        if (o.outlet === doc.outlet || Math.abs(o.day! - doc.day!) > 7) continue;
        s.pairs++;
        if (candidates.has(other)) s.candidate++;
        if (scored.has(other)) s.related++;
        if ((scored.get(other) ?? 0) >= matcher.model.threshold) s.linked++;
        else if (candidates.has(other) && Math.random() < 0.05)
          missed.push({ dataset: article.dataset, score: scored.get(other) ?? 0, a: article.title, b: articles[other]!.title });
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
    'Gold cross-outlet pairs within 7 days',
    [...stats].map(([d, s]) => ({ dataset: d, ...s })),
  );
  const counts = new Map<string, number>();
  for (const w of wrong) counts.set(w.dataset, (counts.get(w.dataset) ?? 0) + 1);
  console.log('\nwrong direct links', Object.fromEntries(counts));
  for (const w of wrong.filter((_, i) => i % 3 === 0).slice(0, 40))
    console.log(`${w.dataset} ${w.score.toFixed(2)}  ${w.a.slice(0, 70)}  ||  ${w.b.slice(0, 70)}`);
  console.log('\nmissed (sample)');
  for (const w of missed.slice(0, 30)) console.log(`${w.dataset} ${w.score.toFixed(2)}  ${w.a.slice(0, 70)}  ||  ${w.b.slice(0, 70)}`);
}

await main();
