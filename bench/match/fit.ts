/**
 * Fits the matching model (lib/match/model.json) on ../shared/data/events:
 * `npx tsx bench/match/fit.ts --pool 3000` gives the shipped model. Deterministic:
 * same data, same weights.
 *
 * Articles are streamed in reading order with the distractor pool, as the
 * extension meets them; every candidate pair the index proposes becomes a
 * training example (same gold event or not). Only events whose id hashes even
 * are used for fitting (odd ones stay held out); pool pairs are all negatives.
 * Logistic regression with a little L2, by Newton's method, then boosted trees,
 * both held to MONOTONE (lib/match/features.ts); the thresholds are then set for
 * precision first.
 *
 * Why 3,000 of the pool's 37k: the pool holds other outlets' reports of the
 * labelled events (see labelledOnlyScores in bench/match/index.ts), and all its
 * pairs count as negatives here. Fitted with the whole pool, the model learns that
 * two long political reports of one hearing are not the same event: BASIL's
 * pairwise recall fell to 0.13 in a replay of the full benchmark.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { assignArticle, type Scored } from '../../lib/match/assignment';
import { EventClusters } from '../../lib/match/events';
import { comparePair, FEATURE_NAMES, MONOTONE } from '../../lib/match/features';
import { isSyndicated, Matcher } from '../../lib/match/matcher';
import { featureVector, logit, type MatchModel } from '../../lib/match/model';
import { fitBoosted } from './boost';
import { printTable } from '../lib/report';
import { docOf, LABELLED, readLabelled, readPool, readingOrder, type EventArticle } from './data';
import { scoreDataset } from './metrics';

export const isTrainingEvent = (event: string) => {
  let h = 0;
  for (let i = 0; i < event.length; i++) h = (h * 31 + event.charCodeAt(i)) >>> 0;
  return h % 2 === 0;
};

interface Example {
  x: number[];
  y: 0 | 1;
  /** How much the pair counts (see balance()). */
  weight: number;
  /** Which dataset the new article came from ('baly-pool' for distractors). */
  group: string;
  from: number;
  to: number;
  /** Copies of one wire story by the matcher's rule (see Matcher.compare): scored sure whatever the model says. */
  syndicated: boolean;
}

/**
 * L2-regularised logistic regression whose weights keep the signs given per
 * feature (+1, -1, or 0 for either; see MONOTONE): a weight fitted the wrong way
 * (two features saying much the same thing, one taking the other's excess) is
 * held at zero and the rest fitted again.
 */
export function fitMonotoneLogistic(examples: Pick<Example, 'x' | 'y' | 'weight'>[], signs: readonly number[], l2 = 1): number[] {
  const fixed = new Set<number>();
  for (;;) {
    const w = fitLogistic(examples, l2, 25, fixed);
    const wrong = signs.map((_, f) => f + 1).filter((i) => !fixed.has(i) && w[i]! * signs[i - 1]! < 0);
    if (wrong.length === 0) return w;
    // The most wrong first: holding one changes the others.
    fixed.add(wrong.reduce((a, b) => (Math.abs(w[b]!) > Math.abs(w[a]!) ? b : a)));
  }
}

