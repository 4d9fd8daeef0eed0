import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll } from 'vitest';
import type { eventContents } from '@/e2e/site/content';
import { outlets } from '@/e2e/site/manifest';
import { main } from '../main';

/** Runs the command line as a shell would, with its output captured. */
export async function runCli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const [out, err] = [new PassThrough(), new PassThrough()];
  const chunks: string[] = [];
  const errors: string[] = [];
  out.on('data', (c: Buffer) => chunks.push(c.toString()));
  err.on('data', (c: Buffer) => errors.push(c.toString()));
  const code = await main(argv, { out, err });
  return { code, out: chunks.join(''), err: errors.join('') };
}

const folders: string[] = [];
// The test file that made the folders removes them when it is done.
afterAll(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** A file in a fresh temporary folder holding these lines. */
export function linesFile(name: string, lines: string[]): string {
  const folder = mkdtempSync(join(tmpdir(), 'parallax-cli-'));
  folders.push(folder);
  const file = join(folder, name);
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

type DemoStory = (typeof eventContents)[number]['stories'][number];

/** A demo story as a line of `../shared/data/events/*.jsonl`. */
export const eventsLine = (story: DemoStory, extra: object = {}): string =>
  JSON.stringify({
    outlet: outlets.find((o) => o.slug === story.outlet)!.name,
    title: story.headline,
    published: story.publishedAt.slice(0, 10),
    url: `https://demo.example${story.path}`,
    text: story.body.join('\n\n'),
    ...extra,
  });
