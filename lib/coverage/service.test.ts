import { describe, expect, it } from 'vitest';
import { eventContents } from '@/e2e/site/content';
import { outlets } from '@/e2e/site/manifest';
import { CoverageService } from './service';
import type { Correction, CoverageRecord, CoverageRepository } from './types';

/** An in-memory repository with the real one's semantics (update keeps the stored doc). */
function memoryRepository(): CoverageRepository & { records: Map<number, CoverageRecord>; corrections: Correction[] } {
  const records = new Map<number, CoverageRecord>();
  const corrections: Correction[] = [];
  return {
    records,
    corrections,
    async loadAll() {
      return { records: [...records.values()], corrections: [...corrections] };
    },
    async save(changes) {
      for (const { doc, ...rest } of changes) records.set(rest.articleId, { ...rest, doc: doc ?? records.get(rest.articleId)!.doc });
    },
    async remove(articleId) {
      records.delete(articleId);
    },
    async addCorrection(correction) {
      corrections.push(correction);
    },
  };
}

const transit = eventContents.find((e) => e.id === 'saltmere-transit-vote')!.stories;
const input = (story: (typeof transit)[number], id: number) => ({
  id,
  outlet: outlets.find((o) => o.slug === story.outlet)!.name,
  title: story.headline,
  paragraphs: story.body,
  publishedAt: story.publishedAt,
  lang: 'en',
});

describe('CoverageService', () => {
  it('updates every earlier report when another outlet joins the event', async () => {
    const repository = memoryRepository();
    const service = new CoverageService(repository);
    for (const [i, story] of transit.entries()) await service.articleSaved(input(story, i + 1));
    for (const [i] of transit.entries()) {
      expect(
        repository.records
          .get(i + 1)!
          .coverage.map((c) => c.articleId)
          .sort(),
        `coverage of article ${i + 1}`,
      ).toEqual(transit.map((_, j) => j + 1).filter((id) => id !== i + 1));
    }
  });

  it('restores after a worker restart to the same coverage, and keeps matching', async () => {
    const repository = memoryRepository();
    const first = new CoverageService(repository);
    for (const [i, story] of transit.slice(0, 2).entries()) await first.articleSaved(input(story, i + 1));
    const restarted = new CoverageService(repository);
    await restarted.ready;
    expect(restarted.coverageOf(1).map((c) => c.articleId)).toEqual([2]);
    expect((await restarted.articleSaved(input(transit[2]!, 3))).outlets).toBe(2);
  });
});
