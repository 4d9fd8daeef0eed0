import { describe, expect, it } from 'vitest';
import { compareArticles, type FramingArticle } from '../framing';
import { ComparisonCache } from './comparisons';

const article = (id: string, text = `${id} reports that the ministers met in Lorn on Monday.`): FramingArticle => ({
  id,
  outlet: `Outlet ${id}`,
  title: `Ministers meet, says ${id}`,
  url: `https://${id}.example/a`,
  publishedAt: null,
  text,
});

describe('ComparisonCache', () => {
  it('compares a set of articles once, and again when a text changes', () => {
    const cache = new ComparisonCache();
    let runs = 0;
    const compare = (articles: FramingArticle[]) => cache.get(articles, () => (runs++, compareArticles(articles)));
    const first = compare([article('a'), article('b')]);
    expect(compare([article('a'), article('b')])).toBe(first);
    expect(runs).toBe(1);
    compare([article('a'), article('b', 'b now reports talks in Vessgrad instead.')]);
    compare([article('b'), article('a')]);
    expect(runs).toBe(3);
  });

  it('forgets the least recently used set beyond its size', () => {
    const cache = new ComparisonCache(2);
    let runs = 0;
    const compare = (...ids: string[]) =>
      cache.get(
        ids.map((id) => article(id)),
        () => (runs++, compareArticles([])),
      );
    compare('a');
    compare('b');
    compare('a');
    compare('c');
    expect(runs).toBe(3);
    compare('a');
    expect(runs).toBe(3);
    compare('b');
    expect(runs).toBe(4);
  });
});
