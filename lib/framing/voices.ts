/**
 * Who each outlet lets speak, how often and at what length: the voices a story is told
 * through are a choice. Findings name a voice only one outlet carries, a voice most carry
 * but one leaves out, and an outlet whose balance between the shared voices differs
 * from the others'. Anonymous speakers are sources (sources.ts), not voices.
 */
import type { Quote, SpeakerKind } from '../text';
import { evidenceOf, uniqueEvidence } from './evidence';
import { wordCount } from '../text/quote-spans';
import { quotesOf } from './quotes-of';
import type { Analysis, Evidence, Finding, FramingContext, PreparedArticle } from './types';

export interface SpeakerVoice {
  /** Entity key, the same across outlets for one person ("Sergei"/"Sergey" folded). */
  key: string;
  name: string;
  kind: Exclude<SpeakerKind, 'anonymous'>;
  /** Quotations, direct and reported. */
  quotes: number;
  /** Word-for-word quotations. */
  direct: number;
  /** Words quoted word for word. */
  words: number;
  evidence: Evidence[];
}

export interface OutletVoices {
  article: number;
  outlet: string;
  /** Most quoted first. */
  speakers: SpeakerVoice[];
}

export interface VoiceSection {
  outlets: OutletVoices[];
  /** Every named speaker, quoted by most outlets first, with the articles that quote them. */
  speakers: { key: string; name: string; kind: SpeakerVoice['kind']; articles: number[] }[];
}

// An outlet's share of quotes for a shared voice must differ this much from the others' to be told.
const BALANCE_GAP = 0.25;
const MIN_BALANCE_QUOTES = 3;

/** One key per person across outlets: a surname alone joins the only full name that ends with it. */
function canonicalKeys(quotes: Quote[][]): Map<string, string> {
  const keys = new Set(quotes.flat().flatMap((q) => (q.speaker?.key ? [q.speaker.key] : [])));
  const map = new Map<string, string>();
  for (const key of keys) {
    if (key.includes(' ')) continue;
    const full = [...keys].filter((k) => k.endsWith(` ${key}`));
    if (full.length === 1) map.set(key, full[0]!);
  }
  return map;
}

function voicesOf(article: PreparedArticle, quotes: Quote[], canonical: Map<string, string>): OutletVoices {
  const byKey = new Map<string, SpeakerVoice>();
  for (const quote of quotes) {
    const speaker = quote.speaker;
    if (!speaker?.key || speaker.kind === 'anonymous') continue;
    const key = canonical.get(speaker.key) ?? speaker.key;
    let voice = byKey.get(key);
    if (!voice) {
      voice = { key, name: speaker.name, kind: speaker.kind, quotes: 0, direct: 0, words: 0, evidence: [] };
      byKey.set(key, voice);
    }
    if (speaker.name.length > voice.name.length) voice.name = speaker.name;
    voice.quotes++;
    if (quote.kind === 'direct') {
      voice.direct++;
      voice.words += wordCount(quote.text);
    }
    voice.evidence.push(evidenceOf(article, quote.sentence));
  }
  const speakers = [...byKey.values()].map((v) => ({ ...v, evidence: uniqueEvidence(v.evidence) }));
  speakers.sort((a, b) => b.quotes - a.quotes || b.words - a.words);
  return { article: article.index, outlet: article.outlet, speakers };
}

const times = (n: number) => `${n}×`;
const quoteCount = (v: SpeakerVoice) =>
  `${v.quotes} quote${v.quotes === 1 ? '' : 's'}${v.words > 0 ? `, ${v.words} word${v.words === 1 ? '' : 's'}` : ''}`;

function onlyOne(outlet: OutletVoices, voice: SpeakerVoice, others: number): Finding {
  const weight = 0.3 + 0.35 * Math.min(1, voice.words / 80 + voice.quotes / 10) * (voice.kind === 'person' ? 1 : 0.6);
  return {
    kind: 'voice',
    outlets: [outlet.outlet],
    summary: `Only ${outlet.outlet} quotes ${voice.name} (${quoteCount(voice)}).`,
    evidence: voice.evidence,
    weight: others > 1 ? weight : weight * 0.85,
  };
}

function leftOut(missing: OutletVoices, quoting: OutletVoices[], key: string, total: number): Finding {
  const voices = quoting.map((o) => o.speakers.find((s) => s.key === key)!);
  const name = voices[0]!.name;
  return {
    kind: 'voice',
    outlets: [missing.outlet],
    summary: `${missing.outlet} does not quote ${name}, whom ${quoting.length} of the ${total - 1} other outlets quote.`,
    evidence: voices.flatMap((v) => v.evidence.slice(0, 1)),
    weight: 0.25 + 0.3 * (quoting.length / (total - 1)),
  };
}

