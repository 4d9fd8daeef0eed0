/**
 * The sources an article cites besides the people it quotes: wire agencies it credits,
 * outlets it attributes to ("told ZDF", "Reuters reported"), documents ("records seen by
 * the Ledger", "court documents") and anonymous sources ("officials said", "a source
 * familiar with…", "speaking on condition of anonymity").
 */
import { entityKey } from './entity-key';
import type { Quote } from './quotes';
import { splitSentences, type Sentence } from './sentences';
import { agencyName, wireCredits } from './wire';

export type SourceKind = 'agency' | 'outlet' | 'document' | 'anonymous' | 'organisation' | 'person';

export interface CitedSource {
  /** As the article names it: "AP", "ZDF", "records seen by the Ledger", "officials in Vessgrad". */
  name: string;
  /** Comparable across articles: the agency's canonical name, an entity key, or the document's head noun. */
  key: string;
  kind: SourceKind;
  /** How the article cites it. */
  via: 'credit' | 'according-to' | 'told' | 'reported' | 'document' | 'anonymous';
  /** The words that name the source. */
  start: number;
  end: number;
}

const MEDIA =
  /\b(?:news|times|post|press|journal|herald|tribune|monitor|courier|gazette|telegraph|guardian|daily|weekly|radio|television|tv|broadcasting|network|magazine|ledger|vestnik|wire|cnn|bbc|nbc|cbs|abc|fox|msnbc|cnbc|npr|zdf|ard)\b/i;
const DOCUMENT =
  /^(?:report|reports|documents?|records?|figures|data|study|statement|filing|papers|memo|letter|survey|poll|transcript|audit|estimates?|counts|analysis|indictment|complaint|lawsuit)$/i;
const ANONYMOUS =
  /^(?:officials?|sources?|people|persons?|diplomats?|aides?|officers?|insiders?|residents?|witnesses|analysts?|experts?|staff|employees?|members?|critics?|observers?)$/i;
// Each phrase with words every match holds: a text without them is not searched with the
// phrase, which tries its alternation at every word of the text. (A cue is the phrase without
// its optional start, or the literal words it cannot match without.)
const ANONYMOUS_PHRASES: [RegExp, RegExp?][] = [
  [
    /\b(?:(?:a|an|two|three|several)\s)?(?:[\p{L}-]+\s)?(?:sources?|officials?|people|person|diplomats?|aides?|insiders?)\s(?:familiar with|close to|with (?:direct )?knowledge of|briefed on|involved in)\b/giu,
    /(?:sources?|officials?|people|person|diplomats?|aides?|insiders?)\s(?:familiar with|close to|with (?:direct )?knowledge of|briefed on|involved in)\b/iu,
  ],
  [/\b(?:speaking|spoke) on (?:the )?condition of anonymity\b/gi],
  [/\bwho (?:asked|declined|spoke on condition) (?:not )?to be (?:named|identified)\b/gi],
  [/\b(?:declined|refused) to give (?:his|her|their) names?\b/gi],
];
// "Records seen by the Ledger show…", "Data from the regional water authority show…", "court documents".
// Either case for the first letter: "Records seen by…" opens sentences, "court documents" does not.
const anyCase = (words: string) => words.replace(/\b(\p{Ll})/gu, (c) => `[${c}${c.toUpperCase()}]`);
const DOCUMENT_HEADS = anyCase('documents|records|figures|data|study|report|filing|papers|memo|counts|estimates|survey|audit');
const DOCUMENT_NAMED = anyCase(
  'court documents|court papers|court filings|police records|budget documents|leaked documents|internal documents',
);
const DOCUMENT_PHRASE = new RegExp(
  `\\b((?:court|budget|police|internal|official|government|city|leaked|\\p{Lu}[\\p{L}\u2019']*)\\s)?(${DOCUMENT_HEADS})\\s(?:seen|obtained|published|released|reviewed|filed)\\sby\\s((?:the\\s)?[\\p{L}\u2019' -]{2,40}?)(?=[,.;]|\\s(?:show|showed|shows|say|said|says|suggest|indicate)\\b)|\\b(${DOCUMENT_NAMED})\\b`,
  'gu',
);
const DOCUMENT_CUE = /\s(?:seen|obtained|published|released|reviewed|filed)\sby\s|[dD]ocuments|[pP]apers|[fF]ilings|[rR]ecords/u;
const TOLD = /\btold\s((?:the\s)?\p{Lu}[\p{L}.&'-]*(?:\s\p{Lu}[\p{L}.&'-]*){0,3})/gu;
const REPORTED_BY =
  /\b((?:the\s)?\p{Lu}[\p{L}.&'-]*(?:\s\p{Lu}[\p{L}.&'-]*){0,3})\s(?:reported|reports|first reported|has learned|had learned|has reported)\b|\breported by\s((?:the\s)?\p{Lu}[\p{L}.&'-]*(?:\s\p{Lu}[\p{L}.&'-]*){0,3})/gu;
const REPORTED_CUE = /\s(?:reported|reports|first reported|has learned|had learned|has reported)\b|\breported by\s/u;

const bare = (name: string) => name.replace(/^the\s+/i, '').trim();

function mediaKind(name: string, outlets: readonly string[]): SourceKind | null {
  if (agencyName(bare(name))) return 'agency';
  // "the network", "the newspaper": a description, not a name.
  if (!/\p{Lu}/u.test(bare(name))) return null;
  const key = entityKey(bare(name));
  if (outlets.some((o) => entityKey(o.replace(/^the\s+/i, '')) === key) || MEDIA.test(name) || /^\p{Lu}{2,5}$/u.test(bare(name)))
    return 'outlet';
  return null;
}

