/**
 * `npm run bench:match`: same-event matching over basil + allsides + gva, streamed
 * in published order and mixed into the baly distractor pool, beside the
 * TF-IDF baseline in the same run. Writes bench/results/match.json.
 *
 *   --pool N    use only the first N pool articles (default: all 37k)
 *   --stored N  time matching up to N stored articles, reading pool articles again
 *               as other outlets' copies past the data's end (default: 50,000)
 *
 * Prints a fingerprint of every add() result: a change of the index's
 * representation must leave it as it was (compare runs with the same options).
 */
import { createHash } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { Matcher } from '../../lib/match/matcher';
import { printTable, writeResult } from '../lib/report';
import { median, percentile } from '../lib/stats';
import { baselineLinks, componentsAt } from './baseline';
import { docOf, LABELLED, paddedReading, readLabelled, readPool, readingOrder, type EventArticle } from './data';
import { isTrainingEvent } from './fit';
import { popupReach, recallAtK, scoreDataset, type Item } from './metrics';
import { restoredCopy } from './restore';

/** A full collection before each heap reading, so that growth is what the matcher keeps, not garbage. */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const heapUsed = () => {
  collectGarbage();
  return process.memoryUsage().heapUsed;
};
/** The JS heap and the array buffers outside it (where the packed index keeps its pages). */
const memory = () => {
  collectGarbage();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return { heap: heapUsed, buffers: arrayBuffers };
};
/** Save-time cost is also timed with this many stored articles (see `padTo`); `--stored N` to change. */
const STORED_AT = process.argv.indexOf('--stored');
const STORED = STORED_AT > 0 ? Number(process.argv[STORED_AT + 1]) : 50_000;