/** "Harbor Post quotes Lavrov 4×, Blinken 1×; the others quote both about equally." */
function balance(outlet: OutletVoices, others: OutletVoices[], shared: string[]): Finding | null {
  const own = shared.map((key) => outlet.speakers.find((s) => s.key === key)?.quotes ?? 0);
  const rest = shared.map((key) => others.reduce((sum, o) => sum + (o.speakers.find((s) => s.key === key)?.quotes ?? 0), 0));
  const ownTotal = own.reduce((a, b) => a + b, 0);
  const restTotal = rest.reduce((a, b) => a + b, 0);
  if (ownTotal < MIN_BALANCE_QUOTES || restTotal < MIN_BALANCE_QUOTES) return null;
  // Each other outlet weighs the same: one outlet that quotes a voice at length must not set "the others'" balance.
  const counted = others
    .map((o) => shared.map((key) => o.speakers.find((s) => s.key === key)?.quotes ?? 0))
    .filter((c) => c.some((n) => n > 0));
  const othersShare = shared.map((_, i) => counted.reduce((sum, c) => sum + c[i]! / c.reduce((a, b) => a + b, 0), 0) / counted.length);
  const gaps = shared.map((_, i) => own[i]! / ownTotal - othersShare[i]!);
  const top = gaps.indexOf(Math.max(...gaps));
  if (gaps[top]! < BALANCE_GAP) return null;
  const names = shared.map(
    (key) => outlet.speakers.find((s) => s.key === key)?.name ?? others.flatMap((o) => o.speakers).find((s) => s.key === key)!.name,
  );
  const order = shared.map((_, i) => i).sort((a, b) => own[b]! - own[a]! || rest[b]! - rest[a]!);
  const surname = (i: number) => names[i]!.split(' ').at(-1)!;
  const ownList = order.map((i) => `${surname(i)} ${times(own[i]!)}`).join(', ');
  const even = shared.length === 2 && Math.abs(othersShare[0]! - othersShare[1]!) <= 0.25;
  const restList = even
    ? 'the others quote both about equally'
    : `the others ${order.map((i) => `${surname(i)} ${times(rest[i]!)}`).join(', ')}`;
  const voice = outlet.speakers.find((s) => s.key === shared[top])!;
  return {
    kind: 'voice',
    outlets: [outlet.outlet],
    summary: `${outlet.outlet} quotes ${ownList}; ${restList}.`,
    evidence: voice.evidence,
    weight: Math.min(0.8, 0.3 + 0.8 * gaps[top]!),
  };
}

export function compareVoices(context: FramingContext): Analysis<VoiceSection> {
  const { articles } = context;
  const quotes = articles.map(quotesOf);
  const canonical = canonicalKeys(quotes);
  const outlets = articles.map((article, i) => voicesOf(article, quotes[i]!, canonical));
  const all = new Map<string, VoiceSection['speakers'][number]>();
  for (const o of outlets) {
    for (const s of o.speakers) {
      const entry = all.get(s.key) ?? { key: s.key, name: s.name, kind: s.kind, articles: [] };
      if (s.name.length > entry.name.length) entry.name = s.name;
      entry.articles.push(o.article);
      all.set(s.key, entry);
    }
  }
  const speakers = [...all.values()].sort((a, b) => b.articles.length - a.articles.length);
  const findings: Finding[] = [];
  if (articles.length > 1) {
    for (const speaker of speakers) {
      const quoting = outlets.filter((o) => speaker.articles.includes(o.article));
      if (quoting.length === 1 && speaker.kind === 'person') {
        findings.push(
          onlyOne(
            quoting[0]!,
            quoting[0]!.speakers.find((s) => s.key === speaker.key)!,
            articles.length - 1,
          ),
        );
      }
      // A voice most outlets carry and one leaves out (needs at least three outlets to mean anything).
      if (articles.length >= 3 && speaker.kind === 'person' && quoting.length >= Math.max(2, (articles.length - 1) * 0.66)) {
        for (const missing of outlets.filter((o) => !speaker.articles.includes(o.article) && o.speakers.length > 0)) {
          findings.push(leftOut(missing, quoting, speaker.key, articles.length));
        }
      }
    }
    const shared = speakers.filter((s) => s.articles.length >= 2 && s.kind === 'person').map((s) => s.key);
    if (shared.length >= 2) {
      for (const o of outlets) {
        const finding = balance(
          o,
          outlets.filter((x) => x !== o),
          shared.slice(0, 4),
        );
        if (finding) findings.push(finding);
      }
    }
  }
  return { findings, section: { outlets, speakers } };
}
