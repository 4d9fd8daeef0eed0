/**
 * Gradient-boosted regression trees for the logistic loss (second order, as in
 * XGBoost: Chen & Guestrin 2016), over features pre-cut into quantile bins.
 * Small, dependency-free and deterministic: same examples, same trees.
 */
import { treeScore, type Tree } from '../../lib/match/model';

export interface BoostOptions {
  rounds: number;
  depth: number;
  learningRate: number;
  /** L2 on leaf values. */
  lambda: number;
  /** Smallest summed hessian a leaf may hold: no leaf for a handful of pairs. */
  minHessian: number;
  bins: number;
}

export const DEFAULT_BOOST: BoostOptions = { rounds: 150, depth: 3, learningRate: 0.1, lambda: 1, minHessian: 5, bins: 32 };

/**
 * Cut points per feature: up to `bins - 1` quantiles, each halfway between a
 * quantile and the next smaller value present, so that a feature computed in
 * double precision at match time falls on the same side as its float32 copy here.
 */
function cutsOf(column: Float32Array, bins: number): number[] {
  const sorted = Float32Array.from(column).sort();
  const cuts = new Set<number>();
  for (let k = 1; k < bins; k++) {
    const v = sorted[Math.floor((k * sorted.length) / bins)]!;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    // lo is the first index holding v: nothing smaller means a cut would send nothing left.
    if (lo > 0) cuts.add(Number(((sorted[lo - 1]! + v) / 2).toPrecision(6)));
  }
  return [...cuts].sort((a, b) => a - b);
}

/** Bin of x: how many cuts are ≤ x, so `bin < k` ⇔ `x < cuts[k - 1]`. */
function binOf(x: number, cuts: number[]): number {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cuts[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Fits trees added to `base` (the log-odds so far). `monotone[f]` = +1 keeps the
 * trees' output from ever falling as feature f rises, -1 from ever rising, 0 leaves
 * it free — as XGBoost's monotone constraints: a split on such a feature must order
 * its two sides' values, and each side's later values stay within the bound the
 * split set (the midpoint of the two).
 */
export function fitBoosted(
  columns: Float32Array[],
  y: Uint8Array,
  weight: Float64Array,
  base: Float64Array,
  monotone: ArrayLike<number> = [],
  options: BoostOptions = DEFAULT_BOOST,
): Tree[] {
  const n = y.length;
  const cuts = columns.map((c) => cutsOf(c, options.bins));
  const binned = columns.map((c, f) => Uint8Array.from(c, (x) => binOf(x, cuts[f]!)));
  const margin = Float64Array.from(base);
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const trees: Tree[] = [];
  for (let round = 0; round < options.rounds; round++) {
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-margin[i]!));
      g[i] = (p - y[i]!) * weight[i]!;
      h[i] = Math.max(p * (1 - p), 1e-6) * weight[i]!;
    }
    const tree: Tree = { feature: [], threshold: [], left: [], right: [], value: [] };
    const all = new Int32Array(n);
    for (let i = 0; i < n; i++) all[i] = i;
    grow(tree, all, 0, { binned, cuts, g, h, monotone, o: options }, -Infinity, Infinity);
    const x = new Float64Array(columns.length);
    for (let i = 0; i < n; i++) {
      for (let f = 0; f < columns.length; f++) x[f] = columns[f]![i]!;
      margin[i]! += treeScore(tree, x);
    }
    trees.push(tree);
  }
  return trees;
}

interface Growing {
  binned: Uint8Array[];
  cuts: number[][];
  g: Float64Array;
  h: Float64Array;
  monotone: ArrayLike<number>;
  o: BoostOptions;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** How much a leaf of value `w` lowers the loss of rows with gradient sums G and H (G²/(H+λ) at the best w). */
const lossDrop = (G: number, H: number, w: number, lambda: number) => -(2 * G * w + (H + lambda) * w * w);

/** Adds the node for `rows` to `tree`, its values (before the learning rate) within [lo, hi], and returns its index. */
function grow(tree: Tree, rows: Int32Array, depth: number, s: Growing, lo: number, hi: number): number {
  const { binned, cuts, g, h, monotone, o } = s;
  const node = tree.feature.length;
  let G = 0;
  let H = 0;
  for (const i of rows) {
    G += g[i]!;
    H += h[i]!;
  }
  const weightOf = (G: number, H: number) => clamp(-G / (H + o.lambda), lo, hi);
  tree.feature.push(-1);
  tree.threshold.push(0);
  tree.left.push(-1);
  tree.right.push(-1);
  tree.value.push(Number((weightOf(G, H) * o.learningRate).toFixed(5)));
  if (depth >= o.depth) return node;
  const parent = lossDrop(G, H, weightOf(G, H), o.lambda);
  let best = { gain: 1e-9, feature: -1, bin: 0, mid: 0 };
  for (let f = 0; f < binned.length; f++) {
    const bins = cuts[f]!.length + 1;
    const gs = new Float64Array(bins);
    const hs = new Float64Array(bins);
    const column = binned[f]!;
    for (const i of rows) {
      gs[column[i]!]! += g[i]!;
      hs[column[i]!]! += h[i]!;
    }
    const direction = monotone[f] ?? 0;
    let gl = 0;
    let hl = 0;
    for (let k = 1; k < bins; k++) {
      gl += gs[k - 1]!;
      hl += hs[k - 1]!;
      const hr = H - hl;
      if (hl < o.minHessian || hr < o.minHessian) continue;
      const gr = G - gl;
      const wl = weightOf(gl, hl);
      const wr = weightOf(gr, hr);
      if (direction * (wr - wl) < 0) continue;
      const gain = lossDrop(gl, hl, wl, o.lambda) + lossDrop(gr, hr, wr, o.lambda) - parent;
      if (gain > best.gain) best = { gain, feature: f, bin: k, mid: (wl + wr) / 2 };
    }
  }
  if (best.feature < 0) return node;
  const column = binned[best.feature]!;
  const left = rows.filter((i) => column[i]! < best.bin);
  const right = rows.filter((i) => column[i]! >= best.bin);
  const direction = monotone[best.feature] ?? 0;
  tree.feature[node] = best.feature;
  tree.threshold[node] = cuts[best.feature]![best.bin - 1]!;
  // The side that must stay lower is bounded above by the midpoint, the other below.
  const [leftLo, leftHi] = direction > 0 ? [lo, best.mid] : direction < 0 ? [best.mid, hi] : [lo, hi];
  const [rightLo, rightHi] = direction > 0 ? [best.mid, hi] : direction < 0 ? [lo, best.mid] : [lo, hi];
  tree.left[node] = grow(tree, left, depth + 1, s, leftLo, leftHi);
  tree.right[node] = grow(tree, right, depth + 1, s, rightLo, rightHi);
  return node;
}