export async function benchMatch(poolLimit = Infinity) {
  const labelled = LABELLED.flatMap((name) => readLabelled(name));
  const pool = await readPool(poolLimit);
  const articles = readingOrder([...labelled, ...pool]);
  console.log(`${articles.length} articles: ${labelled.length} labelled, ${pool.length} from the pool`);

  const matcher = new Matcher();
  const analyseMs: number[] = [];
  const matchMs: { stored: number; ms: number; dated: boolean }[] = [];
  const predicted: string[] = [];
  const results = createHash('sha256');
  const before = memory();
  const heapBefore = before.heap;
  articles.forEach((article, id) => {
    let started = performance.now();
    const doc = docOf(article, id);
    analyseMs.push(performance.now() - started);
    started = performance.now();
    const result = matcher.add(doc);
    matchMs.push({ stored: id, ms: performance.now() - started, dated: article.published !== null });
    results.update(JSON.stringify(result));
  });
  articles.forEach((_, id) => (predicted[id] = String(matcher.event(id))));
  const streamed = memory();
  const heapBytes = streamed.heap - heapBefore;
  const heapMb = heapBytes / 2 ** 20;
  const bytesPerArticle = heapBytes / articles.length;
  const totalBytesPerArticle = (streamed.heap + streamed.buffers - before.heap - before.buffers) / articles.length;

  const links = baselineLinks(articles);
  const baseline = bestBaseline(articles, links);
  const ours = scoreAll(articles, predicted, matcher);

  printTable('Same-event matching (pairwise P / R / F1, B-cubed F1, Recall@5)', [
    ...LABELLED.map((d) => ({ system: 'parallax', dataset: d, ...flat(ours[d]!) })),
    ...LABELLED.map((d) => ({ system: `baseline t=${baseline.threshold[d]}`, dataset: d, ...flat(baseline.scores[d]!) })),
  ]);
  const reprinted = reprintScores(articles, predicted);
  printTable(
    `The same, with the pool's ${reprinted.reprints} reprints of labelled articles counted as their event (not the benchmark's rule)`,
    LABELLED.map((d) => ({ system: 'parallax', dataset: d, ...flat(reprinted.scores[d]) })),
  );
  const reach = reachOf(articles, predicted, matcher);
  printTable(
    'What the popup puts within reach: the share of each article’s same-event reports from other outlets listed as coverage, as coverage or suggestions, and as any of these or follow-ups; and how many suggestions and follow-ups are right',
    LABELLED.map((d) => ({ dataset: d, ...reach[d] })),
  );
  const labelledOnly = labelledOnlyScores(articles, predicted);
  printTable(
    'The same, with pairs a pool article forms left uncounted (the pool holds other outlets’ reports of the labelled events: not the benchmark’s rule)',
    LABELLED.map((d) => ({ system: 'parallax', dataset: d, ...flat(labelledOnly[d]) })),
  );
  const heldOut = {
    ours: splitScores(articles, predicted),
    baseline: Object.fromEntries(
      LABELLED.map((d) => [d, splitScores(articles, componentsAt(articles.length, links, baseline.threshold[d]))[d]]),
    ) as ReturnType<typeof splitScores>,
  };
  printTable('The same, on events the model was fitted on (even hash) and on held-out events (odd hash)', [
    ...LABELLED.flatMap((d) =>
      (['fitted', 'held-out'] as const).map((part) => ({ system: 'parallax', dataset: `${d} ${part}`, ...flat(heldOut.ours[d][part]) })),
    ),
    ...LABELLED.map((d) => ({
      system: `baseline t=${baseline.threshold[d]}`,
      dataset: `${d} held-out`,
      ...flat(heldOut.baseline[d]['held-out']),
    })),
  ]);
  const costAt = (from: number) => matchMs.filter((m) => m.stored >= from && m.stored < from + 2_000).map((m) => m.ms);
  // Undated articles come last in reading order and are never matched: time the last 2,000 dated ones.
  const lastDated = matchMs.filter((m) => m.dated).slice(-2_000);
  const cost = {
    analyse: { median: median(analyseMs), p95: percentile(analyseMs, 95) },
    matchAt10k: { median: median(costAt(10_000)), p95: percentile(costAt(10_000), 95) },
    matchAtEnd: {
      stored: lastDated[0]?.stored ?? 0,
      median: median(lastDated.map((m) => m.ms)),
      p95: percentile(
        lastDated.map((m) => m.ms),
        95,
      ),
    },
  };
  printTable('Save-time cost per article, ms', [
    { step: 'analysis', ...cost.analyse },
    { step: 'matching at 10k stored', ...cost.matchAt10k },
    { step: `matching at ${cost.matchAtEnd.stored} stored`, median: cost.matchAtEnd.median, p95: cost.matchAtEnd.p95 },
  ]);
  // What the match lists (with their evidence) hold of it, measured by dropping them last.
  matcher.neighbours.clear();
  const indexBytesPerArticle = (heapUsed() - heapBefore) / articles.length;
  const indexed = memory();
  const indexTotalBytesPerArticle = (indexed.heap + indexed.buffers - before.heap - before.buffers) / articles.length;
  console.log(
    `\nheap growth while streaming: ${heapMb.toFixed(0)} MB, ${bytesPerArticle.toFixed(0)} bytes per stored article, ` +
      `${indexBytesPerArticle.toFixed(0)} of them in the index and vocabulary, the rest in match lists; ` +
      `with array buffers ${totalBytesPerArticle.toFixed(0)} and ${indexTotalBytesPerArticle.toFixed(0)}`,
  );
  // The padding goes on as after a worker restart: with a matcher restored from its stored rows.
  const beforeRestore = memory();
  const restored = restoredCopy(matcher);
  const afterRestore = memory();
  const restoredBytesPerArticle =
    (afterRestore.heap + afterRestore.buffers - beforeRestore.heap - beforeRestore.buffers) / restored.matcher.index.size;
  console.log(
    `restored from its rows in ${restored.ms.toFixed(0)} ms (${restored.matcher.index.size} articles): ` +
      `${restoredBytesPerArticle.toFixed(0)} bytes per article with array buffers`,
  );
  const at50k = padTo(restored.matcher, articles, STORED, results);
  const fingerprint = results.digest('hex').slice(0, 16);
  console.log(`fingerprint of every add() result: ${fingerprint}`);
  printTable('Save-time cost per article, ms', [
    { step: 'matching at 10k stored', median: cost.matchAt10k.median, p95: cost.matchAt10k.p95 },
    { step: `matching at ${at50k.stored}–${STORED} stored`, median: at50k.median, p95: at50k.p95 },
  ]);
  console.log(
    `wrote ${writeResult('match', {
      articles: articles.length,
      pool: pool.length,
      ours,
      baseline,
      reprinted,
      reach,
      labelledOnly,
      heldOut,
      cost: { ...cost, matchAt50k: at50k },
      heapMb,
      bytesPerArticle,
      indexBytesPerArticle,
      totalBytesPerArticle,
      indexTotalBytesPerArticle,
      restore: { ms: restored.ms, bytesPerArticle: restoredBytesPerArticle },
      fingerprint,
    })}`,
  );
}

