import { describe, expect, it } from 'vitest';
import { analyzeText, TEXT_ANALYSIS_VERSION } from './analyze';
import { entityKey } from './entity-key';
import { SUMMIT_PUBLISHED, SUMMIT_TEXT, SUMMIT_TITLE } from './fixtures/summit-story';

const input = { title: SUMMIT_TITLE, text: SUMMIT_TEXT, lang: 'en', publishedAt: SUMMIT_PUBLISHED };

describe('analyzeText', () => {
  const analysis = analyzeText(input);

  it('is plain JSON that survives a round trip', () => {
    expect(JSON.parse(JSON.stringify(analysis))).toEqual(analysis);
    expect(analysis.version).toBe(TEXT_ANALYSIS_VERSION);
  });

  it('counts the body words', () => {
    expect(analysis.wordCount).toBeGreaterThan(750);
    expect(analysis.wordCount).toBeLessThan(850);
  });

  it('keeps title and lede terms apart from body frequencies', () => {
    expect(analysis.titleTerms).toEqual(['lavrov', 'blinken', 'meet', 'geneva', 'troop', 'buildup', 'grow']);
    expect(analysis.ledeTerms).toContain('14,000');
    expect(analysis.ledeTerms).not.toContain('sanction');
    expect(analysis.terms['troop']).toBeGreaterThanOrEqual(4);
    expect(analysis.terms['sanction']).toBe(1);
  });

  it('lists entities with merged surname mentions, title and lede ones flagged', () => {
    const lavrov = analysis.entities.find((e) => e.key === entityKey('Sergey Lavrov'));
    expect(lavrov).toMatchObject({ name: 'Sergei Lavrov', lead: true });
    expect(lavrov!.count).toBeGreaterThanOrEqual(5);
    expect(analysis.entities.find((e) => e.name === 'Olaf Scholz')).toMatchObject({ count: 1, lead: false });
    expect(analysis.entities[0]!.count).toBeGreaterThanOrEqual(analysis.entities[1]!.count);
  });

  it('keeps distinct quantities, dates, credits and a fingerprint', () => {
    expect(analysis.numbers).toEqual(
      expect.arrayContaining([
        { value: 14000, unit: 'troop' },
        { value: 100000, unit: 'soldier' },
        { value: 4.5e9, unit: 'USD' },
        { value: 8, unit: '%' },
      ]),
    );
    // Tuesday and Wednesday before publication, Thursday itself, "due to travel … on Friday", Nov. 23 and "next Monday".
    expect(analysis.dates).toEqual(['2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-23']);
    expect(analysis.wire).toEqual(['AP']);
    expect(analysis.fingerprint).toHaveLength(64);
  });

  it('keeps the word as written behind each stemmed headline or lede term and each unit', () => {
    expect(analysis.written).toMatchObject({ grow: 'grows', troop: 'troops', soldier: 'soldiers' });
    // Only where the stem differs from the word, and only for the headline, the lede and units.
    expect(analysis.written['buildup']).toBeUndefined();
    expect(analysis.written['sanction']).toBeUndefined();
  });

  it('stores a typical 800-word article in under 8.5 KB of JSON', () => {
    const bytes = new TextEncoder().encode(JSON.stringify(analysis)).length;
    // Measured 2026-11 on this 814-word story: 7.4 KB of JSON, of which term frequencies
    // 3.4 KB, entities 2.5 KB, title/lede terms 0.6 KB, fingerprint 0.4 KB. 2026-12: 8.0 KB,
    // with 0.6 KB of words as written, for evidence a reader can read (median 0.3 KB over
    // basil and gva articles, p95 0.7 KB).
    expect(bytes).toBeLessThan(8_500);
  });

  it('reads at most 20,000 words of a huge paste', () => {
    const huge = analyzeText({ title: 'x', text: 'The troops moved again. '.repeat(10_000) });
    expect(huge.wordCount).toBe(20_000);
  });

  it('handles an empty article', () => {
    expect(analyzeText({ title: '', text: '' })).toMatchObject({
      wordCount: 0,
      titleTerms: [],
      terms: {},
      entities: [],
      fingerprint: [],
      lang: 'en',
    });
  });

  it('uses the article’s language for stop words', () => {
    const de = analyzeText({ title: 'Die Wahl', text: 'Die Regierung hat die Wahlen in Berlin verschoben.', lang: 'de-DE' });
    expect(de.lang).toBe('de');
    expect(Object.keys(de.terms)).toEqual(['regierung', 'wahlen', 'berlin', 'verschoben']);
  });
});
