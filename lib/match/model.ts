import { FEATURE_NAMES, type PairFeatures } from './features';
import fitted from './model.json';

/**
 * One regression tree of the boosted model: internal nodes split on
 * `features[feature] < threshold` (left when true); leaves hold a log-odds step.
 */
export interface Tree {
  feature: number[];
  threshold: number[];
  left: number[];
  right: number[];
  /** Leaf values; a node is a leaf when its `feature` is -1. */
  value: number[];
}

/**
 * A model over pair features: logistic weights, plus boosted trees when the
 * fit found them worth it, both never scoring a pair lower for sharing more (see
 * MONOTONE in features.ts). Both are fitted by `bench/match/fit.ts` on
 * ../shared/data/events (see that script); the thresholds are chosen there for
 * precision first.
 */
export interface MatchModel {
  weights: Record<string, number>;
  bias: number;
  /** Gradient-boosted trees over FEATURE_NAMES (in that order), added to the logistic score. */
  trees?: Tree[];
  /** At or above: the same event. */
  threshold: number;
  /** At or above (and below `threshold`): shown as related coverage. */
  relatedThreshold: number;
  /** Resemblance at or above which two texts are copies of one wire story. */
  syndicatedResemblance: number;
}

export const DEFAULT_MODEL: MatchModel = fitted;

export function treeScore(tree: Tree, x: ArrayLike<number>): number {
  let node = 0;
  while (tree.feature[node]! >= 0) node = x[tree.feature[node]!]! < tree.threshold[node]! ? tree.left[node]! : tree.right[node]!;
  return tree.value[node]!;
}

export function logit(model: MatchModel, x: ArrayLike<number>): number {
  let z = model.bias;
  FEATURE_NAMES.forEach((name, i) => (z += (model.weights[name] ?? 0) * x[i]!));
  for (const tree of model.trees ?? []) z += treeScore(tree, x);
  return z;
}

export const featureVector = (features: PairFeatures): number[] => FEATURE_NAMES.map((name) => features[name]);

export function probability(model: MatchModel, features: PairFeatures): number {
  return 1 / (1 + Math.exp(-logit(model, featureVector(features))));
}
