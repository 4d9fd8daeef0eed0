import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { dataDir } from '../lib/data';

export interface ZytePage {
  id: string;
  url: string;
  html: string;
  body: string;
}

export interface PostlightPage {
  domain: string;
  url: string;
  html: string;
  title: string;
  author: string | null;
  datePublished: string | null;
}

export interface ReadabilityCase {
  slug: string;
  url: string;
  html: string;
  expectedHtml: string;
  readerable: boolean;
}

const readHtml = (file: string) => (file.endsWith('.gz') ? gunzipSync(readFileSync(file)).toString('utf8') : readFileSync(file, 'utf8'));

export function zytePages(): ZytePage[] {
  const dir = dataDir('extraction/zyte');
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  return Object.entries(truth).map(([id, { articleBody, url }]) => ({
    id,
    url,
    html: readHtml(join(dir, 'html', `${id}.html`)),
    body: articleBody,
  }));
}

export function postlightPages(): PostlightPage[] {
  const dir = dataDir('extraction/postlight');
  return readFileSync(join(dir, 'expected.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map(
      (line) =>
        JSON.parse(line) as {
          domain: string;
          url: string;
          fixture: string;
          title: string;
          author: string | null;
          date_published: string | null;
        },
    )
    .map((row) => ({
      domain: row.domain,
      url: row.url,
      html: readHtml(join(dir, 'html', row.fixture)),
      title: row.title,
      author: row.author,
      datePublished: row.date_published,
    }));
}

/** Readability's own regression pages, at the address its tests use. */
export function readabilityCases(): ReadabilityCase[] {
  const dir = dataDir('extraction/readability');
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map(({ name }) => ({
      slug: name,
      url: 'http://fakehost/test/page.html',
      html: readFileSync(join(dir, name, 'source.html'), 'utf8'),
      expectedHtml: readFileSync(join(dir, name, 'expected.html'), 'utf8'),
      readerable: (JSON.parse(readFileSync(join(dir, name, 'expected-metadata.json'), 'utf8')) as { readerable: boolean }).readerable,
    }));
}
