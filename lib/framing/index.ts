/** Framing comparison: what articles on one event tell differently, with the sentences that show it. */
export { compareArticles, MAX_ARTICLES, type ComparedArticle, type Comparison, type CompareOptions } from './compare';
export type { BackgroundCounts, Evidence, Finding, FindingKind, FramingArticle } from './types';
export type { AttributionSection, HedgeUse, OutletAttribution, VerbUse } from './attribution';
export type { OutletSources, SourceRow, SourceSection } from './sources';
export type { OutletVoices, SpeakerVoice, VoiceSection } from './voices';
export type { Claim, FactSection } from './facts';
export type { NumberGroup, NumberSection } from './numbers';
export type { ToneCell, ToneSection } from './tone';
export type { DistinctiveWord, WordSection } from './words';
export type { NameChoice } from './names';
