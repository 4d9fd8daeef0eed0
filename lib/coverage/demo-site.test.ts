import { describe, expect, it } from 'vitest';
import { parseHtml } from '@/cli/parse';
import { articles, events, type DemoArticle } from '@/e2e/site/manifest';
import { route } from '@/e2e/site/render/router';
import { extractArticle } from '@/lib/extract';
import type { ExtractedArticle } from '@/lib/extract/types';
import type { MatchInput } from '../match/doc';
import { CoverageService } from './service';
import { memoryRepository } from './testing/memory-repository';

// The demo site read through the real path: each page rendered as the server sends
// it, extracted with linkedom as the CLI does, and saved as the background saves it
// (entrypoints/background/handlers.ts). Whatever order a reader meets the articles
// in, every one must list exactly the other outlets' reports of its own event.

const ORIGIN = 'http://127.0.0.1:4310';

function extracted(article: DemoArticle): ExtractedArticle {
  const page = route({ origin: ORIGIN, path: article.path, query: new URLSearchParams(), now: new Date('2026-11-23T12:00:00Z') });
  if (page.status !== 200) throw new Error(`${article.path}: ${page.status}`);
  const result = extractArticle(parseHtml(page.html), ORIGIN + article.path);
  if (!result.isArticle) throw new Error(`${article.path} is not read as an article`);
  return result;
}

const read = articles.map((article, i) => ({ article, id: i + 1, page: extracted(article) }));
type Read = (typeof read)[number];

const inputOf = ({ id, page }: Read, change: Partial<MatchInput> = {}): MatchInput => ({
  id,
  outlet: page.outlet,
  title: page.title,
  paragraphs: page.paragraphs,
  publishedAt: page.publishedAt,
  lang: page.lang,
  ...change,
});

async function readInOrder(order: Read[]): Promise<CoverageService> {
  const service = new CoverageService(memoryRepository());
  for (const item of order) await service.articleSaved(inputOf(item));
  return service;
}

/** A reproducible shuffle (mulberry32), so a failure names an order that can be read again. */
function shuffled<T>(items: T[], seed: number): T[] {
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const orders: [string, Read[]][] = [
  ['the site’s order', read],
  ['published order', [...read].sort((a, b) => a.article.publishedAt.localeCompare(b.article.publishedAt))],
  ['reverse order', [...read].reverse()],
  ['reverse published order', [...read].sort((a, b) => b.article.publishedAt.localeCompare(a.article.publishedAt))],
  ...[1, 2, 3, 4, 6, 7].map((seed): [string, Read[]] => [`shuffle ${seed}`, shuffled(read, seed)]),
];

// Reading order can tip one pair over the same-event threshold: the Harbor Ledger's flood
// report and Kestrel's report of the warehouse fire (which opens on the flood) score 0.875–0.89
// in 3 of the shuffles with seeds 1–60, before event 7 was added (seeds 18, 46, 58) as after
// (5, 42, 60; adding articles changes every shuffle). Seed 5 is kept as a known failure, so
// that the day the matcher keeps them apart this test fails and says so.
const mergingOrder = shuffled(read, 5);

/** What a reader should see: per article, the other articles of its event (none for the special pages). */
const expected = (item: Read) =>
  item.article.event === 'special'
    ? []
    : read
        .filter((o) => o.article.event === item.article.event && o.id !== item.id)
        .map((o) => o.id)
        .sort((a, b) => a - b);

describe('The demo site through extraction and coverage', () => {
  it.each(orders)('lists exactly the other reports of each event, read in %s', async (_, order) => {
    const service = await readInOrder(order);
    const seen = Object.fromEntries(
      read.map((item) => [
        item.article.path,
        service
          .coverageOf(item.id)
          .map((c) => c.articleId)
          .sort((a, b) => a - b),
      ]),
    );
    expect(seen).toEqual(Object.fromEntries(read.map((item) => [item.article.path, expected(item)])));
    expect(new Set(read.filter((r) => r.article.event !== 'special').map((r) => service.summary(r.id).eventId)).size).toBe(events.length);
  });

  it.fails('lists exactly the other reports of each event, read in shuffle 5 (known: merges the flood and the fire)', async () => {
    const service = await readInOrder(mergingOrder);
    for (const item of read)
      expect(
        service
          .coverageOf(item.id)
          .map((c) => c.articleId)
          .sort((a, b) => a - b),
      ).toEqual(expected(item));
  });

  // Event 7, the warehouse's operator charged, is a later chapter of event 5, the fire:
  // two weeks apart, so never its coverage, but each lists the other's other outlets.
  it.each(orders)('lists the fire and the charges as each other’s follow-ups, read in %s', async (_, order) => {
    const service = await readInOrder(order);
    const fire = read.filter((r) => r.article.event === 'saltmere-warehouse-fire');
    const charges = read.filter((r) => r.article.event === 'saltmere-warehouse-charges');
    const followUps = (item: Read) =>
      service
        .followUpsFor(item.id)
        .map((c) => c.articleId)
        .sort((a, b) => a - b);
    const otherOutlets = (item: Read, of: Read[]) => of.filter((o) => o.article.outlet !== item.article.outlet).map((o) => o.id);
    expect(charges).toHaveLength(2);
    for (const item of charges) expect(followUps(item)).toEqual(otherOutlets(item, fire));
    for (const item of fire) expect(followUps(item)).toEqual(otherOutlets(item, charges));
  });

  it('shows the wire rewrite as one story with its original', async () => {
    const service = await readInOrder(read);
    const copy = read.find((r) => r.article.wireCopyOf)!;
    const original = read.find((r) => r.article.path === copy.article.wireCopyOf)!;
    expect(service.coverageOf(copy.id).find((c) => c.articleId === original.id)).toMatchObject({ syndicated: true });
    expect(
      service
        .coverageOf(copy.id)
        .filter((c) => c.syndicated)
        .map((c) => c.articleId),
    ).toEqual([original.id]);
  });

  const event = read.filter((r) => r.article.event === events[1]!.id);

  it('never matches a report without a date, though the rest of its event is read', async () => {
    const service = await readInOrder(event.slice(1));
    await service.articleSaved(inputOf(event[0]!, { publishedAt: null }));
    expect(service.coverageOf(event[0]!.id)).toEqual([]);
    for (const other of event.slice(1)) expect(service.coverageOf(other.id).map((c) => c.articleId)).not.toContain(event[0]!.id);
  });

  it('never matches a report in another language with the rest of its event', async () => {
    const service = await readInOrder(event.slice(1));
    await service.articleSaved(inputOf(event[0]!, { lang: 'de' }));
    expect(service.coverageOf(event[0]!.id)).toEqual([]);
  });

  it('lists nothing for a report whose event no other outlet covered', async () => {
    const others = read.filter((r) => r.article.event !== event[0]!.article.event);
    const service = await readInOrder([...others, event[0]!]);
    expect(service.coverageOf(event[0]!.id)).toEqual([]);
  });
});
