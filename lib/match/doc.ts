import { analyzeText, type TextAnalysis } from '../text';
import type { MatchDoc } from './types';

export interface MatchInput {
  id: number;
  outlet: string;
  title: string;
  /** Paragraphs in reading order. */
  paragraphs: string[];
  publishedAt: string | null;
  lang: string | null;
}

/** The body keeps its most frequent terms only: enough to compare, small to store. */
const BODY_TERMS = 60;

const DAY_MS = 86_400_000;

export function dayOf(iso: string | null): number | null {
  if (!iso) return null;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : Math.floor(time / DAY_MS);
}

/** What matching keeps of an analysis: title and lede weigh most, the body by its top terms. */
export function matchDocOf(id: number, outlet: string, publishedAt: string | null, analysis: TextAnalysis): MatchDoc {
  const head: Record<string, number> = {};
  // A headline term counts twice: the headline states the event most plainly.
  for (const term of [...analysis.titleTerms, ...analysis.titleTerms, ...analysis.ledeTerms]) head[term] = (head[term] ?? 0) + 1;
  return {
    id,
    outlet: outlet.trim().toLowerCase(),
    day: dayOf(publishedAt),
    lang: analysis.lang,
    title: analysis.titleTerms,
    head,
    body: Object.fromEntries(Object.entries(analysis.terms).slice(0, BODY_TERMS)),
    entities: Object.fromEntries(analysis.entities.map((e) => [e.key, e.count])),
    headEntities: analysis.entities.filter((e) => e.lead).map((e) => e.key),
    names: Object.fromEntries(analysis.entities.map((e) => [e.key, e.name])),
    words: analysis.written,
    numbers: analysis.numbers.map((n) => `${n.value}|${n.unit ?? ''}`),
    dates: analysis.dates,
    wire: analysis.wire,
    fingerprint: analysis.fingerprint,
  };
}

/** Analyses an article once, at save time, into what matching compares. */
export function toMatchDoc({ id, outlet, title, paragraphs, publishedAt, lang }: MatchInput): MatchDoc {
  return matchDocOf(id, outlet, publishedAt, analyzeText({ title, text: paragraphs.join('\n\n'), lang, publishedAt }));
}
