/** Text analysis for event matching and framing: pure functions over strings, plain-JSON results. */
export { analyzeText, TEXT_ANALYSIS_VERSION, type AnalyzeInput, type EntityCount, type TextAnalysis } from './analyze';
export { CALENDAR_NAMES, datesMentioned, yearsMentioned } from './dates';
export { entities, entityKey, type Entity } from './entities';
export { bandKeys, fingerprint, fingerprintTokens, resemblance, type Fingerprint } from './fingerprint';
export { foldAccents, normalizeText } from './normalize';
export { numbers, type NumberMention } from './numbers';
export { splitSentences, type Sentence } from './sentences';
export { contentTerms, isStopWord, MAX_WORDS, stemEnglish, termsFromTokens, tokenize } from './tokens';
export { agencyName, wireCredits } from './wire';
export { nameIndex, type NameIndex, type NameMention, type Named } from './people';
export { quotes, type Quote, type Speaker, type SpeakerKind } from './quotes';
export { speechVerb, type SpeechVerb, type VerbTone } from './speech-verbs';
export { citedSources, type CitedSource, type SourceKind } from './sources';
export { hedges, type Hedge } from './hedges';
