import type { FindingKind } from '@/lib/framing';

/** Section titles in reading order: plain words, not the analysers' names. */
export const KIND_TITLES: Record<FindingKind, string> = {
  headline: 'Headlines',
  voice: 'Who is quoted',
  source: 'Sources cited',
  'unique-fact': 'Only here',
  omission: 'Left out',
  number: 'Numbers that disagree',
  word: 'Word choice',
  attribution: 'How speech is reported',
  tone: 'Tone (rough signal)',
};

export const KIND_ORDER = Object.keys(KIND_TITLES) as FindingKind[];