function sourceKey(name: string, kind: SourceKind): string {
  if (kind === 'agency') return agencyName(bare(name)) ?? entityKey(name);
  if (kind === 'anonymous') return 'anonymous';
  return entityKey(bare(name));
}

function headOf(phrase: string): string {
  const head = phrase.split(/\s+(?:seen|obtained|published|released|reviewed|filed|from|by|of|in|at)\s/)[0]!;
  return head.split(/\s+/).at(-1) ?? '';
}

/** "figures seen by the Courier" and "according to figures seen by the Courier" meet as "figure bi courir". */
function documentKey(phrase: string): string {
  const by = /\sby\s(.+)$/.exec(phrase);
  return entityKey(`${headOf(phrase)}${by ? ` by ${bare(by[1]!)}` : ''}`);
}

// A dateline credit: "LORN, Calderra (Continental Wire) —", "BRANNOCK, Nov 17 (KPA) —".
const DATELINE_CREDIT = /\((\p{Lu}[\p{L}. &'-]{1,40})\)\s?[\u2014\u2013:-]/gu;

/**
 * Sources cited in `text`, in reading order. `quotes` are the text's quotations (from
 * quotes()), whose "according to" phrases and anonymous speakers count as sources;
 * `outlets` are outlet names the caller knows (the compared articles' outlets); `sentences`
 * are splitSentences(text), when the caller has them.
 */
export function citedSources(
  text: string,
  quotes: readonly Quote[],
  outlets: readonly string[] = [],
  sentences: readonly Sentence[] = splitSentences(text),
): CitedSource[] {
  const out: CitedSource[] = [];
  const add = (name: string, kind: SourceKind, via: CitedSource['via'], start: number) =>
    out.push({
      name: name.replace(/[.,;:]+$/, ''),
      key: sourceKey(name, kind),
      kind,
      via,
      start,
      end: start + name.length,
    });

  for (const agency of wireCredits(text)) {
    const at = text.search(new RegExp(`\\((?:[^)]*\\b)?${agency}\\b|\\b${agency}\\b`));
    add(agency, 'agency', 'credit', Math.max(0, at));
  }
  for (const m of text.matchAll(DATELINE_CREDIT)) {
    const kind = agencyName(m[1]!) ? null : mediaKind(m[1]!, outlets);
    if (kind) add(m[1]!, kind, 'credit', m.index + 1);
  }
  for (const m of text.matchAll(TOLD)) {
    const name = m[1]!;
    const kind = mediaKind(name, outlets);
    if (kind) add(name, kind, 'told', m.index + m[0].length - name.length);
  }
  for (const m of REPORTED_CUE.test(text) ? text.matchAll(REPORTED_BY) : []) {
    const name = (m[1] ?? m[2])!;
    const kind = mediaKind(name, outlets);
    if (kind && !/^(?:he|she|it|they)$/i.test(name)) add(name, kind, 'reported', m.index + m[0].indexOf(name));
  }
  for (const m of DOCUMENT_CUE.test(text) ? text.matchAll(DOCUMENT_PHRASE) : []) {
    const name = m[0].trim();
    const by = m[3] ? ` by ${bare(m[3])}` : '';
    out.push({
      name,
      key: entityKey(`${m[2] ?? m[4]}${by}`),
      kind: 'document',
      via: 'document',
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  for (const [pattern, cue] of ANONYMOUS_PHRASES) {
    if (cue && !cue.test(text)) continue;
    for (const m of text.matchAll(pattern))
      out.push({ name: m[0], key: 'anonymous', kind: 'anonymous', via: 'anonymous', start: m.index, end: m.index + m[0].length });
  }
  for (const q of quotes) {
    if (!q.speaker || q.verbStart === null) continue;
    const according = /^according$/i.test(q.verb ?? '');
    const head = headOf(q.speaker.name);
    const start = according ? q.verbStart : Math.max(0, text.lastIndexOf(q.speaker.name, q.verbStart));
    if (according) {
      const first = q.speaker.name.split(/\s+/)[0]!;
      const kind: SourceKind = DOCUMENT.test(head)
        ? 'document'
        : (mediaKind(q.speaker.name, outlets) ??
          mediaKind(first, outlets) ??
          (ANONYMOUS.test(head) ? 'anonymous' : q.speaker.kind === 'anonymous' ? 'organisation' : q.speaker.kind));
      // "according to KPA reporters at the scene": the outlet is the source.
      const name = kind === 'outlet' && !mediaKind(q.speaker.name, outlets) ? first : q.speaker.name;
      const key = kind === 'document' ? documentKey(name) : sourceKey(name, kind);
      out.push({ name, key, kind, via: 'according-to', start, end: start + name.length });
    } else if (q.speaker.kind === 'anonymous' && ANONYMOUS.test(head)) {
      out.push({ name: q.speaker.name, key: 'anonymous', kind: 'anonymous', via: 'anonymous', start, end: start + q.speaker.name.length });
    }
  }
  // One citation of a source per sentence: "a source familiar with the talks said" is found
  // twice, and "a Calderran official, speaking on condition of anonymity, said" is one source.
  out.sort((a, b) => a.start - b.start);
  const sentenceOf = (offset: number) => sentences.findIndex((s) => offset < s.end);
  const seen = new Set<string>();
  return out.filter((s) => {
    const id = `${s.key}:${sentenceOf(s.start)}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
