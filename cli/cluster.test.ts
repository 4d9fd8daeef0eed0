import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { eventContents } from '@/e2e/site/content';
import { outlets } from '@/e2e/site/manifest';
import { main } from './main';

async function run(lines: string[]) {
  const file = join(mkdtempSync(join(tmpdir(), 'parallax-cluster-')), 'articles.jsonl');
  writeFileSync(file, lines.join('\n') + '\n');
  const [out, err] = [new PassThrough(), new PassThrough()];
  const chunks: string[] = [];
  const errors: string[] = [];
  out.on('data', (c: Buffer) => chunks.push(c.toString()));
  err.on('data', (c: Buffer) => errors.push(c.toString()));
  const code = await main(['cluster', file], { out, err });
  return {
    code,
    results: chunks
      .join('')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { url: string; event: string }),
    errors: errors.join(''),
  };
}

const line = (story: (typeof eventContents)[number]['stories'][number], extra: object = {}) =>
  JSON.stringify({
    outlet: outlets.find((o) => o.slug === story.outlet)!.name,
    title: story.headline,
    published: story.publishedAt.slice(0, 10),
    url: `https://demo.example${story.path}`,
    text: story.body.join('\n\n'),
    ...extra,
  });

describe('parallax cluster', () => {
  const [lorn, flood] = [eventContents[0]!.stories, eventContents[1]!.stories];

  it('gives the reports of one event one event id and another event another', async () => {
    const { code, results } = await run([line(lorn[0]!), line(flood[0]!), line(lorn[1]!), line(flood[1]!)]);
    expect(code).toBe(0);
    expect(results.map((r) => r.url)).toEqual([lorn[0], flood[0], lorn[1], flood[1]].map((s) => `https://demo.example${s!.path}`));
    expect(results[0]!.event).toBe(results[2]!.event);
    expect(results[1]!.event).toBe(results[3]!.event);
    expect(results[0]!.event).not.toBe(results[1]!.event);
  });

  it('never reads the gold labels', async () => {
    const labelled = await run([line(lorn[0]!, { event: 'x', dataset: 'd' }), line(flood[0]!, { event: 'x', dataset: 'd' })]);
    expect(labelled.results[0]!.event).not.toBe(labelled.results[1]!.event);
  });

  it('reports a malformed line and goes on with the rest', async () => {
    const { code, results, errors } = await run([line(lorn[0]!), '{not json', line(lorn[1]!)]);
    expect(code).toBe(1);
    expect(errors).toMatch(/line 2/);
    expect(results).toHaveLength(2);
  });
});
