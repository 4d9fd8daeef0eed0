/**
 * `npm run bench:extract`: our extractor beside plain Readability, in one run,
 * over the real pages in ../shared/data/extraction.
 */
import { Readability } from '@mozilla/readability';
import { extractArticle, type ExtractionResult } from '../../lib/extract';
import { parseHtml as parseDocument } from '../../cli/parse';
import { printTable, writeResult } from '../lib/report';
import { median, percentile, timed } from '../lib/stats';
import { postlightPages, readabilityCases, zytePages } from './pages';
import { POSTLIGHT_GOLD_ERRORS } from './gold-errors';
import { bodyScores, pageF1, shingleCounts } from './shingles';

interface Run {
  ours: ExtractionResult;
  plain: ReturnType<Readability['parse']>;
  oursMs: number;
  plainMs: number;
}

const times = { ours: [] as number[], plain: [] as number[] };

/** Each extractor gets its own freshly parsed document; parsing is not timed. */
function run(html: string, url: string): Run {
  const [ours, oursMs] = timed(() => extractArticle(parseDocument(html), url));
  const doc = parseDocument(html);
  const [plain, plainMs] = timed(() => new Readability(doc.cloneNode(true) as Document).parse());
  // extractArticle's own clock excludes parsing too; prefer it where it exists.
  times.ours.push(ours.ms ?? oursMs);
  times.plain.push(plainMs);
  return { ours, plain, oursMs: ours.ms, plainMs };
}

const textOf = (result: ExtractionResult) => (result.isArticle ? result.paragraphs.join('\n\n') : '');

function zyte() {
  const pages = zytePages().map((page) => ({ page, run: run(page.html, page.url) }));
  const ours = bodyScores(pages.map(({ page, run }) => shingleCounts(page.body, textOf(run.ours))));
  const plain = bodyScores(pages.map(({ page, run }) => shingleCounts(page.body, run.plain?.textContent ?? '')));
  const notArticles = pages
    .filter(({ run }) => !run.ours.isArticle)
    .map(({ page, run }) => ({ id: page.id, reason: run.ours.isArticle ? '' : run.ours.reason }));
  printTable(`Zyte body extraction (${pages.length} pages; published best F1 0.970)`, [
    { extractor: 'parallax', ...ours },
    { extractor: 'readability (plain)', ...plain },
  ]);
  return { pages: pages.length, ours, plain, notArticles };
}

const normTitle = (s: string | null | undefined) =>
  (s ?? '')
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
const nameSet = (names: string[]) =>
  new Set(
    names
      .flatMap((n) => n.split(/\s*(?:,|&|\band\b)\s*/i))
      .map((n) =>
        n
          .replace(/^by\s+/i, '')
          .trim()
          .toLowerCase(),
      )
      .filter(Boolean),
  );
const sameNames = (a: string[], b: string[]) => {
  const [x, y] = [nameSet(a), nameSet(b)];
  return x.size === y.size && [...x].every((n) => y.has(n));
};

const postlightDated: string[] = [];

function postlight() {
  const rows = postlightPages().map((page) => {
    if (page.datePublished) postlightDated.push(page.domain);
    const { ours, plain } = run(page.html, page.url);
    const truthAuthors = page.author ? [page.author] : [];
    const oursDate = ours.isArticle ? ours.publishedAt : null;
    const plainDate = plain?.publishedTime ? new Date(plain.publishedTime).toISOString() : null;
    const truth = page.datePublished;
    return {
      domain: page.domain,
      ours: {
        title: ours.isArticle && normTitle(ours.title) === normTitle(page.title),
        author: sameNames(ours.isArticle ? ours.authors : [], truthAuthors),
        day: truth ? oursDate?.slice(0, 10) === truth.slice(0, 10) : oursDate === null,
        minute: truth ? oursDate?.slice(0, 16) === truth.slice(0, 16) : oursDate === null,
      },
      plain: {
        title: normTitle(plain?.title) === normTitle(page.title),
        author: sameNames(plain?.byline ? [plain.byline] : [], truthAuthors),
        day: truth ? plainDate?.slice(0, 10) === truth.slice(0, 10) : plainDate === null,
        minute: truth ? plainDate?.slice(0, 16) === truth.slice(0, 16) : plainDate === null,
      },
    };
  });
  type Field = 'title' | 'author' | 'day' | 'minute';
  const goldError = (domain: string, field: Field) =>
    (POSTLIGHT_GOLD_ERRORS[domain] ?? []).some((e) => e.field === (field === 'minute' || field === 'day' ? 'date' : field));
  const dated = new Set(postlightDated);
  const share = (who: 'ours' | 'plain', field: Field, subset: typeof rows) => subset.filter((r) => r[who][field]).length / subset.length;
  const summary = (who: 'ours' | 'plain') => ({
    title: share(who, 'title', rows),
    author: share(who, 'author', rows),
    dateSameDay: share(who, 'day', rows),
    dateMinute: share(who, 'minute', rows),
    // Gold null dates are omissions (the pages print dates; see the README of this benchmark): score only dated pages.
    dateSameDayDated: share(
      who,
      'day',
      rows.filter((r) => dated.has(r.domain)),
    ),
    dateMinuteDated: share(
      who,
      'minute',
      rows.filter((r) => dated.has(r.domain)),
    ),
    authorWithoutGoldErrors: share(
      who,
      'author',
      rows.filter((r) => !goldError(r.domain, 'author')),
    ),
    dateSameDayDatedWithoutGoldErrors: share(
      who,
      'day',
      rows.filter((r) => dated.has(r.domain) && !goldError(r.domain, 'day')),
    ),
  });
  printTable(`Postlight metadata (${rows.length} pages, ${dated.size} with a gold date; share correct)`, [
    { extractor: 'parallax', ...summary('ours') },
    { extractor: 'readability (plain)', ...summary('plain') },
  ]);
  const misses = rows.filter((r) => !r.ours.title || !r.ours.author || !r.ours.day).map((r) => ({ domain: r.domain, ...r.ours }));
  return { pages: rows.length, ours: summary('ours'), plain: summary('plain'), misses, goldErrors: POSTLIGHT_GOLD_ERRORS };
}

