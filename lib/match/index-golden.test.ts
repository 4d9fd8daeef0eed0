import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allStories } from '@/e2e/site/content';
import { outlets } from '@/e2e/site/manifest';
import { toMatchDoc } from './doc';
import { Matcher } from './matcher';

/**
 * What the candidate index decides over the demo site: the candidates of every
 * article as it arrives, the stored features read back, and the IDF of every term.
 * First recorded from the version before the index was made compact (string-keyed
 * postings, one Int32Array per article); a change of representation must reproduce
 * it exactly. Regenerate on purpose only, when what is analysed changes (last: units
 * of compound nouns, "two fire exits"): UPDATE_FIXTURES=1 npx vitest run lib/match/index-golden.
 */
const GOLDEN = resolve(import.meta.dirname, 'testing/index-golden.json');

const stories = [...allStories].sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
const docOf = (story: (typeof stories)[number], id: number) =>
  toMatchDoc({
    id,
    outlet: outlets.find((o) => o.slug === story.outlet)!.name,
    title: story.headline,
    paragraphs: story.body.filter((p) => !p.startsWith('## ')),
    publishedAt: story.publishedAt,
    lang: 'en',
  });

function record() {
  const matcher = new Matcher();
  const candidates: [number, number[]][] = [];
  const read = (id: number, story: (typeof stories)[number]) => {
    const doc = docOf(story, id);
    candidates.push([id, matcher.index.candidates(matcher.index.pack(doc), matcher.idf).map((d) => d.id)]);
    matcher.add(doc);
  };
  stories.forEach((story, id) => read(id, story));
  // Deletions and re-reads take articles out of the postings and put them back.
  stories.forEach((story, id) => {
    if (id % 5 !== 0) return;
    matcher.remove(id);
    read(1_000 + id, story);
  });
  const ids = [...stories.keys()].map((id) => (id % 5 === 0 ? 1_000 + id : id));
  const terms = Array.from({ length: matcher.idf.vocabularySize }, (_, id) => matcher.idf.term(id));
  return {
    candidates,
    docs: ids.map((id) => matcher.index.get(id)),
    idf: terms.map((term) => [term, matcher.idf.idf(term)]),
  };
}

describe('the candidate index against its recorded output', () => {
  it('finds the same candidates, keeps the same features and counts the same frequencies', () => {
    const now = record();
    if (process.env['UPDATE_FIXTURES'] === '1' || !existsSync(GOLDEN)) {
      if (process.env['UPDATE_FIXTURES'] !== '1') throw new Error(`${GOLDEN} is missing: run with UPDATE_FIXTURES=1 to record it`);
      writeFileSync(GOLDEN, JSON.stringify(now) + '\n');
    }
    const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as ReturnType<typeof record>;
    expect(now.candidates).toEqual(golden.candidates);
    expect(now.docs).toEqual(golden.docs);
    expect(now.idf).toEqual(golden.idf);
  });
});
