import { describe, expect, it } from 'vitest';
import { eventContents } from '@/e2e/site/content';
import { eventsLine as line, linesFile, runCli } from './testing/run';

async function run(lines: string[]) {
  const { code, out, err } = await runCli(['cluster', linesFile('articles.jsonl', lines)]);
  const results = out
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { url: string; event: string });
  return { code, results, errors: err };
}

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
