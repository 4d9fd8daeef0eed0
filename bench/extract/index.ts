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
import { normTitle, sameNames } from './postlight-compare';
import { bodyScores, pageF1, shingleCounts } from './shingles';

interface Run {
  ours: ExtractionResult;
  plain: ReturnType<Readability['parse']>;
  oursMs: number;
  plainMs: number;
}

const times = { ours: [] as number[], plain: [] as number[] };
let pagesRun = 0;

/**
 * `--expose-gc` (the npm scripts pass it) lets each side start with a clean heap,
 * so neither pays for the other's garbage or for the parse before it.
 */
const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => {});

function timedAlone<T>(fn: () => T): [T, number] {
  collectGarbage();
  return timed(fn);
}

/**
 * Both extractors do their whole job on a document parsed for them beforehand:
 * parsing is the caller's and is timed for neither. Plain Readability clones the
 * document first, as its README asks of callers who keep using the page, and as
 * our extractor does inside. The order alternates page by page so that neither
 * side always runs in the other's wake.
 */
function run(html: string, url: string): Run {
  const oursDoc = parseDocument(html);
  const plainDoc = parseDocument(html);
  const runOurs = () => timedAlone(() => extractArticle(oursDoc, url));
  const runPlain = () => timedAlone(() => new Readability(plainDoc.cloneNode(true) as Document).parse());
  let ours: [ExtractionResult, number];
  let plain: [ReturnType<Readability['parse']>, number];
  if (pagesRun++ % 2 === 0) {
    ours = runOurs();
    plain = runPlain();
  } else {
    plain = runPlain();
    ours = runOurs();
  }
  times.ours.push(ours[1]);
  times.plain.push(plain[1]);
  return { ours: ours[0], plain: plain[0], oursMs: ours[1], plainMs: plain[1] };
}

/** The first pages run while V8 still compiles both extractors: run a few untimed first. */
function warmUp(): void {
  for (const page of zytePages().slice(0, 10)) {
    extractArticle(parseDocument(page.html), page.url);
    new Readability(parseDocument(page.html)).parse();
  }
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
  // Where precision is lost: the pages to read when looking for the next general rule.
  const worstPrecision = pages
    .map(({ page, run }) => {
      const [tp, fp, fn] = shingleCounts(page.body, textOf(run.ours));
      return { id: page.id, url: page.url, precision: tp + fp > 0 ? tp / (tp + fp) : 0, recall: tp + fn > 0 ? tp / (tp + fn) : 0 };
    })
    .sort((a, b) => a.precision - b.precision)
    .slice(0, 20);
  return { pages: pages.length, ours, plain, notArticles, worstPrecision };
}

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
      goldNull: { title: !page.title, author: !page.author, date: !truth },
      goldAuthor: page.author,
      notArticle: ours.isArticle ? null : ours.reason,
      found: {
        title: ours.isArticle ? ours.title : null,
        authors: ours.isArticle ? ours.authors : [],
        date: oursDate,
      },
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
    // A null gold title is an omission (every page has a headline): score only the pages with one, as for dates.
    titleTitled: share(
      who,
      'title',
      rows.filter((r) => !r.goldNull.title),
    ),
    // The strict figure and the one without the pages whose gold is wrong (`gold-errors.ts`), side by side.
    author: share(who, 'author', rows),
    authorWithoutGoldErrors: share(
      who,
      'author',
      rows.filter((r) => !goldError(r.domain, 'author')),
    ),
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
    // A null gold author is right for some pages (no byline) and an omission on others (the page prints one):
    // score the pages whose gold names someone, and report the null ones apart (`goldNull`).
    authorNamed: share(
      who,
      'author',
      rows.filter((r) => !r.goldNull.author),
    ),
    authorNamedWithoutGoldErrors: share(
      who,
      'author',
      rows.filter((r) => !r.goldNull.author && !goldError(r.domain, 'author')),
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
  // Author misses where the gold is right: the pages to read when looking for the next rule.
  for (const r of rows.filter((r) => !r.ours.author && !goldError(r.domain, 'author')))
    console.log(
      `  author miss ${r.domain}: ${r.notArticle ? `not an article (${r.notArticle})` : JSON.stringify(r.found.authors)}, gold ${JSON.stringify(r.goldAuthor)}`,
    );
  const misses = rows
    .filter((r) => !r.ours.title || !r.ours.author || !r.ours.day)
    .map((r) => ({ domain: r.domain, ...r.ours, found: r.found, goldNull: r.goldNull, notArticle: r.notArticle }));
  // Where the gold says nothing: how often we still read a value (a miss in the headline figures above).
  const goldNull = Object.fromEntries(
    (['title', 'author', 'date'] as const).map((field) => {
      const subset = rows.filter((r) => r.goldNull[field]);
      const filled = subset.filter((r) => (field === 'author' ? r.found.authors.length > 0 : r.found[field] !== null));
      return [field, { pages: subset.length, weReadOne: filled.map((r) => r.domain) }];
    }),
  );
  return { pages: rows.length, ours: summary('ours'), plain: summary('plain'), goldNull, misses, goldErrors: POSTLIGHT_GOLD_ERRORS };
}

