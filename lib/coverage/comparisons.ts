import type { Comparison, FramingArticle } from '../framing';

/** FNV-1a over the text: enough to tell a re-read article whose text changed. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

const keyOf = (articles: readonly FramingArticle[]): string =>
  articles.map((a) => `${a.id}:${a.outlet}:${hashOf(a.title)}:${hashOf(a.text)}`).join('|');

/**
 * The last few comparisons, by the exact articles compared. The popup, the card and
 * the side panel each ask for the same event as the reader moves between them; the
 * analysers run once per set of texts, and again only when the set or a text changes.
 */
export class ComparisonCache {
  private readonly entries = new Map<string, Comparison>();

  constructor(private readonly size = 16) {}

  get(articles: readonly FramingArticle[], compare: () => Comparison): Comparison {
    const key = keyOf(articles);
    const cached = this.entries.get(key);
    // Re-inserted on every use, so the Map's order is least recently used first.
    this.entries.delete(key);
    const comparison = cached ?? compare();
    this.entries.set(key, comparison);
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value!);
    return comparison;
  }
}
