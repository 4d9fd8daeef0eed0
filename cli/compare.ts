import { readFile } from 'node:fs/promises';
import { extractArticle } from '../lib/extract';
import { compareArticles, type Comparison, type FramingArticle } from '../lib/framing';
import { FINDING_KINDS } from '../lib/framing/kinds';
import { UsageError, type Command } from './command';
import { parseEventsLine } from './events-line';
import { parseHtml } from './parse';
import { readPage } from './read-page';

interface CompareArgs {
  /** HTML pages with the address each was read at. */
  pages: { file: string; url: string }[];
  jsonl: string | null;
  json: boolean;
}

function parseArgs(args: string[]): CompareArgs {
  const parsed: CompareArgs = { pages: [], jsonl: null, json: false };
  let url: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--json') parsed.json = true;
    else if (arg === '--url') {
      url = args[++i] ?? null;
      if (!url || url.startsWith('--')) throw new UsageError('--url needs a value');
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else if (/\.jsonl$/i.test(arg)) {
      if (parsed.jsonl) throw new UsageError('give one JSONL file');
      parsed.jsonl = arg;
    } else {
      if (!url) throw new UsageError(`give the address of ${arg} with --url before it`);
      parsed.pages.push({ file: arg, url });
      url = null;
    }
  }
  if (url) throw new UsageError('--url must come before its HTML file');
  if (parsed.jsonl && parsed.pages.length > 0) throw new UsageError('give HTML pages or one JSONL file, not both');
  if (!parsed.jsonl && parsed.pages.length === 0) throw new UsageError('nothing to compare');
  return parsed;
}

function outletOf(url: string): string {
  return URL.canParse(url) ? new URL(url).hostname.replace(/^www\./, '') : url;
}

async function fromPages(pages: CompareArgs['pages'], warn: (message: string) => void): Promise<FramingArticle[]> {
  const articles: FramingArticle[] = [];
  for (const { file, url } of pages) {
    const html = await readPage(file).catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(error.code === 'ENOENT' ? `file not found: ${file}` : `cannot read ${file}: ${error.message}`);
    });
    const result = extractArticle(parseHtml(html), url);
    if (!result.isArticle) {
      warn(`${file}: not an article (${result.explanation}), left out`);
      continue;
    }
    articles.push({
      id: result.canonicalUrl,
      outlet: result.outlet || outletOf(url),
      title: result.title,
      url: result.canonicalUrl,
      publishedAt: result.publishedAt,
      text: result.paragraphs.join('\n\n'),
      lang: result.lang,
    });
  }
  return articles;
}

async function fromJsonl(file: string, warn: (message: string) => void): Promise<FramingArticle[]> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(error.code === 'ENOENT' ? `file not found: ${file}` : `cannot read ${file}: ${error.message}`);
  });
  const articles: FramingArticle[] = [];
  for (const [index, raw] of text.split('\n').entries()) {
    if (!raw.trim()) continue;
    try {
      const line = parseEventsLine(raw);
      articles.push({ id: line.url, outlet: line.outlet, title: line.title, url: line.url, publishedAt: line.published, text: line.text });
    } catch (error) {
      warn(`${file}:${index + 1}: ${(error as Error).message}, left out`);
    }
  }
  return articles;
}

const quoted = (text: string) => `“${text.replace(/\s+/g, ' ').trim()}”`;

/** The Comparison as a reader would skim it: overview first, then every kind with its sentences. */
export function toMarkdown(comparison: Comparison): string {
  const lines = [`# How ${comparison.articles.length} outlets tell it`, ''];
  for (const article of comparison.articles) lines.push(`- **${article.outlet}**: ${article.title}`);
  lines.push('', '## The sharpest differences', '');
  if (comparison.overview.length === 0) lines.push('No differences found: the articles tell the event the same way.');
  for (const finding of comparison.overview) lines.push(`- ${finding.summary}`);
  for (const { kind, title } of FINDING_KINDS) {
    const findings = comparison.findings.filter((f) => f.kind === kind);
    if (findings.length === 0) continue;
    lines.push('', `## ${title}`, '');
    for (const finding of findings) {
      lines.push(`- ${finding.summary}`);
      for (const e of finding.evidence) lines.push(`  > ${e.outlet}${e.in === 'title' ? ' (headline)' : ''}: ${quoted(e.sentence)}`);
    }
  }
  return lines.join('\n') + '\n';
}

export const compareCommand: Command = {
  usage: '--url URL PAGE.html[.gz] --url URL PAGE.html … | ARTICLES.jsonl  [--json]',
  summary: 'Compares how articles on one event tell it; prints Markdown, or the Comparison as JSON with --json.',
  async run(args, io) {
    const parsed = parseArgs(args);
    let warnings = 0;
    const warn = (message: string) => {
      warnings++;
      io.err.write(`parallax compare: ${message}\n`);
    };
    const articles = parsed.jsonl ? await fromJsonl(parsed.jsonl, warn) : await fromPages(parsed.pages, warn);
    if (articles.length < 2) {
      io.err.write(`parallax compare: needs at least two articles, got ${articles.length}\n`);
      return 1;
    }
    const comparison = compareArticles(articles);
    io.out.write(parsed.json ? JSON.stringify(comparison, null, 2) + '\n' : toMarkdown(comparison));
    return warnings > 0 ? 1 : 0;
  },
};
