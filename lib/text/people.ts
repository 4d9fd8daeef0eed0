/**
 * The people and organisations a text names, mention by mention, with the roles and
 * gender the text gives them: what quote attribution needs to turn "he", "the minister"
 * or "Mr. Lavrov" into a name. News prose introduces a person once in full ("Foreign
 * Minister Sergei Lavrov", "Oskar Brandt, director of…") and refers back by surname,
 * title or pronoun; this index keeps exactly what those references need.
 */
import { capitalisedWords, type Capitalised, type CapWord } from './capitalised';
import { CALENDAR_NAMES } from './dates';
import { entityKey } from './entity-key';
import { stopWordsFor } from './stop-words';

export type NameKind = 'person' | 'organisation';
export type Gender = 'm' | 'f';

export interface NameMention {
  /** entityKey of the full name this mention resolves to ("Lavrov" → "sergei lavrov"). */
  key: string;
  /** The fullest form the text uses. */
  name: string;
  kind: NameKind;
  start: number;
  end: number;
  /** After a preposition ("the Institute for Regional Affairs", "met with Kovin"): rarely what "he" refers to. */
  oblique: boolean;
}

export interface Named {
  key: string;
  name: string;
  kind: NameKind;
  gender?: Gender;
  /** Role words the text attaches to the name: "minister", "mayor", "spokeswoman". */
  roles: Set<string>;
  /** The text treats it as a person: a title or role, a gendered pronoun, or a later mention by surname. */
  evidenced: boolean;
}

export interface NameIndex {
  mentions: NameMention[];
  byKey: Map<string, Named>;
}

// Words naming a role; before a name they are a title ("Mayor Rosa Feld"), after "the"
// they refer back to the person holding it ("the mayor said").
export const ROLES = new Set(
  `mr mrs ms mx miss dr prof sen senator rep representative gov governor gen lt col maj capt
   cmdr adm admiral sgt cpl det detective insp inspector supt officer deputy sheriff chief
   mayor judge justice president vice premier minister secretary chancellor ambassador attorney
   commissioner spokesman spokeswoman spokesperson director chairman chairwoman chair ceo king
   queen prince princess pope rev reverend father sir dame lord lady sheikh emir coach
   sergeant lieutenant captain colonel major councillor councilman councilwoman councilor
   congressman congresswoman assemblyman assemblywoman pastor bishop cardinal archbishop
   professor editor founder leader speaker candidate nominee counsel prosecutor lawyer
   head manager chairperson watchman fellow analyst economist author activist organiser
   organizer executive official aide adviser advisor strategist correspondent doctor nurse
   teacher resident owner driver witness general republican democrat democratic gop`.split(/\s+/),
);
// Roles that are only titles before a name, never the head of "the … said".
const TITLE_ONLY = new Set(`mr mrs ms mx miss`.split(' '));
// Abbreviated titles and the role a later "the …" names: "Gov. Mike Pence" … "the governor said".
const ABBREVIATION: Record<string, string> = {
  sen: 'senator',
  rep: 'representative',
  gov: 'governor',
  gen: 'general',
  lt: 'lieutenant',
  col: 'colonel',
  maj: 'major',
  capt: 'captain',
  cmdr: 'commander',
  adm: 'admiral',
  sgt: 'sergeant',
  det: 'detective',
  insp: 'inspector',
  supt: 'superintendent',
  prof: 'professor',
  dr: 'doctor',
  rev: 'reverend',
  pres: 'president',
};
/** The gender a role word implies ("spokeswoman" → f), if any. */
export function roleGender(role: string): Gender | undefined {
  return MALE.has(role) ? 'm' : FEMALE.has(role) ? 'f' : undefined;
}

// Roles that name the same office: "Rep. Blake Farenthold" … "the congressman said".
export const SAME_ROLE: Record<string, string> = {
  congressman: 'representative',
  congresswoman: 'representative',
  assemblyman: 'representative',
  assemblywoman: 'representative',
  chairman: 'chair',
  chairwoman: 'chair',
  chairperson: 'chair',
  spokesman: 'spokesperson',
  spokeswoman: 'spokesperson',
  councilman: 'councillor',
  councilwoman: 'councillor',
  councilor: 'councillor',
};

