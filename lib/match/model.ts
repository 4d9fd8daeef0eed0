import { FEATURE_NAMES, type PairFeatures } from './features';
import fitted from './model.json';

/**
 * A logistic model over pair features. The weights are fitted by
 * `bench/match/fit.ts` on ../shared/data/events (see that script); the
 * thresholds are chosen there for precision first.
 */
export interface MatchModel {
  weights: Record<string, number>;
  bias: number;
  /** At or above: the same event. */
  threshold: number;
  /** At or above (and below `threshold`): shown as related coverage. */
  relatedThreshold: number;
  /** Resemblance at or above which two texts are copies of one wire story. */
  syndicatedResemblance: number;
}

export const DEFAULT_MODEL: MatchModel = fitted;

export function probability(model: MatchModel, features: PairFeatures): number {
  let z = model.bias;
  for (const name of FEATURE_NAMES) z += (model.weights[name] ?? 0) * features[name];
  return 1 / (1 + Math.exp(-z));
}
