/** Framing comparison: what articles on one event tell differently, with the sentences that show it. */
export { compareArticles, MAX_ARTICLES, type ComparedArticle, type Comparison, type CompareOptions } from './compare';
export type { BackgroundCounts, Evidence, Finding, FindingKind, FramingArticle } from './types';
export type { AttributionSection, HedgeUse, OutletAttribution, VerbUse } from './attribution';
export type { OutletSources, SourceRow, SourceSection } from './sources';
export type { OutletVoices, SpeakerVoice, VoiceSection } from './voices';
