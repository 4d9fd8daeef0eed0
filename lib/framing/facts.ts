/**
 * Which facts each outlet tells: sentences aligned across the articles become claims,
 * and a claim's reporters say whether most outlets tell it, only one does ("Only Kestrel
 * Daily reports …"), or one outlet leaves out what most of the others report. Wire
 * copies align sentence for sentence, so they differ in nothing.
 */
import { ALIGNED, alignSentences } from './align';
import { evidenceOf, listOf } from './evidence';
import { eventFeatures, type SentenceFeatures } from './sentence-features';
import type { Analysis, Evidence, Finding, FramingContext, PreparedArticle } from './types';

/** A sentence needs this many content features to state a fact ("He declined to comment." does not). */
export const MIN_FEATURES = 3;
/** Findings per outlet and kind: the section keeps every claim, the list keeps the most telling. */
const MAX_PER_OUTLET = 8;
const QUOTE_LENGTH = 160;

export interface Claim {
  /** The articles that report it, by index, the one it is quoted from first. */
  reportedBy: number[];
  /** Articles that do not report it. */
  leftOutBy: number[];
  /** `common`: more than half of the outlets report it; `only`: one outlet among three or more. */
  status: 'common' | 'only' | 'partial';
  /** One sentence per reporting article. */
  evidence: Evidence[];
}

export interface FactSection {
  claims: Claim[];
}

function clip(text: string): string {
  return text.length <= QUOTE_LENGTH ? text : `${text.slice(0, QUOTE_LENGTH - 1).replace(/\s+\S*$/, '')} …`;
}

/** Groups each sentence with its counterparts; a sentence already quoted as a counterpart seeds no claim of its own. */
function claimsOf(context: FramingContext): { claims: Claim[]; seeds: SentenceFeatures[] } {
  const { articles } = context;
  const { best, features } = alignSentences(context);
  const n = articles.length;
  const inClaim = articles.map(() => new Set<number>());
  const claims: Claim[] = [];
  const seeds: SentenceFeatures[] = [];
  for (const article of articles) {
    for (const seed of features.sentences[article.index]!) {
      if (seed.ids.length < MIN_FEATURES || inClaim[article.index]!.has(seed.sentence)) continue;
      inClaim[article.index]!.add(seed.sentence);
      const reportedBy = [article.index];
      const leftOutBy: number[] = [];
      const evidence = [evidenceOf(article, article.sentences[seed.sentence]!)];
      const told = [seed.sentence];
      for (const other of articles) {
        if (other === article) continue;
        const match = best[article.index]![seed.sentence]![other.index];
        if (match && match.score >= ALIGNED) {
          reportedBy.push(other.index);
          told.push(match.sentence);
          inClaim[other.index]!.add(match.sentence);
          evidence.push(evidenceOf(other, other.sentences[match.sentence]!));
        } else leftOutBy.push(other.index);
      }
      // An outlet that tells it the way one of the reporters does, though not like the seed, reports it too.
      for (const k of [...leftOutBy]) {
        const via = reportedBy.map((r, i) => best[r]![told[i]!]![k]).find((match) => match && match.score >= ALIGNED);
        if (!via) continue;
        leftOutBy.splice(leftOutBy.indexOf(k), 1);
        reportedBy.push(k);
        told.push(via.sentence);
        inClaim[k]!.add(via.sentence);
        evidence.push(evidenceOf(articles[k]!, articles[k]!.sentences[via.sentence]!));
      }
      const r = reportedBy.length;
      const status = r * 2 > n ? 'common' : r === 1 && n >= 3 ? 'only' : 'partial';
      claims.push({ reportedBy, leftOutBy, status, evidence });
      seeds.push(seed);
    }
  }
  return { claims, seeds };
}

/**
 * 0–1: how much of what a sentence states appears nowhere in the given articles, by feature
 * weight. A claim whose terms the other outlet never uses is truly absent there; one whose
 * terms it uses elsewhere is more likely told in other words.
 */