const MALE = new Set(`mr sir lord king prince father spokesman chairman councilman congressman assemblyman`.split(' '));
const FEMALE = new Set(`mrs ms miss dame lady queen princess spokeswoman chairwoman councilwoman congresswoman assemblywoman`.split(' '));
// Between a title and the name: "Secretary of State Antony Blinken", "Prime Minister …".
const TITLE_TAIL = new Set(`state general foreign defense defence interior finance prime the`.split(' '));
// A run holding one of these names an institution, not a person.
const ORGANISATION = new Set(
  `agency ministry department office house court council committee party league club school
   college university hospital center centre church district agency service services bureau
   board commission assembly staff railways railway logistics market society guild
   association union federation institute foundation group company corporation corp inc ltd
   llc bank works combine command authority administration government police army navy force
   forces network news press times post journal herald tribune monitor courier wire reuters
   gazette telegraph guardian daily weekly channel television radio campaign fund trust
   palace senate congress parliament republicans democrats majority coalition alliance
   network organization organisation city county province region street lane road avenue
   river bridge square valley hill park lake bay airport station port pier hall`.split(/\s+/),
);
const CALENDAR = new Set(CALENDAR_NAMES);
const GROUP_OPENERS = new Set(
  `police officials authorities witnesses residents investigators prosecutors officers
   firefighters doctors neighbours neighbors students parents several another both each every
   many most some no none one two three four five six seven eight nine ten hundreds thousands
   dozens later earlier meanwhile then now today tonight yesterday still yet instead overall
   also asked critics supporters opponents protesters protestors activists lawmakers`.split(/\s+/),
);

