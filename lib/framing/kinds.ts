import type { FindingKind } from './types';

/** Every kind of finding in reading order, with the heading a reader sees above it. */
export const FINDING_KINDS: readonly { kind: FindingKind; title: string }[] = [
  { kind: 'headline', title: 'Headlines' },
  { kind: 'voice', title: 'Who is quoted' },
  { kind: 'source', title: 'Sources cited' },
  { kind: 'unique-fact', title: 'Only here' },
  { kind: 'omission', title: 'Left out' },
  { kind: 'number', title: 'Numbers that disagree' },
  { kind: 'word', title: 'Word choice' },
  { kind: 'attribution', title: 'How speech is reported' },
  { kind: 'tone', title: 'Tone (a rough signal)' },
];
