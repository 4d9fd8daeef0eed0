/**
 * Which sources each outlet cites besides the people it quotes: wire agencies and other
 * outlets, documents, organisations reached "according to", and anonymous sources. A source
 * only one outlet cites, and an outlet leaning on anonymous sources, are findings.
 */
import { citedSources, entityKey, type CitedSource, type SourceKind } from '../text';
import { quotesOf } from './quotes-of';
import { uniqueEvidence } from './evidence';
import { evidenceAt } from './sentence-at';
import type { Analysis, Evidence, Finding, FramingContext, PreparedArticle } from './types';

export interface SourceRow {
  /** Comparable across outlets; 'anonymous' gathers every unnamed source. */
  key: string;
  name: string;
  kind: SourceKind;
  /** How the outlet cites it: 'credit', 'according-to', 'told', 'reported', 'document', 'anonymous'. */
  via: CitedSource['via'][];
  count: number;
  evidence: Evidence[];
}

export interface OutletSources {
  article: number;
  outlet: string;
  /** Most cited first. */
  sources: SourceRow[];
}

export interface SourceSection {
  outlets: OutletSources[];
}

const ANONYMOUS_KEY = 'anonymous';
const BASE_WEIGHT: Record<SourceKind, number> = {
  document: 0.45,
  organisation: 0.4,
  person: 0.4,
  outlet: 0.3,
  agency: 0.3,
  anonymous: 0.3,
};

/** The outlet's own name and initials ("Kestrel Press Agency" → KPA): an outlet citing itself is no source. */
function ownKeys(outlet: string): Set<string> {
  const words = outlet.replace(/^the\s+/i, '').split(/\s+/);
  const initials = words.length > 1 ? words.map((w) => w[0]).join('') : '';
  return new Set([entityKey(outlet.replace(/^the\s+/i, '')), ...(initials ? [entityKey(initials)] : [])]);
}

function sourcesOf(article: PreparedArticle, outlets: string[]): OutletSources {
  const own = ownKeys(article.outlet);
  const rows = new Map<string, SourceRow>();
  for (const source of citedSources(article.text, quotesOf(article), outlets, article.textSentences)) {
    if (own.has(source.key)) continue;
    const row = rows.get(source.key) ?? {
      key: source.key,
      name: source.kind === 'anonymous' ? 'anonymous sources' : source.name,
      kind: source.kind,
      via: [],
      count: 0,
      evidence: [],
    };
    row.count++;
    if (!row.via.includes(source.via)) row.via.push(source.via);
    const evidence = evidenceAt(article, source.start);
    if (evidence) row.evidence.push(evidence);
    rows.set(source.key, row);
  }
  const sources = [...rows.values()].map((r) => ({ ...r, evidence: uniqueEvidence(r.evidence) }));
  sources.sort((a, b) => b.count - a.count);
  return { article: article.index, outlet: article.outlet, sources };
}

function onlyOne(outlet: OutletSources, row: SourceRow, others: number): Finding {
  const verb = row.via.includes('credit') && row.via.length === 1 ? 'credits' : 'cites';
  const weight = BASE_WEIGHT[row.kind] + (row.count > 1 ? 0.1 : 0);
  return {
    kind: 'source',
    outlets: [outlet.outlet],
    summary: `Only ${outlet.outlet} ${verb} ${row.name}${row.count > 1 ? ` (${row.count}×)` : ''}.`,
    evidence: row.evidence,
    weight: others > 1 ? weight : weight * 0.85,
  };
}

/** "Northern Monitor cites anonymous sources 4×; the others 0.5× on average." */
function anonymousReliance(outlet: OutletSources, others: OutletSources[]): Finding | null {
  const count = (o: OutletSources) => o.sources.find((s) => s.key === ANONYMOUS_KEY)?.count ?? 0;
  const own = count(outlet);
  const mean = others.reduce((sum, o) => sum + count(o), 0) / others.length;
  if (own < 2 || own < 2 * mean + 1) return null;
  const row = outlet.sources.find((s) => s.key === ANONYMOUS_KEY)!;
  const rounded = Math.round(mean * 10) / 10;
  return {
    kind: 'source',
    outlets: [outlet.outlet],
    summary: `${outlet.outlet} cites anonymous sources ${own}×; the others ${rounded}× on average.`,
    evidence: row.evidence,
    weight: Math.min(0.65, 0.3 + 0.08 * (own - mean)),
  };
}

export function compareSources(context: FramingContext): Analysis<SourceSection> {
  const { articles } = context;
  const names = articles.map((a) => a.outlet);
  const outlets = articles.map((article) => sourcesOf(article, names));
  const findings: Finding[] = [];
  if (articles.length > 1) {
    for (const outlet of outlets) {
      const others = outlets.filter((o) => o !== outlet);
      for (const row of outlet.sources) {
        if (row.key === ANONYMOUS_KEY) continue;
        if (!others.some((o) => o.sources.some((s) => s.key === row.key))) findings.push(onlyOne(outlet, row, others.length));
      }
      const anonymous = anonymousReliance(outlet, others);
      if (anonymous) findings.push(anonymous);
    }
  }
  return { findings, section: { outlets } };
}