/** Newton–Raphson for L2-regularised logistic regression; x includes a leading 1 for the bias; weights in `fixed` stay 0. */
export function fitLogistic(
  examples: Pick<Example, 'x' | 'y' | 'weight'>[],
  l2 = 1,
  iterations = 25,
  fixed: ReadonlySet<number> = new Set(),
): number[] {
  const d = examples[0]!.x.length;
  let w = new Array<number>(d).fill(0);
  for (let it = 0; it < iterations; it++) {
    const grad = new Array<number>(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (const { x, y, weight } of examples) {
      const p = 1 / (1 + Math.exp(-x.reduce((s, xi, i) => s + xi * w[i]!, 0)));
      const r = p * (1 - p) * weight;
      for (let i = 0; i < d; i++) {
        grad[i]! += (p - y) * weight * x[i]!;
        for (let j = 0; j < d; j++) hess[i]![j]! += r * x[i]! * x[j]!;
      }
    }
    for (let i = 1; i < d; i++) {
      grad[i]! += l2 * w[i]!;
      hess[i]![i]! += l2;
    }
    for (const i of fixed) {
      hess[i]!.fill(0);
      hess[i]![i] = 1;
      grad[i] = 0;
    }
    const step = solve(hess, grad);
    for (const i of fixed) step[i] = 0;
    w = w.map((wi, i) => wi - step[i]!);
    if (Math.max(...step.map(Math.abs)) < 1e-6) break;
  }
  return w;
}

/** Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c || m[c]![c] === 0) continue;
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => (row[i] === 0 ? 0 : row[n]! / row[i]!));
}

async function collect(poolLimit: number): Promise<{ examples: Example[]; articles: EventArticle[] }> {
  const articles = readingOrder([...LABELLED.flatMap((name) => readLabelled(name)), ...(await readPool(poolLimit))]);
  const matcher = new Matcher();
  const examples: Example[] = [];
  articles.forEach((article, id) => {
    const doc = docOf(article, id);
    const inTraining = article.event === null || isTrainingEvent(article.event);
    if (inTraining) {
      const packed = matcher.index.pack(doc);
      for (const other of matcher.index.candidates(packed, matcher.idf)) {
        const o = articles[other.id]!;
        if (o.event !== null && !isTrainingEvent(o.event)) continue;
        const same = article.event !== null && article.event === o.event && article.dataset === o.dataset;
        const { features } = comparePair(packed, other, matcher.idf);
        const syndicated = isSyndicated(features, matcher.model);
        examples.push({
          x: [1, ...featureVector(features)],
          y: same ? 1 : 0,
          weight: 1,
          group: article.dataset,
          from: id,
          to: other.id,
          syndicated,
        });
      }
    }
    matcher.add(doc);
  });
  return { examples, articles };
}

/**
 * The same-event threshold: the matcher's own assignment policy (lib/match/assignment.ts:
 * best sure match, bridges between events, the noisy-OR over an event, events
 * gathered again as they grow) is replayed over the pair scores at each threshold,
 * on the articles of the training events and the pool, in reading order. The
 * threshold is the one with the best mean pairwise F1 among those keeping
 * precision ≥ PRECISION_FLOOR on every set — precision first. Pair-level precision
 * over all candidates would misstate it: the policy links articles through events.
 */
const PRECISION_FLOOR = 0.9;
const PRECISION_SLACK = 0.05;

function clusteringThreshold(articles: EventArticle[], examples: Example[], scores: number[], related: number) {
  const scoredFrom = new Map<number, Scored[]>();
  examples.forEach((e, i) => {
    const score = e.syndicated ? Math.max(0.99, scores[i]!) : scores[i]!;
    if (score < related) return;
    scoredFrom.set(e.from, [...(scoredFrom.get(e.from) ?? []), { id: e.to, score, syndicated: e.syndicated }]);
  });
  for (const list of scoredFrom.values()) list.sort((a, b) => b.score - a.score);
  const training = articles.map((a) => (a.event === null || isTrainingEvent(a.event) ? a : { ...a, dataset: 'held-out' }));
  const rows = [];
  for (let t = 0.3; t <= 0.985; t += 0.025) {
    const predicted = replayPolicy(training, scoredFrom, t);
    const items = training.map((a, id) => ({
      id,
      gold: a.event,
      dataset: a.dataset === 'baly-pool' ? 'pool' : a.dataset,
      predicted: predicted[id]!,
    }));
    const per = LABELLED.map((d) => scoreDataset(items, d).pairwise);
    const precision = Math.min(...per.map((p) => p.precision));
    const f1 = per.reduce((sum, p) => sum + p.f1, 0) / per.length;
    rows.push({
      threshold: Number(t.toFixed(3)),
      ...Object.fromEntries(
        LABELLED.flatMap((d, i) => [
          [`${d} P`, per[i]!.precision],
          [`${d} R`, per[i]!.recall],
        ]),
      ),
      'mean F1': f1,
      precision,
    });
  }
  printTable('The matcher’s policy replayed on the training events, by threshold', rows);
  // Where no threshold keeps every set at the floor (the pool holds other outlets' reports of
  // the labelled events, and every pair they form counts as false), the floor is the best
  // precision reachable less PRECISION_SLACK.
  const floor = Math.min(PRECISION_FLOOR, Math.max(...rows.map((r) => r.precision)) - PRECISION_SLACK);
  const safe = rows.filter((r) => r.precision >= floor);
  return safe.reduce((a, b) => (b['mean F1'] > a['mean F1'] ? b : a)).threshold;
}

/** Events as the matcher would assign them, from the pair scores alone; held-out articles are never read. */
function replayPolicy(articles: EventArticle[], scoredFrom: Map<number, Scored[]>, threshold: number): string[] {
  const state = { clusters: new EventClusters(), neighbours: new Map<number, Scored[]>(), threshold };
  articles.forEach((article, id) => article.dataset !== 'held-out' && assignArticle(state, id, scoredFrom.get(id) ?? []));
  // Read after the whole stream, as bench:match does: a later bridge merges earlier events.
  return articles.map((article, id) => (article.dataset === 'held-out' ? `held-out ${id}` : String(state.clusters.event(id))));
}

/**
 * Each source of pairs (each labelled set, and the pool) weighs by the square
 * root of its size rather than its size: otherwise the 6k gva shooting reports
 * would teach the model what "the same event" means for a 300-article set of
 * long political stories too, while full equality overfits the small set.
 * Mean weight stays 1, so the L2 keeps its scale.
 */
function balance(examples: Example[]): void {
  const counts = new Map<string, number>();
  for (const e of examples) counts.set(e.group, (counts.get(e.group) ?? 0) + 1);
  const total = [...counts.values()].reduce((sum, n) => sum + Math.sqrt(n), 0);
  for (const e of examples) e.weight = examples.length / total / Math.sqrt(counts.get(e.group)!);
}

async function main() {
  const at = process.argv.indexOf('--pool');
  const { examples, articles } = await collect(at > 0 ? Number(process.argv[at + 1]) : Infinity);
  const positives = examples.filter((e) => e.y === 1).length;
  console.log(`${examples.length} candidate pairs, ${positives} of the same event`);
  balance(examples);
  const w = fitMonotoneLogistic(
    examples,
    FEATURE_NAMES.map((name) => MONOTONE[name]),
  );
  const model: MatchModel = {
    weights: Object.fromEntries(FEATURE_NAMES.map((f, i) => [f, Number(w[i + 1]!.toFixed(4))])),
    bias: Number(w[0]!.toFixed(4)),
    threshold: 0.5,
    relatedThreshold: 0.3,
    // Two reporters' own accounts of one event share almost no 5-word shingles (≤ 0.05);
    // a wire story trimmed by a paragraph and wrapped in another site's furniture keeps ~0.8.
    syndicatedResemblance: 0.6,
  };
  // Trees then correct what a weighted sum cannot say: "shares a rare name but on another day".
  const columns = FEATURE_NAMES.map((_, f) => Float32Array.from(examples, (e) => e.x[f + 1]!));
  const base = Float64Array.from(examples, (e) => logit(model, e.x.slice(1)));
  model.trees = fitBoosted(
    columns,
    Uint8Array.from(examples, (e) => e.y),
    Float64Array.from(examples, (e) => e.weight),
    base,
    FEATURE_NAMES.map((name) => MONOTONE[name]),
  );
  const scores = examples.map((e) => 1 / (1 + Math.exp(-logit(model, e.x.slice(1)))));
  model.threshold = clusteringThreshold(articles, examples, scores, model.relatedThreshold);
  console.log({ ...model, trees: model.trees.length });
  writeFileSync(resolve(import.meta.dirname, '../../lib/match/model.json'), JSON.stringify(model, null, 2) + '\n');
}

if (import.meta.filename === process.argv[1]) await main();