const tokens = (text: string) => (text.match(/[\p{L}\p{N}_]+/gu) ?? []).join(' ');

/** One line on why ours scores lower on a page: what we decided, or the first expected paragraph we dropped. */
function explainLoss(ours: ExtractionResult, expected: string): string {
  if (!ours.isArticle) return `we call it ${ours.reason}: ${ours.explanation}`;
  const kept = tokens(ours.paragraphs.join(' '));
  const dropped = expected
    .split(/\n\s*\n|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 20 && !kept.includes(tokens(line)));
  if (dropped.length) return `we drop ${dropped.length} expected block(s), first: "${dropped[0]!.slice(0, 100)}"`;
  const blocks = expected
    .split(/\n+/)
    .map(tokens)
    .filter((b) => b.length > 40);
  if (new Set(blocks).size < blocks.length) return 'the page prints paragraphs verbatim more than once; we keep one copy (deliberate)';
  return ours.paragraphs.length > blocks.length ? 'we keep text the expected output does not have' : 'same blocks, different order';
}

function readability() {
  const cases = readabilityCases().map((c) => {
    const { ours, plain } = run(c.html, c.url);
    const expected = parseDocument(`<html><body>${c.expectedHtml}</body></html>`).body.textContent ?? '';
    return {
      slug: c.slug,
      readerable: c.readerable,
      isArticle: ours.isArticle,
      oursF1: pageF1(expected, textOf(ours)),
      plainF1: pageF1(expected, plain?.textContent ?? ''),
      why: explainLoss(ours, expected),
    };
  });
  const agree = cases.filter((c) => c.isArticle === c.readerable).length;
  const worse = cases.filter((c) => c.readerable && c.oursF1 < c.plainF1 - 0.05);
  printTable(`Readability regression pages (${cases.length})`, [
    { measure: 'article detection agrees with readerable', value: agree / cases.length },
    {
      measure: 'readerable pages we call articles',
      value: cases.filter((c) => c.readerable && c.isArticle).length / cases.filter((c) => c.readerable).length,
    },
    { measure: 'pages where we lose > 0.05 F1 to plain', value: worse.length },
  ]);
  for (const page of worse) console.log(`  ${page.slug}: ${page.oursF1.toFixed(2)} vs ${page.plainF1.toFixed(2)} — ${page.why}`);
  return {
    pages: cases.length,
    detectionAgreement: agree / cases.length,
    worse: worse.map(({ slug, oursF1, plainF1, isArticle, why }) => ({ slug, oursF1, plainF1, isArticle, why })),
  };
}

export function benchExtract() {
  const results = { zyte: zyte(), postlight: postlight(), readability: readability() };
  const speed = {
    ours: { median: median(times.ours), p95: percentile(times.ours, 95) },
    plain: { median: median(times.plain), p95: percentile(times.plain, 95) },
  };
  printTable(`Extraction time per page, ms (${times.ours.length} pages, parsing excluded)`, [
    { extractor: 'parallax', ...speed.ours, 'median ratio': speed.ours.median / speed.plain.median },
    { extractor: 'readability (plain)', ...speed.plain, 'median ratio': 1 },
  ]);
  console.log(`\nwrote ${writeResult('extract', { ...results, speed })}`);
}

if (import.meta.filename === process.argv[1]) benchExtract();
