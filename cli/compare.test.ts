import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { eventContents } from '@/e2e/site/content';
import { outlets } from '@/e2e/site/manifest';
import { route } from '@/e2e/site/render/router';
import type { Comparison } from '../lib/framing';
import { eventsLine as line, linesFile, runCli } from './testing/run';

const ORIGIN = 'http://127.0.0.1:4310';
const lorn = eventContents[0]!.stories;
const dir = mkdtempSync(join(tmpdir(), 'parallax-compare-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[]) => runCli(['compare', ...args]);

/** A demo article page saved as the browser would receive it. */
function savedPage(story: (typeof lorn)[number]): string[] {
  const routed = route({ origin: ORIGIN, path: story.path, query: new URLSearchParams(), now: new Date('2026-03-10T12:00:00Z') });
  if (routed.status !== 200) throw new Error(`no page for ${story.path}`);
  const file = join(dir, story.path.replace(/\W+/g, '-') + '.html');
  writeFileSync(file, routed.html);
  return ['--url', ORIGIN + story.path, file];
}

describe('parallax compare', () => {
  it('prints the Comparison as JSON in the documented shape, evidence quoted from the articles', async () => {
    const { code, out } = await run([
      linesFile(
        'lorn.jsonl',
        lorn.map((story) => line(story)),
      ),
      '--json',
    ]);
    expect(code).toBe(0);
    const comparison = JSON.parse(out) as Comparison;
    expect(comparison.outlets).toEqual(lorn.map((s) => outlets.find((o) => o.slug === s.outlet)!.name));
    expect(comparison.findings.length).toBeGreaterThan(0);
    for (const finding of comparison.findings) {
      expect(finding.outlets.every((o) => comparison.outlets.includes(o))).toBe(true);
      expect(finding.summary).toMatch(/\S/);
      for (const e of finding.evidence) {
        const story = lorn[e.article]!;
        const source = e.in === 'title' ? story.headline : story.body.join('\n\n');
        expect(source.slice(e.start, e.end)).toBe(e.sentence);
        expect(e.outlet).toBe(comparison.outlets[e.article]);
      }
    }
  });

  it('prints Markdown with the overview first and each finding’s sentences', async () => {
    const { code, out } = await run([
      linesFile(
        'lorn-md.jsonl',
        lorn.map((story) => line(story)),
      ),
    ]);
    expect(code).toBe(0);
    expect(out).toMatch(/^# How 5 outlets tell it\n/);
    expect(out.indexOf('## The sharpest differences')).toBeLessThan(out.indexOf('## Headlines'));
    expect(out).toMatch(/\n {2}> [^\n]+: “[^\n]+”/);
  });

  it('extracts saved HTML pages, each read at its --url, with the same code as the extension', async () => {
    const { code, out } = await run([...lorn.slice(0, 3).flatMap(savedPage), '--json']);
    expect(code).toBe(0);
    const comparison = JSON.parse(out) as Comparison;
    expect(comparison.articles.map((a) => a.title)).toEqual(lorn.slice(0, 3).map((s) => s.headline));
  });

  it('says why it cannot compare fewer than two articles', async () => {
    const { code, err } = await run([linesFile('one.jsonl', [line(lorn[0]!), '{broken'])]);
    expect(code).toBe(1);
    expect(err).toContain('one.jsonl:2');
    expect(err).toContain('needs at least two articles, got 1');
  });

  it('rejects an HTML page given without its address', async () => {
    const { code, err } = await run(['page.html']);
    expect(code).toBe(2);
    expect(err).toContain('give the address of page.html with --url before it');
  });
});
