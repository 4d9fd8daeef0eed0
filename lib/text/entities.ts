/**
 * Named entities from capitalised word sequences: no model, just the conventions of
 * English news prose (titles before names, surnames alone on later mentions). Good enough
 * to compare who appears in two articles; not a full NER.
 */
import { entityKey } from './entity-key';
import { capitalisedWords, type Capitalised, type CapWord } from './capitalised';
import { CALENDAR_NAMES } from './dates';
import { stopWordsFor } from './stop-words';

export { entityKey };

export interface Entity {
  /** Spelling-tolerant key (see entityKey); equal keys across texts mean the same name. */
  key: string;
  /** The fullest form seen, e.g. "Sergei Lavrov" even when later written "Mr. Lavrov". */
  name: string;
  /** Mentions, surname-only ones included. */
  count: number;
  /** Offset of the first mention in the given text. */
  firstOffset: number;
}

// Words that introduce a name and are not part of it. Dropped with everything before
// them in the run: "Russian Foreign Minister Sergei Lavrov" → "Sergei Lavrov".
const TITLES = new Set(
  `mr mrs ms mx miss dr prof sen senator rep representative gov governor gen lt col maj capt
   cmdr adm admiral sgt cpl pvt det detective insp inspector supt officer deputy sheriff
   chief mayor judge justice president vice premier minister secretary chancellor ambassador
   attorney commissioner spokesman spokeswoman spokesperson director chairman chairwoman
   chair ceo king queen prince princess pope rev reverend father sir dame lord lady sheikh
   emir ayatollah coach trooper sergeant lieutenant captain colonel major corporal
   councilman councilwoman congressman congresswoman assemblyman assemblywoman pastor
   bishop cardinal archbishop dean professor editor publisher founder anchor host columnist
   correspondent analyst strategist adviser advisor leader whip speaker candidate nominee
   presidents senators ministers governors general`.split(/\s+/),
);
// Words between a title and the name ("Secretary of State Antony Blinken").
const TITLE_TAIL = new Set(`of the state general foreign defense defence interior finance prime`.split(' '));
// A title followed by one of these is the name of an institution: keep it whole.
const INSTITUTION = new Set(
  `department ministry office house court council committee party league club school college
   university hospital center centre church district agency service services bureau board
   commission assembly motors electric dynamics hospital staff counsel`.split(/\s+/),
);
const CALENDAR = new Set([...CALENDAR_NAMES, ...'jan feb mar apr jun jul aug sep sept oct nov dec'.split(' ')]);

interface Mention {
  key: string;
  name: string;
  words: number;
  offset: number;
  /** A lone capitalised word opening a sentence in the shape of an adverb ("Indeed,"): kept only if it is a known name. */
  weak: boolean;
}

// Capitalised only because they open a sentence; news text may never write them in lower case.
const COMMON_OPENERS = new Set(
  `police officials authorities witnesses residents investigators prosecutors officers
   firefighters doctors neighbors neighbours students parents family friends several
   another both each every many most some no none one two three four five six seven eight
   nine ten officer victims suspects hundreds thousands dozens inside outside across despite
   during following throughout beyond near within without toward towards upon amid earlier
   later meanwhile elsewhere today tonight now here still yet instead overall asked`.split(/\s+/),
);