const tokens = (text: string) => (text.match(/[\p{L}\p{N}_]+/gu) ?? []).join(' ');

/** Comment sections and their parts by class or id word: "comments", "comment-list", "comments-head", "respond", "disqus_thread" (not "commentary"). */
const COMMENTS = /(?:^|[\s_-])(?:comments?|respond|disqus_thread)(?:$|[\s_-])/i;
/** The paper's note under a story that also ran in print: "A version of this article appears in print on …, on Page A22". */
const PRINT_NOTE =
  /^\s*(?:a version of this (?:article|story|review|column|essay) appear(?:s|ed) in print|this (?:article|story) appeared in (?:the )?print)\b/i;

/** What kind of non-article text `el` is, by its tag, class, id or itemprop, or by the print note's wording. */
function marginalKind(el: Element, text: string): string | null {
  const tag = el.tagName.toLowerCase();
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (tag === 'figcaption' || /caption|credit/i.test(names)) return 'photo captions and credits';
  if (/byline|author/i.test(names)) return 'bylines';
  const datelike =
    tag === 'time' || /^date/i.test(el.getAttribute('itemprop') ?? '') || /(?:^|[\s_-])(?:date|dateline|timestamp)/i.test(names);
  if (datelike && text.length <= 200) return 'datelines';
  if (COMMENTS.test(names) && tag !== 'body' && tag !== 'html' && !el.querySelector('h1')) return 'comment sections and their headings';
  if (PRINT_NOTE.test(el.textContent ?? '') && text.length <= 600) return 'print-edition notes';
  return null;
}

/**
 * Text the source page marks as not being article text: photo captions and
 * credits, bylines, datelines, comment sections, print-edition notes, and links
 * to other stories. Readability's expected output keeps them; we drop them on purpose.
 */
function marginalTexts(sourceHtml: string): { kind: string; text: string }[] {
  const doc = parseDocument(sourceHtml);
  const out: { kind: string; text: string }[] = [];
  for (const el of doc.querySelectorAll('figcaption, time, [class], [id], [itemprop]')) {
    const text = tokens(el.textContent ?? '');
    const kind = text ? marginalKind(el, text) : null;
    if (kind) out.push({ kind, text });
  }
  for (const a of doc.querySelectorAll('a[href]')) {
    const parent = a.parentElement;
    const text = tokens(a.textContent ?? '');
    if (text.length > 15 && parent && tokens(parent.textContent ?? '') === text) out.push({ kind: 'links to other stories', text });
  }
  return out;
}

const sameTokens = (a: string, b: string) => tokens(a).toLowerCase() === tokens(b).toLowerCase();

