import { describe, expect, it } from 'vitest';
import { eventContents } from '@/e2e/site/content';
import { outlets } from '@/e2e/site/manifest';
import { SUGGESTED_FROM } from '../match/matcher';
import { CoverageService } from './service';
import type { IndexRow } from '../match/snapshot';
import { chapters } from '../match/testing/chapters';
import { memoryRepository } from './testing/memory-repository';

const transit = eventContents.find((e) => e.id === 'saltmere-transit-vote')!.stories;
const other = eventContents.find((e) => e.id !== 'saltmere-transit-vote')!.stories[0]!;
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

  it('restarts from its stored index, reading no coverage record, and goes on as if never stopped', async () => {
    const repository = memoryRepository();
    const first = new CoverageService(repository);
    expect(await first.ready).toBe('rebuild');
    for (const [i, story] of transit.slice(0, 3).entries()) await first.articleSaved(input(story, i + 1));
    await first.articleDeleted(2);
    await first.markApart(1, 3);

    const restarted = new CoverageService(repository);
    expect(await restarted.ready).toBe('index');
    expect(repository.reads.all).toBe(1);
    for (const id of [1, 3]) expect(restarted.coverageOf(id)).toEqual(first.coverageOf(id));
    const [again, once] = [await restarted.articleSaved(input(transit[3]!, 4)), await first.articleSaved(input(transit[3]!, 4))];
    expect(again).toEqual(once);
  });

  it('after a restart, saves rewrite no checkpoint of the postings that is still current', async () => {
    const repository = memoryRepository();
    const first = new CoverageService(repository);
    // Ids past the first checkpoint's boundary (2,048), as a long history has them.
    for (const [i, story] of transit.slice(0, 2).entries()) await first.articleSaved(input(story, 2_000 + i * 100));
    const checkpoint = repository.index.get('postings');
    expect(checkpoint).toBeDefined();

    const restarted = new CoverageService(repository);
    expect(await restarted.ready).toBe('index');
    const written: string[] = [];
    const save = repository.save.bind(repository);
    repository.save = (changes) => (written.push(...(changes.index?.put.map((r) => r.key) ?? [])), save(changes));
    await restarted.articleSaved(input(transit[2]!, 2_200));
    expect(written).not.toContain('postings');
    expect(repository.index.get('postings')).toEqual(checkpoint);
  });

  it('deleting or reading again an article before the checkpoint writes its amendments, not the checkpoint, and a restart restores the same', async () => {
    const repository = memoryRepository();
    const first = new CoverageService(repository);
    // Three articles before the first checkpoint's boundary (2,048), one after it.
    const ids = [1, 2, 3, 2_100];
    for (const [i, story] of transit.slice(0, 4).entries()) await first.articleSaved(input(story, ids[i]!));
    const checkpoint = repository.index.get('postings');
    expect(checkpoint).toBeDefined();
    const written: string[] = [];
    const save = repository.save.bind(repository);
    repository.save = (changes) => (written.push(...(changes.index?.put.map((r) => r.key) ?? [])), save(changes));
    await first.articleDeleted(2);
    // Read again: as another event's article, so its analysis, matches and event all change.
    await first.articleSaved(input(other, 3));
    expect(written.filter((key) => key.startsWith('postings'))).toEqual(['postingsAmendments', 'postingsAmendments']);
    expect(repository.index.get('postings')).toEqual(checkpoint);

    const restarted = new CoverageService(repository);
    expect(await restarted.ready).toBe('index');
    for (const id of [1, 3, 2_100]) expect(restarted.coverageOf(id)).toEqual(first.coverageOf(id));
    const [again, once] = [await restarted.articleSaved(input(transit[1]!, 2_101)), await first.articleSaved(input(transit[1]!, 2_101))];
    expect(again).toEqual(once);
  });

  it.each([
    ['missing', (index: Map<string, IndexRow>) => index.clear()],
    [
      'of another format',
      (index: Map<string, IndexRow>) => index.set('meta', { ...(index.get('meta') as Extract<IndexRow, { key: 'meta' }>), format: -1 }),
    ],
    [
      'damaged',
      (index: Map<string, IndexRow>) => index.set('state:0', { key: 'state:0', events: new Int32Array(0), matches: '{', matchesHash: 0 }),
    ],
    ['behind the coverage', (index: Map<string, IndexRow>) => index.delete('docsPage:0')],
  ])('rebuilds a %s index from the coverage records, losing nothing, and stores it again', async (_, spoil) => {
    const repository = memoryRepository();
    const first = new CoverageService(repository);
    for (const [i, story] of transit.slice(0, 3).entries()) await first.articleSaved(input(story, i + 1));
    spoil(repository.index);

    const restarted = new CoverageService(repository);
    expect(await restarted.ready).toBe('rebuild');
    for (const id of [1, 2, 3]) expect(restarted.coverageOf(id)).toEqual(first.coverageOf(id));
    expect(await new CoverageService(repository).ready).toBe('index');
  });

  it('after a failed write, stores the index whole, so a restart still finds every change', async () => {
    const repository = memoryRepository();
    const first = new CoverageService(repository);
    // Ids far apart, so that each lies in its own stored page.
    const ids = [1, 100, 200, 300];
    for (const [i, story] of transit.slice(0, 3).entries()) await first.articleSaved(input(story, ids[i]!));
    const save = repository.save;
    repository.save = () => Promise.reject(new Error('disk full'));
    await expect(first.markApart(1, 100)).rejects.toThrow('disk full');
    repository.save = save;
    // An article of another event: it touches none of the pages the failed write changed.
    await first.articleSaved(input(other, 300));

    const restarted = new CoverageService(repository);
    expect(await restarted.ready).toBe('index');
    expect(restarted.summary(100).eventId).not.toBe(restarted.summary(1).eventId);
    for (const id of ids) expect(restarted.coverageOf(id)).toEqual(first.coverageOf(id));
  });

  it('after a failed write, the next write stores the coverage and analyses the failed one missed', async () => {
    const repository = memoryRepository();
    const service = new CoverageService(repository);
    const ids = [1, 100, 200];
    for (const [i, story] of transit.slice(0, 2).entries()) await service.articleSaved(input(story, ids[i]!));
    const save = repository.save;
    repository.save = () => Promise.reject(new Error('disk full'));
    // The third report joins the event: its own record and both earlier reports' coverage go unwritten.
    await expect(service.articleSaved(input(transit[2]!, 200))).rejects.toThrow('disk full');
    await expect(service.markApart(1, 100)).rejects.toThrow('disk full');
    repository.save = save;
    // An article of another event: it touches none of the failed writes' articles.
    await service.articleSaved(input(eventContents.find((e) => e.id !== 'saltmere-transit-vote')!.stories[0]!, 300));

    for (const id of [...ids, 300])
      expect(repository.records.get(id)?.coverage, `stored coverage of ${id}`).toEqual(service.coverageOf(id));
    expect(repository.records.get(200)!.doc.id).toBe(200);
    // A rebuild reads nothing but the stored coverage records: they alone must hold every change.
    repository.index.clear();
    const rebuilt = new CoverageService(repository);
    expect(await rebuilt.ready).toBe('rebuild');
    for (const id of [...ids, 300]) expect(rebuilt.coverageOf(id)).toEqual(service.coverageOf(id));
  });

  it('matches at the next start the articles saved but never matched: a stopped worker, a failed write', async () => {
    const repository = memoryRepository();
    const first = new CoverageService(repository);
    const saved = transit.slice(0, 4).map((story, i) => input(story, i + 1));
    for (const article of saved) repository.articles.set(article.id, article);
    await first.articleSaved(saved[0]!);
    await first.articleSaved(saved[1]!);
    // The worker stops before matching article 3; article 4's coverage write fails.
    const save = repository.save;
    repository.save = () => Promise.reject(new Error('disk full'));
    await expect(first.articleSaved(saved[3]!)).rejects.toThrow('disk full');
    repository.save = save;

    const restarted = new CoverageService(repository);
    expect(await restarted.ready).toBe('index');
    for (const { id } of saved) {
      const others = saved.map((a) => a.id).filter((other) => other !== id);
      expect(
        restarted
          .coverageOf(id)
          .map((c) => c.articleId)
          .sort(),
        `coverage of ${id}`,
      ).toEqual(others);
      expect(repository.records.get(id)?.coverage, `stored coverage of ${id}`).toEqual(restarted.coverageOf(id));
    }
    expect(await new CoverageService(repository).ready, 'the stored index follows').toBe('index');
  });

  it('never restores an index that missed a write, even one holding the same articles', async () => {
    const repository = memoryRepository();
    const first = new CoverageService(repository);
    for (const [i, story] of transit.slice(0, 3).entries()) await first.articleSaved(input(story, i + 1));
    const save = repository.save;
    repository.save = () => Promise.reject(new Error('disk full'));
    await expect(first.markApart(1, 2)).rejects.toThrow('disk full');
    repository.save = save;
    // Said again, it rewrites the coverage of all three, then fails to replace the index: the old index, of the same articles, stays.
    repository.replaceIndex = () => Promise.reject(new Error('disk full'));
    await expect(first.markApart(1, 2)).rejects.toThrow('disk full');
    expect(repository.index.has('docsPage:0') && !repository.index.has('meta')).toBe(true);

    const restarted = new CoverageService(repository);
    expect(await restarted.ready).toBe('rebuild');
    for (const id of [1, 2, 3]) expect(restarted.coverageOf(id)).toEqual(first.coverageOf(id));
  });

  describe('suggestions', () => {
    // A report of the flood and a column on it: the matcher scores them close to, not at, the same-event threshold.
    const flood = eventContents.find((e) => e.id === 'brannock-flood')!.stories;
    const report = flood.find((s) => s.headline.startsWith('Floods kill 12'))!;
    const opinion = flood.find((s) => s.headline === 'Brannock was warned')!;

    it('offers a near miss to both articles, with its score and evidence, and keeps it after a rebuild from the records', async () => {
      const repository = memoryRepository();
      const service = new CoverageService(repository);
      await service.articleSaved(input(report, 1));
      await service.articleSaved(input(opinion, 2));
      for (const [id, other] of [
        [1, 2],
        [2, 1],
      ] as const) {
        const record = repository.records.get(id)!;
        expect(record.coverage, `coverage of ${id}`).toEqual([]);
        expect(record.suggested?.map((s) => s.articleId)).toEqual([other]);
        expect(record.suggested![0]!.score).toBeGreaterThanOrEqual(SUGGESTED_FROM);
        expect(record.suggested![0]!.evidence?.sharedNames).toContain('Brannock');
      }
      repository.index.clear();
      const rebuilt = new CoverageService(repository);
      expect(await rebuilt.ready).toBe('rebuild');
      expect(rebuilt.suggestedFor(1)).toEqual(service.suggestedFor(1));
    });

    it('drops a suggestion the reader confirms, which joins the coverage, or rules out', async () => {
      const confirmed = memoryRepository();
      const service = new CoverageService(confirmed);
      await service.articleSaved(input(report, 1));
      await service.articleSaved(input(opinion, 2));
      await service.markSame(1, 2);
      expect(confirmed.records.get(1)!.suggested).toEqual([]);
      expect(confirmed.records.get(1)!.coverage.map((c) => c.articleId)).toEqual([2]);

      const ruledOut = memoryRepository();
      const other = new CoverageService(ruledOut);
      await other.articleSaved(input(report, 1));
      await other.articleSaved(input(opinion, 2));
      await other.markApart(1, 2);
      for (const id of [1, 2]) expect(ruledOut.records.get(id)!.suggested, `suggestions of ${id}`).toEqual([]);
    });
  });

  it('stores the story’s other chapters with both articles, and keeps them through a restart and a rebuild', async () => {
    const { shooting, nextDay, charged } = chapters();
    const repository = memoryRepository();
    const service = new CoverageService(repository);
    for (const chapter of [shooting, nextDay, charged]) await service.articleSaved(chapter);
    expect(
      repository.records
        .get(3)!
        .followUps?.map((f) => f.articleId)
        .sort(),
    ).toEqual([1, 2]);
    for (const id of [1, 2]) {
      const record = repository.records.get(id)!;
      expect(
        record.followUps?.map((f) => f.articleId),
        `follow-ups of ${id}`,
      ).toEqual([3]);
      expect(record.coverage.map((c) => c.articleId)).toEqual([3 - id]);
    }
    const restarted = new CoverageService(repository);
    expect(await restarted.ready).toBe('index');
    for (const id of [1, 2, 3]) expect(restarted.followUpsFor(id)).toEqual(service.followUpsFor(id));
    repository.index.clear();
    const rebuilt = new CoverageService(repository);
    expect(await rebuilt.ready).toBe('rebuild');
    for (const id of [1, 2, 3]) {
      expect(rebuilt.followUpsFor(id)).toEqual(service.followUpsFor(id));
      expect(rebuilt.coverageOf(id)).toEqual(service.coverageOf(id));
    }
  });

  it('moves a chapter the reader counts as the same event from the follow-ups into the coverage, for good', async () => {
    const { shooting, nextDay, charged } = chapters();
    const repository = memoryRepository();
    const service = new CoverageService(repository);
    for (const chapter of [shooting, nextDay, charged]) await service.articleSaved(chapter);
    await service.markSame(3, 1);
    const ids = (items: { articleId: number }[] = []) => items.map((c) => c.articleId).sort();
    const listed = (id: number) => {
      const record = repository.records.get(id)!;
      return { coverage: ids(record.coverage), followUps: ids(record.followUps) };
    };
    expect(listed(3)).toEqual({ coverage: [1, 2], followUps: [] });
    for (const id of [1, 2]) expect(listed(id), `article ${id}`).toEqual({ coverage: [3 - id, 3].sort(), followUps: [] });
    const restarted = new CoverageService(repository);
    await restarted.ready;
    expect(ids(restarted.coverageOf(3))).toEqual([1, 2]);
    expect(restarted.followUpsFor(1)).toEqual([]);
  });

  it('reports a failed restore to the next operation, never as an unhandled rejection', async () => {
    const repository = memoryRepository();
    const closed = Object.assign(new Error('Database has been closed'), { name: 'DatabaseClosedError' });
    repository.loadIndex = () => Promise.reject(closed);
    const service = new CoverageService(repository);
    // Let the rejected restore settle with nobody awaiting it: Vitest fails the run on an unhandled rejection.
    await new Promise((resolve) => setTimeout(resolve, 10));
    await expect(service.articleSaved(input(transit[0]!, 1))).rejects.toThrow('Database has been closed');
  });
});
