/**
 * How each outlet introduces what people say, and how far it keeps from what it reports:
 * "said" against "claimed", "admitted", "insisted"; "reportedly", "it is believed". An
 * outlet that uses a loaded verb or a hedge where the others write plainly is a finding,
 * shown with the sentences.
 */
import { hedges, speechVerb, type VerbTone } from '../text';
import { quoteSpansOf, quotesOf } from './quotes-of';
import { uniqueEvidence } from './evidence';
import { evidenceAt } from './sentence-at';
import type { Analysis, Evidence, Finding, FramingContext, PreparedArticle } from './types';

export interface VerbUse {
  /** "say", "claim". */
  lemma: string;
  tone: VerbTone;
  /** As the outlet writes it most: "said", "claimed". */
  written: string;
  count: number;
  evidence: Evidence[];
}

export interface HedgeUse {
  phrase: string;
  count: number;
  evidence: Evidence[];
}

export interface OutletAttribution {
  article: number;
  outlet: string;
  /** Verbs introducing quotations, most used first. */
  verbs: VerbUse[];
  hedges: HedgeUse[];
}

export interface AttributionSection {
  outlets: OutletAttribution[];
}

function attributionOf(article: PreparedArticle): OutletAttribution {
  const verbs = new Map<string, VerbUse>();
  for (const quote of quotesOf(article)) {
    if (!quote.verb || quote.verbStart === null) continue;
    const verb = speechVerb(quote.verb, 'he');
    if (!verb) continue;
    const use = verbs.get(verb.lemma) ?? { lemma: verb.lemma, tone: verb.tone, written: quote.verb.toLowerCase(), count: 0, evidence: [] };
    use.count++;
    const evidence = evidenceAt(article, quote.verbStart);
    if (evidence) use.evidence.push(evidence);
    verbs.set(verb.lemma, use);
  }
  const hedged = new Map<string, HedgeUse>();
  for (const hedge of hedges(article.text, quoteSpansOf(article))) {
    const use = hedged.get(hedge.phrase) ?? { phrase: hedge.phrase, count: 0, evidence: [] };
    use.count++;
    const evidence = evidenceAt(article, hedge.start);
    if (evidence) use.evidence.push(evidence);
    hedged.set(hedge.phrase, use);
  }
  const byCount = <T extends { count: number }>(a: T, b: T) => b.count - a.count;
  return {
    article: article.index,
    outlet: article.outlet,
    verbs: [...verbs.values()].map((v) => ({ ...v, evidence: uniqueEvidence(v.evidence) })).sort(byCount),
    hedges: [...hedged.values()].map((h) => ({ ...h, evidence: uniqueEvidence(h.evidence) })).sort(byCount),
  };
}

const quoted = (uses: { written?: string; phrase?: string; count: number }[]) =>
  uses.map((u) => `“${u.written ?? u.phrase}”${u.count > 1 ? ` ${u.count}×` : ''}`).join(', ');

/** "The Eastern Herald writes “claimed” where the others write “said”." */
function loadedVerbs(outlet: OutletAttribution, others: OutletAttribution[]): Finding | null {
  const loaded = outlet.verbs.filter((v) => v.tone === 'loaded' && !others.some((o) => o.verbs.some((w) => w.lemma === v.lemma)));
  if (loaded.length === 0) return null;
  const neutral = new Map<string, number>();
  for (const o of others)
    for (const v of o.verbs) if (v.tone === 'neutral') neutral.set(v.written, (neutral.get(v.written) ?? 0) + v.count);
  const common = [...neutral].sort((a, b) => b[1] - a[1])[0]?.[0];
  const count = loaded.reduce((sum, v) => sum + v.count, 0);
  const others_ = common ? ` where the others write “${common}”` : '';
  return {
    kind: 'attribution',
    outlets: [outlet.outlet],
    summary: `${outlet.outlet} writes ${quoted(loaded)}${others_}.`,
    evidence: uniqueEvidence(loaded.flatMap((v) => v.evidence)),
    weight: Math.min(0.65, 0.35 + 0.1 * count),
  };
}

/** "Only Northern Monitor hedges: “reportedly” 2×, “appear to”." */
function ownHedges(outlet: OutletAttribution, others: OutletAttribution[]): Finding | null {
  const own = outlet.hedges.filter((h) => !others.some((o) => o.hedges.some((g) => g.phrase === h.phrase)));
  if (own.length === 0) return null;
  const count = own.reduce((sum, h) => sum + h.count, 0);
  const nobody = others.every((o) => o.hedges.length === 0);
  return {
    kind: 'attribution',
    outlets: [outlet.outlet],
    summary: nobody ? `Only ${outlet.outlet} hedges: ${quoted(own)}.` : `Only ${outlet.outlet} writes ${quoted(own)}.`,
    evidence: uniqueEvidence(own.flatMap((h) => h.evidence)),
    weight: Math.min(0.55, (nobody ? 0.3 : 0.25) + 0.08 * count),
  };
}

export function compareAttribution(context: FramingContext): Analysis<AttributionSection> {
  const outlets = context.articles.map(attributionOf);
  const findings: Finding[] = [];
  if (outlets.length > 1) {
    for (const outlet of outlets) {
      const others = outlets.filter((o) => o !== outlet);
      for (const finding of [loadedVerbs(outlet, others), ownHedges(outlet, others)]) if (finding) findings.push(finding);
    }
  }
  return { findings, section: { outlets } };
}