/** Whether most of the text we miss is text the page prints more than once: 4-token shingles seen twice or more in the expected output. */
function lostToRepeats(expected: string, ours: string): boolean {
  const counts = (text: string) => {
    const words = tokens(text).split(' ');
    const map = new Map<string, number>();
    for (let i = 0; i + 4 <= words.length; i++) {
      const key = words.slice(i, i + 4).join(' ');
      map.set(key, (map.get(key) ?? 0) + 1);
    }
    return map;
  };
  const want = counts(expected);
  const have = counts(ours);
  let lost = 0;
  let lostRepeated = 0;
  for (const [key, n] of want) {
    const missing = Math.max(0, n - (have.get(key) ?? 0));
    lost += missing;
    if (n > 1 && have.has(key)) lostRepeated += missing;
  }
  if (lost > 0 && lostRepeated / lost > 0.5) return true;
  // Short lines repeated one after another ("link", "link", …) are too short for shingles: count their extra copies.
  const lines = expected.split(/\n+/).map(tokens).filter(Boolean);
  const seen = new Set<string>();
  let extraCopies = 0;
  for (const line of lines) {
    if (seen.has(line)) extraCopies += line.split(' ').length;
    seen.add(line);
  }
  const missingTokens = tokens(expected).split(' ').length - tokens(ours).split(' ').length;
  return missingTokens > 0 && extraCopies >= missingTokens / 2;
}

/** One line on why ours scores lower on a page: what we decided, or the first expected paragraph we dropped. */
function explainLoss(ours: ExtractionResult, expected: string, sourceHtml: string): string {
  if (!ours.isArticle) return `we call it ${ours.reason}: ${ours.explanation}`;
  const kept = tokens(ours.paragraphs.join(' '));
  const dropped = expected
    .split(/\n\s*\n|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 20 && !kept.includes(tokens(line)));
  if (dropped.length && dropped.every((line) => sameTokens(line, ours.title)))
    return 'we drop the headline printed again in the body (deliberate: it is the title, not text)';
  if (dropped.length) {
    const marginal = marginalTexts(sourceHtml);
    const kinds = dropped.map((line) => marginal.find((m) => m.text.includes(tokens(line)))?.kind);
    if (kinds.every(Boolean))
      return `we drop ${dropped.length} block(s) that are ${[...new Set(kinds)].join(', ')} (deliberate: not article text)`;
    const first = dropped[kinds.findIndex((kind) => !kind)]!;
    return `we drop ${dropped.length} expected block(s), ${kinds.filter(Boolean).length} of them captions, bylines or links; first other: "${first.slice(0, 100)}"`;
  }
  if (lostToRepeats(expected, ours.paragraphs.join('\n')))
    return 'the page prints paragraphs verbatim more than once; we keep one copy (deliberate)';
  const blocks = expected
    .split(/\n+/)
    .map(tokens)
    .filter((b) => b.length > 40);
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
      why: explainLoss(ours, expected, c.html),
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

const SUITES = { zyte, postlight, readability };
type Suite = keyof typeof SUITES;
const isSuite = (name: string): name is Suite => Object.hasOwn(SUITES, name);

/**
 * Runs the named suites (all when none is named): `npm run bench:extract -- postlight`
 * while iterating on one of them. Only a full run writes the results file.
 */
export function benchExtract(only: string[] = []) {
  const unknown = only.filter((name) => !isSuite(name));
  if (unknown.length) throw new Error(`unknown suite ${unknown.join(', ')}: choose from ${Object.keys(SUITES).join(', ')}`);
  const chosen = only.length ? only.filter(isSuite) : (Object.keys(SUITES) as Suite[]);
  warmUp();
  const results = Object.fromEntries(chosen.map((name) => [name, SUITES[name]()]));
  const speed = {
    ours: { median: median(times.ours), p95: percentile(times.ours, 95) },
    plain: { median: median(times.plain), p95: percentile(times.plain, 95) },
  };
  printTable(`Extraction time per page, ms (${times.ours.length} pages, parsing excluded)`, [
    { extractor: 'parallax', ...speed.ours, 'median ratio': speed.ours.median / speed.plain.median },
    { extractor: 'readability (plain)', ...speed.plain, 'median ratio': 1 },
  ]);
  if (chosen.length === Object.keys(SUITES).length) console.log(`\nwrote ${writeResult('extract', { ...results, speed })}`);
}

if (import.meta.filename === process.argv[1]) benchExtract(process.argv.slice(2));
