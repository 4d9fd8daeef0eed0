/**
 * Controlled edits of real articles: a copy with k sentences removed must show them as
 * what it leaves out; a copy with one number changed must show the numbers disagree;
 * an unedited copy must show no difference at all. Sentences and numbers are drawn with
 * a seeded generator from every BASIL article, so each run edits the same text.
 */
import { compareArticles, type Finding, type FramingArticle } from '../../lib/framing';
import { eventFeatures } from '../../lib/framing/sentence-features';
import { prepareArticles } from '../../lib/framing/prepare';
import { sample, seededRandom } from '../lib/random';

/** A sentence must state this much to be a fact the analyser claims to track (facts.ts MIN_FEATURES). */
import { MIN_FEATURES as CLAIM_FEATURES } from '../../lib/framing/facts';

export interface EditScores {
  articles: number;
  removed: number;
  recall: number;
  precision: number;
}

function copyOf(article: FramingArticle, text: string): FramingArticle {
  return { ...article, id: `${article.id}-copy`, outlet: 'Copy', text };
}

/** Text without the given spans, each with the whitespace after it. */
function without(text: string, spans: { start: number; end: number }[]): string {
  let out = '';
  let at = 0;
  for (const { start, end } of [...spans].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, start);
    at = end;
    while (at < text.length && text[at] === ' ') at++;
  }
  return out + text.slice(at);
}

/** Claim sentences of an article, as the analysers see them. */
function claimSentences(article: FramingArticle) {
  const context = { articles: prepareArticles([article]), background: { total: 0, counts: {} } };
  const features = eventFeatures(context).sentences[0]!;
  return context.articles[0]!.sentences.filter((_, i) => features[i]!.ids.length >= CLAIM_FEATURES);
}

export function removalScores(
  articles: readonly FramingArticle[],
  seed = 1,
): EditScores & { byK: Record<number, { recall: number; precision: number }> } {
  const random = seededRandom(seed);
  let removed = 0;
  let found = 0;
  let reported = 0;
  let correct = 0;
  const byK: Record<number, { removed: number; found: number; reported: number; correct: number }> = {};
  for (const article of articles) {
    const claims = claimSentences(article);
    if (claims.length < 6) continue;
    const k = 1 + Math.floor(random() * 5);
    const gone = sample(claims, k, random);
    const comparison = compareArticles([article, copyOf(article, without(article.text, gone))]);
    const omissions = comparison.findings.filter((f) => f.kind === 'omission' && f.outlets[0] === 'Copy');
    const quoted = new Set(omissions.map((f) => f.evidence.find((e) => e.article === 0)?.start));
    const hits = gone.filter((s) => quoted.has(s.start)).length;
    const right = omissions.filter((f) => gone.some((s) => s.start === f.evidence.find((e) => e.article === 0)?.start)).length;
    const row = (byK[k] ??= { removed: 0, found: 0, reported: 0, correct: 0 });
    row.removed += k;
    row.found += hits;
    row.reported += omissions.length;
    row.correct += right;
    removed += k;
    found += hits;
    reported += omissions.length;
    correct += right;
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    articles: articles.length,
    removed,
    recall: ratio(found, removed),
    precision: ratio(correct, reported),
    byK: Object.fromEntries(
      Object.entries(byK).map(([k, r]) => [k, { recall: ratio(r.found, r.removed), precision: ratio(r.correct, r.reported) }]),
    ),
  };
}

/** A different value written like the original: 12 → 15, 4.5 → 6.8, 14,000 → 17,500. */
function changed(digits: string): string {
  const value = Number(digits.replace(/,/g, ''));
  const decimals = digits.includes('.') ? digits.split('.')[1]!.length : 0;
  const next = decimals > 0 ? value * 1.5 : value + Math.max(1, Math.round(value * 0.25));
  return digits.includes(',') || next >= 10_000
    ? next.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
    : next.toFixed(decimals);
}

export function numberChangeScores(articles: readonly FramingArticle[], seed = 2): EditScores & { falseFindings: number } {
  const random = seededRandom(seed);
  let edits = 0;
  let found = 0;
  let falseFindings = 0;
  for (const article of articles) {
    const context = { articles: prepareArticles([article]), background: { total: 0, counts: {} } };
    const mentions = eventFeatures(context)
      .sentences[0]!.flatMap((s) => s.numbers)
      .filter((m) => m.unit !== null && /\d/.test(m.surface));
    if (mentions.length === 0) continue;
    const [mention] = sample(mentions, 1, random);
    const digits = /\d[\d,]*(?:\.\d+)?/.exec(mention!.surface)!;
    const at = mention!.start + digits.index;
    const text = article.text.slice(0, at) + changed(digits[0]) + article.text.slice(at + digits[0].length);
    const numbers = compareArticles([article, copyOf(article, text)]).findings.filter((f: Finding) => f.kind === 'number');
    const hit = numbers.some((f) => f.evidence.some((e) => e.article === 1 && e.start <= at && at < e.end));
    edits++;
    if (hit) found++;
    falseFindings += numbers.filter((f) => !f.evidence.some((e) => e.article === 1 && e.start <= at && at < e.end)).length;
  }
  return { articles: articles.length, removed: edits, recall: edits === 0 ? 1 : found / edits, precision: NaN, falseFindings };
}

/** Findings of any kind between an article and its exact copy (should be none). */
export function identicalCopyFindings(articles: readonly FramingArticle[]): {
  pairs: number;
  findings: number;
  kinds: Record<string, number>;
} {
  const kinds: Record<string, number> = {};
  let findings = 0;
  for (const article of articles) {
    for (const f of compareArticles([article, copyOf(article, article.text)]).findings) {
      findings++;
      kinds[f.kind] = (kinds[f.kind] ?? 0) + 1;
    }
  }
  return { pairs: articles.length, findings, kinds };
}
