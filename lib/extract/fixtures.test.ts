import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../testing/pages';
import { extractArticle, type ExtractionResult } from '.';

/**
 * Golden pages in the Mozilla Readability pattern: fixtures/<slug>/source.html,
 * the address it was read at in url.txt, and the expected result in
 * expected.json. A missing expectation fails unless UPDATE_FIXTURES=1 writes it.
 */
const DIR = join(import.meta.dirname, 'fixtures');
const UPDATE = process.env['UPDATE_FIXTURES'] === '1';

/** The result without what changes from run to run (time) or is checked elsewhere (display HTML). */
function stable(result: ExtractionResult): Record<string, unknown> {
  const { ms: _ms, ...rest } = result;
  if ('html' in rest) delete (rest as Partial<typeof rest>).html;
  return rest;
}

const slugs = readdirSync(DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe('golden fixture pages', () => {
  it('has at least the pages the extraction issue asks for', () => {
    expect(slugs).toEqual(
      expect.arrayContaining([
        'printed-twice',
        'mojibake',
        'header-shows-today',
        'home-page',
        'section-front',
        'video-only',
        'renders-after-load',
        'redefines-globals',
      ]),
    );
  });

  it.each(slugs)('%s gives its expected result', (slug) => {
    const html = readFileSync(join(DIR, slug, 'source.html'), 'utf8');
    const url = readFileSync(join(DIR, slug, 'url.txt'), 'utf8').trim();
    const actual = stable(extractArticle(parseDocument(html), url));
    const file = join(DIR, slug, 'expected.json');
    if (UPDATE) writeFileSync(file, JSON.stringify(actual, null, 2) + '\n');
    if (!existsSync(file)) throw new Error(`${slug}: expected.json is missing; run with UPDATE_FIXTURES=1 and review it`);
    expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });
});