/**
 * Times matching with `target` articles stored: the data holds fewer, so the
 * reading goes on as `paddedReading` pads it. Run after scoring, so the figures above are of the data alone;
 * the match lists were dropped for the memory reading, which only shortens the
 * ≤12-item lists each match is merged into.
 */
function padTo(matcher: Matcher, articles: EventArticle[], target: number, results: ReturnType<typeof createHash>) {
  const reading = paddedReading(articles);
  const times: { stored: number; ms: number }[] = [];
  for (let id = articles.length; id < target; id++) {
    const doc = docOf(reading(id), id);
    const started = performance.now();
    const result = matcher.add(doc);
    times.push({ stored: id, ms: performance.now() - started });
    results.update(JSON.stringify(result));
  }
  const last = times.slice(-2_000);
  return {
    stored: last[0]?.stored ?? target,
    median: median(last.map((t) => t.ms)),
    p95: percentile(
      last.map((t) => t.ms),
      95,
    ),
  };
}

type Dataset = (typeof LABELLED)[number];
type Row = ReturnType<typeof scoreDataset> & { recallAt5?: number };

const flat = (s: Row) => ({
  P: s.pairwise.precision,
  R: s.pairwise.recall,
  F1: s.pairwise.f1,
  'B3 F1': s.bcubed.f1,
  'R@5': s.recallAt5 ?? NaN,
});

function itemsOf(articles: EventArticle[], predicted: string[]): Item[] {
  return articles.map((a, id) => ({
    id,
    gold: a.event,
    dataset: a.dataset === 'baly-pool' ? 'pool' : a.dataset,
    predicted: predicted[id]!,
  }));
}

function scoreAll(articles: EventArticle[], predicted: string[], matcher: Matcher): Record<Dataset, Row> {
  const items = itemsOf(articles, predicted);
  const lists = new Map(
    [...matcher.neighbours].map(([id, ms]) => [id, ms.filter((m) => !m.followUp && m.score >= matcher.model.threshold).map((m) => m.id)]),
  );
  const meta = new Map(articles.map((a, id) => [id, { gold: a.event, outlet: a.outlet, dataset: a.dataset }]));
  return Object.fromEntries(LABELLED.map((d) => [d, { ...scoreDataset(items, d), recallAt5: recallAtK(lists, meta, d, 5) }])) as Record<
    Dataset,
    Row
  >;
}

/** The popup's reach with and without suggestions and follow-ups (see popupReach), after the whole stream. */
function reachOf(articles: EventArticle[], predicted: string[], matcher: Matcher) {
  const items = new Map(articles.map((a, id) => [id, { gold: a.event, outlet: a.outlet, dataset: a.dataset, predicted: predicted[id]! }]));
  const suggestions = new Map(articles.map((_, id) => [id, matcher.suggestions(id).map((m) => m.id)]));
  const followUps = new Map(articles.map((_, id) => [id, matcher.followUps(id).map((m) => m.id)]));
  const both = new Map(articles.map((_, id) => [id, [...suggestions.get(id)!, ...followUps.get(id)!]]));
  return Object.fromEntries(
    LABELLED.map((d) => {
      const far = popupReach(items, followUps, d);
      return [
        d,
        {
          ...popupReach(items, suggestions, d),
          withFollowUps: popupReach(items, both, d).withSuggestions,
          followUpPrecision: far.suggestionPrecision,
          followUps: far.suggestions,
        },
      ];
    }),
  ) as Record<Dataset, ReturnType<typeof popupReach> & { withFollowUps: number; followUpPrecision: number; followUps: number }>;
}

