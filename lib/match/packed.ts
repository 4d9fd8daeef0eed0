import type { DocumentFrequencies } from './idf';
import type { MatchDoc } from './types';

/**
 * A stored article as the in-memory index keeps it: one Int32Array of
 * vocabulary ids, sorted within each section so two articles compare by a
 * merge, never a hash lookup. About 1 KB an article, against ~20 KB for the
 * same MatchDoc as string-keyed records.
 *
 * Layout: a header of section lengths, then the sections in SECTIONS order.
 * Head and body terms carry their count in the low 6 bits (id << 6 | count),
 * entities a "named in title or lede" flag above it (id << 7 | lead << 6 |
 * count); dates are day numbers; the fingerprint packs two 16-bit minima an int.
 */
export interface PackedDoc {
  id: number;
  outlet: number;
  /** Days since 1970-01-01, or -1 without a published date. */
  day: number;
  lang: number;
  data: Int32Array;
}

export const SECTIONS = ['title', 'head', 'body', 'entities', 'numbers', 'dates', 'wire', 'fingerprint'] as const;
export type Section = (typeof SECTIONS)[number];
const HEADER = SECTIONS.length;
const COUNT = 63;

/** Entities and numbers share the term table under prefixes no term has. */
export const entityTerm = (key: string) => `@${key}`;
export const numberTerm = (n: string) => `#${n}`;
export const wireTerm = (w: string) => `~${w}`;
const DAY_MS = 86_400_000;

export const section = (doc: PackedDoc, name: Section): Int32Array => {
  const at = SECTIONS.indexOf(name);
  let start = HEADER;
  for (let i = 0; i < at; i++) start += doc.data[i]!;
  return doc.data.subarray(start, start + doc.data[at]!);
};

/** Start and end offsets of every section, for loops that read several. */
export function offsets(doc: PackedDoc): Int32Array {
  const out = new Int32Array(HEADER + 1);
  out[0] = HEADER;
  for (let i = 0; i < HEADER; i++) out[i + 1] = out[i]! + doc.data[i]!;
  return out;
}

const byId = (a: number, b: number) => a - b;
const counted = (shift: number) => (entries: [number, number][]) =>
  entries.sort((a, b) => a[0] - b[0]).map(([id, count]) => (id << shift) | Math.min(count, COUNT));

export function pack(doc: MatchDoc, vocabulary: DocumentFrequencies, outlets: (name: string) => number): PackedDoc {
  const ids = (terms: readonly string[]) => [...new Set(terms.map((t) => vocabulary.intern(t)))].sort(byId);
  const head = counted(6)(Object.entries(doc.head).map(([t, c]) => [vocabulary.intern(t), c]));
  const body = counted(6)(Object.entries(doc.body).map(([t, c]) => [vocabulary.intern(t), c]));
  const lead = new Set(doc.headEntities);
  const entities = Object.entries(doc.entities)
    .map(([key, c]) => [vocabulary.intern(entityTerm(key)), c, lead.has(key) ? 1 : 0] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([id, c, l]) => (id << 7) | (l << 6) | Math.min(c, COUNT));
  const dates = [...new Set(doc.dates.map((d) => Math.floor(Date.parse(d) / DAY_MS)).filter((d) => !Number.isNaN(d)))].sort(byId);
  const fp = doc.fingerprint;
  const fingerprint = Array.from({ length: Math.ceil(fp.length / 2) }, (_, i) => ((fp[2 * i]! & 0xffff) << 16) | (fp[2 * i + 1]! & 0xffff));
  const parts: Record<Section, number[]> = {
    title: ids(doc.title),
    head,
    body,
    entities,
    numbers: ids(doc.numbers.map(numberTerm)),
    dates,
    wire: ids(doc.wire.map(wireTerm)),
    fingerprint,
  };
  const data = new Int32Array(HEADER + SECTIONS.reduce((n, s) => n + parts[s].length, 0));
  let at = HEADER;
  SECTIONS.forEach((s, i) => {
    data[i] = parts[s].length;
    data.set(parts[s], at);
    at += parts[s].length;
  });
  return { id: doc.id, outlet: outlets(doc.outlet), day: doc.day ?? -1, lang: vocabulary.intern(`lang:${doc.lang ?? ''}`), data };
}

/** The distinct term ids a stored article contributes to document frequencies. */
export function countedIds(doc: PackedDoc): number[] {
  const out = new Set<number>();
  for (const x of section(doc, 'head')) out.add(x >>> 6);
  for (const x of section(doc, 'body')) out.add(x >>> 6);
  for (const x of section(doc, 'entities')) out.add(x >>> 7);
  for (const x of section(doc, 'numbers')) out.add(x);
  return [...out];
}

/** The 64 16-bit minima back. */
export function fingerprintOf(doc: PackedDoc): number[] {
  const out: number[] = [];
  for (const x of section(doc, 'fingerprint')) out.push((x >>> 16) & 0xffff, x & 0xffff);
  return out;
}

/** A MatchDoc again, for callers that store or show one (names are the first spelling the matcher saw). */
export function unpack(
  doc: PackedDoc,
  vocabulary: DocumentFrequencies,
  outletName: string,
  names: (id: number) => string | undefined,
): MatchDoc {
  const term = (id: number) => vocabulary.term(id);
  const unprefix = (id: number) => term(id).slice(1);
  const withCounts = (s: Int32Array, shift: number, name: (id: number) => string) =>
    Object.fromEntries([...s].map((x) => [name(x >>> shift), x & COUNT]));
  const entities = [...section(doc, 'entities')];
  const lang = term(doc.lang).slice('lang:'.length);
  return {
    id: doc.id,
    outlet: outletName,
    day: doc.day < 0 ? null : doc.day,
    lang: lang || null,
    title: [...section(doc, 'title')].map(term),
    head: withCounts(section(doc, 'head'), 6, term),
    body: withCounts(section(doc, 'body'), 6, term),
    entities: withCounts(section(doc, 'entities'), 7, unprefix),
    headEntities: entities.filter((x) => x & 64).map((x) => unprefix(x >>> 7)),
    names: Object.fromEntries(entities.map((x) => [unprefix(x >>> 7), names(x >>> 7) ?? unprefix(x >>> 7)])),
    numbers: [...section(doc, 'numbers')].map(unprefix),
    dates: [...section(doc, 'dates')].map((d) => new Date(d * DAY_MS).toISOString().slice(0, 10)),
    wire: [...section(doc, 'wire')].map(unprefix),
    fingerprint: fingerprintOf(doc),
  };
}