/** Lower case, a final period dropped ("Sen." → "sen"). */
function bare(word: string): string {
  const lower = word.toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

interface Parsed {
  words: CapWord[];
  roles: string[];
  kind: NameKind;
}

/** The name in a capitalised run, its title words and whether it names a person. */
// Party-and-state tags of US politicians: "(R-Ariz.)", "R-N.C.".
const PARTY_TAG = /^[RDI]-\p{Lu}/u;

function parseRun(run: CapWord[], lowerVocab: ReadonlySet<string>, stop: ReadonlySet<string>): Parsed | null {
  let words = run.filter((w) => !PARTY_TAG.test(w.text));
  while (words.length > 0) {
    const w = bare(words[0]!.text);
    const initial = words[0]!.sentenceInitial;
    if (ROLES.has(w)) break;
    const opener = initial && (lowerVocab.has(w) || GROUP_OPENERS.has(w) || /(?:ly|ing)$/.test(w));
    if (stop.has(w) || CALENDAR.has(w) || opener) words = words.slice(1);
    else break;
  }
  while (words.length > 0 && CALENDAR.has(bare(words.at(-1)!.text))) words = words.slice(0, -1);
  if (words.length === 0) return null;
  const lower = words.map((w) => bare(w.text));
  let title = -1;
  for (let i = 0; i < words.length; i++) if (ROLES.has(lower[i]!)) title = i;
  // "Annika Sorvald of Calderra": a two-word name, then where she is from.
  const of = lower.indexOf('of');
  if (title < 0 && of >= 2) {
    words = words.slice(0, of);
    lower.length = of;
  }
  const roles = title >= 0 ? lower.slice(0, title + 1).filter((w) => ROLES.has(w)) : [];
  let rest = title + 1;
  if (title >= 0 && lower[rest] === 'of') {
    // "Minister of Industry Roman Sevic": the name is the last two words of the run.
    rest = Math.max(rest + 2, words.length - 2);
  }
  while (title >= 0 && rest < words.length && TITLE_TAIL.has(lower[rest]!)) rest++;
  let name = words.slice(rest);
  // "Minister Eva Varga of Hungary": where a titled person is from is not part of the name.
  const from = lower.slice(rest).indexOf('of');
  if (title >= 0 && from >= 1) name = name.slice(0, from);
  if (name.length === 0) return null;
  if (name.length === 1 && name[0]!.text.replace(/\./g, '').length < 2) return null;
  const nameLower = lower.slice(rest, rest + name.length);
  // "Ministry of Industry", "Calderran Railways", "NAACP": institutions, not people.
  const institution =
    nameLower.some((w) => ORGANISATION.has(w) || w === 'of') ||
    name.every((w) => w.text === w.text.toUpperCase() && w.text.length > 1) ||
    (name.length === 1 && roles.length === 0);
  return { words: name, roles, kind: institution ? 'organisation' : 'person' };
}

/** Roles given in apposition right after a name: "Oskar Brandt, director of …", "Noor Haddad, a spokeswoman". */
function appositiveRoles(text: string, end: number): string[] {
  // Most names are not followed by a comma: no slice and regex for them.
  if (text[end] !== ',') return [];
  const m = /^,\s(?:\d+,\s)?(?:(?:a|an|the)\s)?((?:[\p{L}-]+\s?){1,4})/u.exec(text.slice(end, end + 80));
  if (!m) return [];
  const roles: string[] = [];
  for (const word of m[1]!.toLowerCase().split(/\s+/)) {
    if (/^(?:of|at|for|in|on|to|and|who|whose)$/.test(word)) break;
    if (ROLES.has(word)) roles.push(word);
  }
  return roles;
}

/** The gender a nearby pronoun gives: "Sorvald, to her credit", "Janssen, who was lifted from her window". */
function pronounGender(text: string, end: number): Gender | undefined {
  const window = text.slice(end, end + 90);
  const stopAt = window.search(/[.;:!?\u201C"]|\s(?:and|but)\s\p{Lu}/u);
  const clause = stopAt >= 0 ? window.slice(0, stopAt) : window;
  const m = /\b(he|his|him|she|her|hers)\b/i.exec(clause);
  if (!m || /\p{Lu}\p{Ll}+\s\p{Lu}/u.test(clause.slice(0, m.index))) return undefined;
  return /^(?:he|his|him)$/i.test(m[1]!) ? 'm' : 'f';
}

/**
 * Every name the text mentions, resolved to its full form, with roles and gender gathered
 * across mentions. `capitals`: the text's capitalised runs, when the caller has them already.
 */
export function nameIndex(text: string, lang?: string | null, capitals: Capitalised = capitalisedWords(text)): NameIndex {
  const { runs, lowerVocab } = capitals;
  const stop = stopWordsFor(lang);
  const byKey = new Map<string, Named>();
  const mentions: NameMention[] = [];
  // Full names of people by surname key, most recent last.
  const bySurname = new Map<string, Named[]>();
  for (const run of runs) {
    const parsed = parseRun(run, lowerVocab, stop);
    if (!parsed) continue;
    const { words, roles, kind } = parsed;
    const start = words[0]!.start;
    const end = words.at(-1)!.end;
    const written = text.slice(start, end).replace(/\s+/g, ' ');
    let key = entityKey(written);
    if (!key) continue;
    let named = byKey.get(key);
    if (!named && words.length === 1) {
      const full = bySurname.get(key);
      if (full) {
        named = full.at(-1)!;
        named.evidenced = true;
      }
    }
    if (!named) {
      const surname = key.slice(key.lastIndexOf(' ') + 1);
      // "Green Ostrevia" after "Ostrevia": a group named after a place, not a person.
      const placeNamed = words.length > 1 && roles.length === 0 && byKey.get(surname)?.kind === 'organisation';
      named = { key, name: written, kind: placeNamed ? 'organisation' : kind, roles: new Set(), evidenced: false };
      byKey.set(key, named);
      if (named.kind === 'person' && words.length > 1) {
        bySurname.set(surname, [...(bySurname.get(surname) ?? []), named]);
      }
    } else if (named.kind === 'organisation' && kind === 'person' && roles.length > 0) named.kind = 'person';
    key = named.key;
    for (const written of [...roles, ...appositiveRoles(text, end)]) {
      const role = ABBREVIATION[written] ?? written;
      if (!TITLE_ONLY.has(role)) named.roles.add(SAME_ROLE[role] ?? role);
      if (!named.gender && MALE.has(role)) named.gender = 'm';
      if (!named.gender && FEMALE.has(role)) named.gender = 'f';
    }
    if (!named.gender && named.kind === 'person') named.gender = pronounGender(text, end);
    if (named.gender || named.roles.size > 0) named.evidenced = true;
    // After a preposition or an article ("the Obama administration"), or possessive ("Trump's
    // idea"): the name is not the subject of its clause.
    const oblique =
      /\b(?:of|for|at|in|from|by|with|to|on|against|the|a|an)\s+$/i.test(text.slice(Math.max(0, start - 9), start)) ||
      /^['\u2019]s?\b/.test(text.slice(end, end + 2));
    mentions.push({ key, name: named.name, kind: named.kind, start, end, oblique });
  }
  for (const m of mentions) m.kind = byKey.get(m.key)!.kind;
  return { mentions, byKey };
}

/** The mention covering or starting at `offset`, if any. */
export function mentionAt(index: NameIndex, start: number, end: number): NameMention | undefined {
  return index.mentions.find((m) => m.start >= start && m.end <= end);
}

/** The last person mentioned before `offset` who fits the gender and role, if the text has one. */
export function lastPersonBefore(
  index: NameIndex,
  offset: number,
  fits: (named: Named, at: number) => boolean,
  { subjectsOnly = false } = {},
): Named | undefined {
  for (let i = index.mentions.length - 1; i >= 0; i--) {
    const m = index.mentions[i]!;
    if (m.start >= offset || m.kind !== 'person' || (subjectsOnly && m.oblique)) continue;
    const named = index.byKey.get(m.key)!;
    if (fits(named, m.start)) return named;
  }
  return undefined;
}