/** Lower case, a final period dropped ("Sen." → "sen"). */
function bare(word: string): string {
  const lower = word.toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

// Party-and-state tags of US politicians: "(R-Ariz.)", "(D-N.Y.)".
const PARTY_TAG = /^[RDI]-\p{Lu}/u;
// Sentence adverbs and participles: "Indeed, …", "Speaking to reporters, …", "Shortly after…".
const OPENER_SHAPE = /(?:ly|ing)$/;

/** The name inside a run of capitalised words, or null when none is left. */
function nameOf(text: string, run: CapWord[], lowerVocab: ReadonlySet<string>, stop: ReadonlySet<string>): CapWord[] | null {
  let words = run.filter((w) => !PARTY_TAG.test(w.text));
  // Leading function words ("The", "But", "In") and, at a sentence start, any word the
  // text also uses in lower case ("Police said…", "Four teens…").
  while (words.length > 0) {
    const w = bare(words[0]!.text);
    const initial = words[0]!.sentenceInitial;
    if (stop.has(w) || CALENDAR.has(w) || (initial && (lowerVocab.has(w) || COMMON_OPENERS.has(w)))) words = words.slice(1);
    else break;
  }
  while (words.length > 0 && CALENDAR.has(bare(words[words.length - 1]!.text))) words = words.slice(0, -1);
  let title = -1;
  for (let i = 0; i < words.length; i++) if (TITLES.has(bare(words[i]!.text))) title = i;
  if (title >= 0) {
    let rest = title + 1;
    while (rest < words.length && TITLE_TAIL.has(bare(words[rest]!.text))) rest++;
    if (rest >= words.length) return null; // "the Foreign Minister said"
    if (!INSTITUTION.has(bare(words[rest]!.text))) words = words.slice(rest);
  }
  while (words.length > 0 && stop.has(bare(words[words.length - 1]!.text))) words = words.slice(0, -1);
  if (words.length === 0) return null;
  if (words.length === 1 && words[0]!.text.replace(/\./g, '').length < 2) return null;
  return words;
}

/**
 * Entities in order of first mention, surname-only mentions merged into the full name.
 * `capitals` may be passed when the caller has already read them from `text` (framing
 * reads them once per article for entities and quotes alike).
 */
export function entities(text: string, lang?: string | null, capitals: Capitalised = capitalisedWords(text)): Entity[] {
  const { runs, lowerVocab } = capitals;
  const stop = stopWordsFor(lang);
  const mentions: Mention[] = [];
  for (const run of runs) {
    const words = nameOf(text, run, lowerVocab, stop);
    if (!words) continue;
    // The name as written, so "J. R. Smith" keeps its periods.
    const name = text.slice(words[0]!.start, words[words.length - 1]!.end).replace(/\s+/g, ' ');
    const key = entityKey(name);
    const only = words.length === 1 ? words[0]! : null;
    const weak = only !== null && only.sentenceInitial && (OPENER_SHAPE.test(only.text) || text[only.end] === ',');
    if (key) mentions.push({ key, name, words: words.length, offset: words[0]!.start, weak });
  }
  return aggregate(mentions);
}

function aggregate(mentions: Mention[]): Entity[] {
  // Full names by their last word, in order of appearance, to resolve "Lavrov" → "Sergei Lavrov".
  const bySurname = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (m.words < 2) continue;
    const last = m.key.slice(m.key.lastIndexOf(' ') + 1);
    const list = bySurname.get(last);
    if (!list) bySurname.set(last, [m]);
    else if (!list.some((x) => x.key === m.key)) list.push(m);
  }
  const strong = new Set(mentions.filter((m) => !m.weak).map((m) => m.key));
  const out = new Map<string, Entity>();
  for (const m of mentions) {
    if (m.weak && !strong.has(m.key) && !bySurname.has(m.key)) continue; // "Indeed," but not "Lavrov, speaking…"
    let key = m.key;
    let name = m.name;
    const full = m.words === 1 ? bySurname.get(key) : undefined;
    if (full) {
      // Two Clintons: the one named most recently before this mention, else the first.
      const chosen = full.filter((f) => f.offset <= m.offset).pop() ?? full[0]!;
      key = chosen.key;
      name = chosen.name;
    }
    const entity = out.get(key);
    if (!entity) out.set(key, { key, name, count: 1, firstOffset: m.offset });
    else {
      entity.count++;
      if (m.offset < entity.firstOffset) entity.firstOffset = m.offset;
    }
  }
  return [...out.values()].sort((a, b) => a.firstOffset - b.firstOffset);
}