function novelty(seed: SentenceFeatures, elsewhere: readonly Uint8Array[], weights: Float64Array): number {
  let absent = 0;
  for (const f of seed.ids) if (!elsewhere.some((used) => used[f] === 1)) absent += weights[f]!;
  return seed.weight === 0 ? 0 : absent / seed.weight;
}

/** 0–1: numbers, names and dates make a sentence a checkable fact; a quotation is a voice (voices.ts weighs those). */
function concreteness(seed: SentenceFeatures, text: string): number {
  const names = text.slice(1).match(/(?<=[\s(])\p{Lu}\p{Ll}+/gu)?.length ?? 0;
  const dated = /\b(?:1[89]|20)\d\d\b|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(text) ? 1 : 0;
  const score = Math.min(1, (2 * seed.numbers.length + names + dated) / 3);
  return /^["“‘]|["”]\s*$/u.test(text) ? score * 0.5 : score;
}

interface Scoring {
  n: number;
  /** `vocabulary[article][id]` is 1 when the article uses the feature numbered `id`, for novelty. */
  vocabulary: Uint8Array[];
  weights: Float64Array;
}

function uniqueFinding(claim: Claim, seed: SentenceFeatures, { vocabulary, weights }: Scoring): Finding {
  const outlet = claim.evidence[0]!.outlet;
  const others = vocabulary.filter((_, k) => k !== claim.reportedBy[0]);
  return {
    kind: 'unique-fact',
    outlets: [outlet],
    summary: `Only ${outlet} reports: “${clip(claim.evidence[0]!.sentence)}”`,
    evidence: claim.evidence,
    weight: 0.3 + 0.1 * novelty(seed, others, weights) + 0.2 * concreteness(seed, claim.evidence[0]!.sentence),
  };
}

function omissionFindings(
  claim: Claim,
  seed: SentenceFeatures,
  articles: readonly PreparedArticle[],
  { n, vocabulary, weights }: Scoring,
): Finding[] {
  const r = claim.reportedBy.length;
  const reporters = listOf(claim.evidence.map((e) => e.outlet));
  return claim.leftOutBy.map((k) => ({
    kind: 'omission',
    outlets: [articles[k]!.outlet],
    summary: `${articles[k]!.outlet} leaves out what ${reporters} report${r === 1 ? 's' : ''}: “${clip(claim.evidence[0]!.sentence)}”`,
    evidence: claim.evidence,
    weight:
      0.3 +
      0.1 * novelty(seed, [vocabulary[k]!], weights) +
      0.15 * concreteness(seed, claim.evidence[0]!.sentence) +
      0.15 * (n > 2 ? (r - 1) / (n - 2) : 0),
  }));
}

export function compareFacts(context: FramingContext): Analysis<FactSection> {
  const { articles } = context;
  const n = articles.length;
  const { claims, seeds } = claimsOf(context);
  if (n < 2) return { findings: [], section: { claims } };
  const { sentences, weights } = eventFeatures(context);
  const vocabulary = sentences.map((list) => {
    const used = new Uint8Array(weights.length);
    for (const s of list) for (const f of s.ids) used[f] = 1;
    return used;
  });
  const scoring: Scoring = { n, vocabulary, weights };
  const candidates: Finding[] = [];
  claims.forEach((claim, i) => {
    const r = claim.reportedBy.length;
    if (r === 1 && n >= 3) candidates.push(uniqueFinding(claim, seeds[i]!, scoring));
    // A fact most of the others tell is conspicuous by its absence; with two articles, either view is the same.
    if (r < n && r * 2 > n - 1) candidates.push(...omissionFindings(claim, seeds[i]!, articles, scoring));
  });
  return { findings: mostTelling(candidates), section: { claims } };
}

function mostTelling(candidates: Finding[]): Finding[] {
  const kept = new Map<string, number>();
  return candidates
    .sort((a, b) => b.weight - a.weight)
    .filter((finding) => {
      const key = `${finding.kind} ${finding.outlets[0]!}`;
      const count = kept.get(key) ?? 0;
      kept.set(key, count + 1);
      return count < MAX_PER_OUTLET;
    });
}