/**
 * The pool holds some labelled articles again: the same Fox story under "Fox News"
 * or "Fox Online News", with its title and text. By the data's rules any pair a
 * pool article forms is false, so a matcher that finds such a reprint's event loses
 * precision for being right. Scored again here with each reprint (a pool article
 * with the exact title of a labelled one) counted as that article's event, as a
 * second, clearly named figure: the first stays the benchmark's.
 */
function reprintScores(articles: EventArticle[], predicted: string[]) {
  const norm = (title: string) => title.toLowerCase().replace(/\W+/g, ' ').trim();
  const labelled = new Map<string, EventArticle>();
  for (const a of articles) if (a.event !== null && norm(a.title)) labelled.set(norm(a.title), a);
  let reprints = 0;
  const items = itemsOf(articles, predicted).map((item, id) => {
    const original = item.gold === null ? labelled.get(norm(articles[id]!.title)) : undefined;
    if (!original) return item;
    reprints++;
    return { ...item, gold: original.event, dataset: original.dataset };
  });
  return { reprints, scores: Object.fromEntries(LABELLED.map((d) => [d, scoreDataset(items, d)])) as Record<Dataset, Row> };
}

/**
 * The pool is not free of the labelled events: it holds other outlets' reports of
 * the same shootings, votes and hearings (the Pulse nightclub shooting, the Mueller
 * report's release, Jan Brewer's veto), and by the data's rule every pair such a
 * report forms is false. Scored again here without the pool's articles, as a
 * second, clearly named figure: merges between labelled events still count against
 * us, whatever bridged them.
 */
function labelledOnlyScores(articles: EventArticle[], predicted: string[]): Record<Dataset, Row> {
  const items = itemsOf(articles, predicted).filter((item) => item.dataset !== 'pool');
  return Object.fromEntries(LABELLED.map((d) => [d, scoreDataset(items, d)])) as Record<Dataset, Row>;
}

/**
 * Scores per dataset on the events the model was fitted on and on the held-out
 * ones apart: each half is scored as its own dataset, the other half counting
 * as distractors (a pair across the halves is never the same event).
 */
function splitScores(articles: EventArticle[], predicted: string[]) {
  const items = itemsOf(articles, predicted).map((item) =>
    item.gold === null ? item : { ...item, dataset: `${item.dataset} ${isTrainingEvent(item.gold) ? 'fitted' : 'held-out'}` },
  );
  return Object.fromEntries(
    LABELLED.map((d) => [d, { fitted: scoreDataset(items, `${d} fitted`), 'held-out': scoreDataset(items, `${d} held-out`) }]),
  ) as Record<Dataset, { fitted: Row; 'held-out': Row }>;
}

/** The baseline at its best single threshold per dataset (by pairwise F1): generous to it on purpose. */
function bestBaseline(articles: EventArticle[], links: ReturnType<typeof baselineLinks>) {
  const scores = {} as Record<Dataset, Row>;
  const threshold = {} as Record<Dataset, number>;
  for (let t = 0.2; t <= 0.95; t += 0.05) {
    const items = itemsOf(articles, componentsAt(articles.length, links, t));
    for (const d of LABELLED) {
      const s = scoreDataset(items, d);
      if (!scores[d] || s.pairwise.f1 > scores[d].pairwise.f1) {
        scores[d] = s;
        threshold[d] = Number(t.toFixed(2));
      }
    }
  }
  return { scores, threshold };
}

if (import.meta.filename === process.argv[1]) {
  const at = process.argv.indexOf('--pool');
  await benchMatch(at > 0 ? Number(process.argv[at + 1]) : Infinity);
}
