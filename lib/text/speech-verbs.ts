/**
 * The verbs that introduce speech in English news prose, by lemma, with how much they
 * say beyond "said". Journalism style guides (AP, Reuters) treat "said" as the neutral
 * verb; "claimed", "admitted", "insisted" and their kin tell the reader what to make of
 * the words, which is what the attribution analyser compares between outlets.
 */

/** neutral: "said", "told", "added". loaded: casts doubt or concession on the words. */
export type VerbTone = 'neutral' | 'loaded';

const NEUTRAL = `say tell add state explain note ask answer reply continue announce confirm write
  tweet recall describe report respond comment testify observe remark call urge praise repeat
  predict warn declare stress emphasize emphasise vow pledge promise argue plead deny
  conclude mention recount question refer term nickname`.split(/\s+/);
const LOADED = `claim allege admit concede insist acknowledge boast complain charge counter
  contend maintain lament quip joke grumble brag rant scoff sneer assert proclaim threaten
  blast slam accuse dub label brand dismiss`.split(/\s+/);

// Irregular and consonant-doubling forms; the rest follow -s / -ed / -ing.
const IRREGULAR: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'writing', 'written'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  reply: ['reply', 'replies', 'replied', 'replying'],
  testify: ['testify', 'testifies', 'testified', 'testifying'],
  admit: ['admit', 'admits', 'admitted', 'admitting'],
  quip: ['quip', 'quips', 'quipped', 'quipping'],
  brag: ['brag', 'brags', 'bragged', 'bragging'],
  slam: ['slam', 'slams', 'slammed', 'slamming'],
  refer: ['refer', 'refers', 'referred', 'referring'],
  dub: ['dub', 'dubs', 'dubbed', 'dubbing'],
  label: ['label', 'labels', 'labeled', 'labelled', 'labeling', 'labelling'],
};

// Lemmas that are also common nouns ("state media", "the claims", "a report"): only their
// past and -ing forms are read as speech.
const NOUN_LIKE = new Set(
  `state report call charge counter comment answer reply note claim joke remark vow pledge
   promise praise tweet repeat respond quip rant blast slam boast question mention
   term label brand nickname`.split(/\s+/),
);

function formsOf(lemma: string): string[] {
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  return IRREGULAR[lemma] ?? [lemma, lemma.endsWith('s') || lemma.endsWith('sh') ? `${lemma}es` : `${lemma}s`, `${stem}ed`, `${stem}ing`];
}

/** A written form of a speech verb, before the word in front of it is checked (see {@link speechVerb}). */
export interface VerbForm {
  lemma: string;
  tone: VerbTone;
  /** A form that is also a noun ("claims", "report"): a verb only after a pronoun or a name. */
  nounForm: boolean;
}

const LEMMA = new Map<string, VerbForm>();
for (const [list, tone] of [
  [NEUTRAL, 'neutral'],
  [LOADED, 'loaded'],
] as const) {
  for (const lemma of list) {
    formsOf(lemma).forEach((form, i) => LEMMA.set(form, { lemma, tone, nounForm: NOUN_LIKE.has(lemma) && i < 2 }));
  }
}

// Every form is lower-case ASCII, and lower-casing a word that comes out ASCII keeps its
// length and turns only A–Z (and the Kelvin sign, to "k") into a–z: a word of another length
// or first letter is no form, and most words are turned away without lower-casing and hashing them.
const FORM_LENGTH = { min: Infinity, max: 0 };
const FORM_START = new Uint8Array(128);
for (const form of LEMMA.keys()) {
  FORM_LENGTH.min = Math.min(FORM_LENGTH.min, form.length);
  FORM_LENGTH.max = Math.max(FORM_LENGTH.max, form.length);
  FORM_START[form.charCodeAt(0)] = 1;
}

/** Whether `word` could be a form: the right length, and a first letter some form has in lower case. */
function mayBeForm(word: string): boolean {
  if (word.length < FORM_LENGTH.min || word.length > FORM_LENGTH.max) return false;
  const code = word.charCodeAt(0);
  const lower = code >= 65 && code <= 90 ? code | 32 : code === 0x212a ? 107 : code;
  return lower < 128 && FORM_START[lower] === 1;
}

export interface SpeechVerb {
  lemma: string;
  tone: VerbTone;
}

/**
 * The lemma and tone of a speech verb form ("claimed" → claim, loaded), or undefined. Pass
 * the word before it so that "he claims" is a verb and "the claims" is not.
 */
export function speechVerb(word: string, previous?: string): SpeechVerb | undefined {
  return speechVerbOfForm(verbForm(word), previous);
}

/** The speech verb form a word is, if any: readers that meet each word several times look it up once. */
export function verbForm(word: string): VerbForm | undefined {
  return mayBeForm(word) ? LEMMA.get(word.toLowerCase()) : undefined;
}

/** {@link speechVerb} of a form already looked up. */
export function speechVerbOfForm(entry: VerbForm | undefined, previous?: string): SpeechVerb | undefined {
  if (!entry) return undefined;
  if (entry.nounForm && !(previous && (/^(?:he|she|they|it|who|also|i|we)$/i.test(previous) || /^\p{Lu}/u.test(previous))))
    return undefined;
  return { lemma: entry.lemma, tone: entry.tone };
}

/**
 * Verbs that only introduce speech before a quotation or a "that" clause; elsewhere they
 * describe ("called the talks…" is speech before a quote, "called the police" is not).
 */
export const FRAME_ONLY = new Set([
  'call',
  'describe',
  'praise',
  'repeat',
  'urge',
  'continue',
  'respond',
  'comment',
  'threaten',
  'blast',
  'slam',
  // Verbs of naming: speech only when they introduce the name they give ("dubbed him “…”").
  'refer',
  'term',
  'nickname',
  'dub',
  'label',
  'brand',
  'dismiss',
]);
