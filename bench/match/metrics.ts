/**
 * Clustering scores for same-event matching, per dataset, as the data README
 * defines them: pairwise precision/recall/F1 over same-event pairs and B-cubed F1
 * (Bagga & Baldwin). Items outside the dataset (the distractor pool, other
 * datasets) have no gold event: any pair they form with a dataset item is false.
 */
export interface Item {
  id: number;
  /** Gold event, or null for a distractor. */
  gold: string | null;
  /** Which dataset the item belongs to ('pool' for distractors). */
  dataset: string;
  predicted: string;
}

export interface Scores {
  pairwise: { precision: number; recall: number; f1: number; truePairs: number; predictedPairs: number; goldPairs: number };
  bcubed: { precision: number; recall: number; f1: number };
}

const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const pairs = (n: number) => (n * (n - 1)) / 2;

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export function scoreDataset(items: Item[], dataset: string): Scores {
  const clusters = groupBy(items, (item) => item.predicted);
  const mine = items.filter((item) => item.dataset === dataset);
  const goldSize = new Map<string, number>();
  for (const item of mine) goldSize.set(item.gold!, (goldSize.get(item.gold!) ?? 0) + 1);

  let truePairs = 0;
  let predictedPairs = 0;
  let bcubedPrecision = 0;
  let bcubedRecall = 0;
  for (const members of clusters.values()) {
    const ours = members.filter((m) => m.dataset === dataset);
    if (ours.length === 0) continue;
    // Predicted pairs that involve at least one item of this dataset.
    predictedPairs += pairs(members.length) - pairs(members.length - ours.length);
    const byGold = groupBy(ours, (m) => m.gold!);
    for (const [gold, same] of byGold) {
      truePairs += pairs(same.length);
      bcubedPrecision += same.length * (same.length / members.length);
      bcubedRecall += same.length * (same.length / goldSize.get(gold)!);
    }
  }
  const goldPairs = [...goldSize.values()].reduce((sum, n) => sum + pairs(n), 0);
  const precision = predictedPairs === 0 ? 1 : truePairs / predictedPairs;
  const recall = goldPairs === 0 ? 1 : truePairs / goldPairs;
  const bp = bcubedPrecision / mine.length;
  const br = bcubedRecall / mine.length;
  return {
    pairwise: { precision, recall, f1: f1(precision, recall), truePairs, predictedPairs, goldPairs },
    bcubed: { precision: bp, recall: br, f1: f1(bp, br) },
  };
}

/**
 * Recall@k of the popup's list: for each dataset article, the share of its gold
 * same-event articles from other outlets that appear among the first k it lists
 * (k capped by how many there are).
 */
export function recallAtK(
  lists: Map<number, number[]>,
  items: Map<number, { gold: string | null; outlet: string; dataset: string }>,
  dataset: string,
  k = 5,
): number {
  const byGold = new Map<string, number[]>();
  for (const [id, item] of items)
    if (item.dataset === dataset && item.gold) (byGold.get(item.gold) ?? byGold.set(item.gold, []).get(item.gold)!).push(id);
  const recalls: number[] = [];
  for (const [id, item] of items) {
    if (item.dataset !== dataset || !item.gold) continue;
    const wanted = byGold.get(item.gold)!.filter((other) => other !== id && items.get(other)!.outlet !== item.outlet);
    if (wanted.length === 0) continue;
    const shown = new Set((lists.get(id) ?? []).slice(0, k));
    recalls.push(wanted.filter((other) => shown.has(other)).length / Math.min(k, wanted.length));
  }
  return recalls.length === 0 ? 1 : recalls.reduce((a, b) => a + b, 0) / recalls.length;
}

/**
 * What the popup puts within the reader's reach, per dataset: of each article's gold
 * same-event articles from other outlets, the share in its predicted event (listed as
 * coverage) and the share listed as coverage or suggested ("possibly the same event");
 * and of the suggestions made to the dataset's articles, the share that are right
 * (one to a pool article is wrong, by the data's rule).
 */
export function popupReach(
  items: Map<number, { gold: string | null; outlet: string; dataset: string; predicted: string }>,
  suggestions: Map<number, number[]>,
  dataset: string,
): { coverage: number; withSuggestions: number; suggestionPrecision: number; suggestions: number } {
  const byGold = new Map<string, number[]>();
  for (const [id, item] of items)
    if (item.dataset === dataset && item.gold) (byGold.get(item.gold) ?? byGold.set(item.gold, []).get(item.gold)!).push(id);
  const sameEvent = (a: number, b: number) => {
    const [x, y] = [items.get(a)!, items.get(b)!];
    return x.dataset === y.dataset && x.gold !== null && x.gold === y.gold;
  };
  let wanted = 0;
  let listed = 0;
  let reached = 0;
  let suggested = 0;
  let right = 0;
  for (const [id, item] of items) {
    if (item.dataset !== dataset || !item.gold) continue;
    const offered = new Set(suggestions.get(id) ?? []);
    suggested += offered.size;
    for (const other of offered) if (sameEvent(id, other)) right++;
    for (const other of byGold.get(item.gold)!) {
      if (other === id || items.get(other)!.outlet === item.outlet) continue;
      wanted++;
      const inEvent = items.get(other)!.predicted === item.predicted;
      if (inEvent) listed++;
      if (inEvent || offered.has(other)) reached++;
    }
  }
  return {
    coverage: wanted === 0 ? 1 : listed / wanted,
    withSuggestions: wanted === 0 ? 1 : reached / wanted,
    suggestionPrecision: suggested === 0 ? 1 : right / suggested,
    suggestions: suggested,
  };
}
