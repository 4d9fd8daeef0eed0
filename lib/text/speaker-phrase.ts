/**
 * Who a speech verb's subject is: "Oskar Brandt, director of …, said", "said Dr. Yusuf
 * Arden", "the minister continued", "she said", "officials said". Reads the words around
 * the verb, then resolves names, roles and pronouns through the text's name index.
 */
import { lastPersonBefore, roleGender, ROLES, SAME_ROLE, type NameIndex, type NameMention, type Named } from './people';

export type SpeakerKind = 'person' | 'organisation' | 'anonymous';

export interface Speaker {
  /** The full name ("Rosa Feld"), or the description for an anonymous source ("a senior officer"). */
  name: string;
  /** entityKey of the name; '' for anonymous speakers. */
  key: string;
  kind: SpeakerKind;
}

const PRONOUN = /^(?:he|she)$/i;
const DETERMINER = /^(?:the|a|an|his|her|their|its|these|those|such|this|that|new|false)$/i;
const AUXILIARY = new RegExp(
  [
    String.raw`(?:^|\s+)(?:has|have|had|would|will|could|did|does|do|not|never|also|later|then|again|once|previously|recently|earlier|repeatedly|himself|herself|themselves|\p{Ll}+ly)$`,
    // "he went on to say", "she continued to insist"
    String.raw`(?:^|\s+)(?:went\s+on\s+to|continued\s+to|went\s+on|proceeded\s+to|decided\s+to)$`,
    // "The president over the weekend tweeted", "Trump on Friday said", "Mr. Cruz Thursday morning said"
    String.raw`(?:^|\s+)(?:(?:on|over|in|last|this|late|early)\s+)?(?:the\s+)?(?:weekend|week|month|year|\p{Lu}\p{Ll}+day)(?:\s+(?:morning|afternoon|evening|night))?$`,
  ].join('|'),
  'u',
);
// Words that start a parenthetical between a subject and its verb.
const PARENTHETICAL =
  /^\s*(?:who|whose|which|where|when|a|an|the|\d|to|in|at|on|for|like|as|including|according|after|before|speaking|asked|writing|\p{Ll})/u;
const PREPOSITION = /\b(?:of|in|at|for|from|with|by|on|near|about|to|and|or|between)\s/i;
const CONJUNCTION = /(?:^|\s)(?:and|but|or|nor|so|because|while|as|if|that|when|although)$/i;
const ORGANISATION_HEADS = new Set(
  `ministry department agency company government office police service guild group
   council committee campaign administration authority court party firm union association
   commission board organisation organization`.split(/\s+/),
);
const PASSIVE = /\b(?:been|be|being|was|were|is|are|am|get|got)\s*$/i;
const MAX_SUBJECT_WORDS = 9;
const TITLE_RUN = /(?:(?:\p{Lu}[\p{L}.'\u2019-]*|of|for|the)\s+)*\p{Lu}[\p{L}.'\u2019-]*\s+$/u;

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** Resolves a name mention to a speaker. */
function named(index: NameIndex, mention: NameMention): Speaker {
  const n = index.byKey.get(mention.key)!;
  return { name: n.name, key: n.key, kind: n.kind };
}

function resolvePronoun(ctx: SubjectContext, pronoun: string): Speaker | null {
  const { index, before, excluded } = ctx;
  const gender = /^he$/i.test(pronoun) ? 'm' : 'f';
  const fits = (n: Named, at: number) => !excluded(at) && (n.gender === undefined || n.gender === gender);
  // People the text shows to be people first ("Puerto Rico" and "Trump Tower" also look like names).
  const evidenced = (n: Named, at: number) => n.evidenced && fits(n, at);
  const found =
    ctx.recentSpeaker?.(before, (n) => n.gender === undefined || n.gender === gender) ??
    lastPersonBefore(index, before, evidenced, { subjectsOnly: true }) ??
    lastPersonBefore(index, before, evidenced) ??
    lastPersonBefore(index, before, fits, { subjectsOnly: true }) ??
    lastPersonBefore(index, before, fits);
  if (!found) return null;
  // "Rosa Feld … “…,” she said": from now on "he" is someone else.
  found.gender ??= gender;
  found.evidenced = true;
  return { name: found.name, key: found.key, kind: 'person' };
}

function resolveRole(ctx: SubjectContext, phrase: string): Speaker {
  const written = words(phrase).at(-1)!.toLowerCase();
  const head = SAME_ROLE[written] ?? written;
  const gender = roleGender(written);
  // "the mayor" is the last person called mayor; failing that, "the Texas governor continues"
  // after a quotation is the person who was speaking.
  const found =
    lastPersonBefore(ctx.index, ctx.before, (n) => n.roles.has(head)) ??
    ctx.recentSpeaker?.(ctx.before, (n) => !gender || !n.gender || n.gender === gender);
  if (found) return { name: found.name, key: found.key, kind: 'person' };
  return { name: phrase, key: '', kind: 'anonymous' };
}

export interface SubjectContext {
  text: string;
  index: NameIndex;
  /** Mentions at these offsets (inside quotations) are not antecedents of a pronoun. */
  excluded: (offset: number) => boolean;
  /** Offset before which pronouns and roles look for their person. */
  before: number;
  /**
   * The person who last spoke shortly before `before`, if any: "Trump said he wants Obama to
   * do well. “…,” he said." means Trump, though Obama was named last.
   */
  recentSpeaker?: (before: number, fits: (named: Named) => boolean) => Named | undefined;
}

/** The speaker a noun phrase names, or null when it names none that can be told. */
function speakerOfPhrase(ctx: SubjectContext, from: number, to: number, inverted: boolean, clause = false): Speaker | null {
  const raw = ctx.text.slice(from, to);
  const phrase = raw.trim().replace(/^(?:but|and|so|yet|then)\s+/i, '');
  if (phrase === '' || CONJUNCTION.test(phrase) || DETERMINER.test(phrase)) return null;
  if (PRONOUN.test(phrase)) return resolvePronoun(ctx, phrase);
  // "Harry Reid, who he said “was right…”", "hammered Obama for what he called…"
  const relative = /(?:^|\s)(?:who|whom|which|that|what)\s+(he|she)$/i.exec(phrase);
  if (relative) return resolvePronoun(ctx, relative[1]!);
  const leadingPronoun = clause ? /^(he|she)\s/i.exec(phrase) : null;
  if (leadingPronoun) return resolvePronoun(ctx, leadingPronoun[1]!);
  // The first name in the head of the phrase: "Anton Belic of the environmental group Green
  // Ostrevia", "Plant director Milena Horvat"; not "Residents of Riverside", not "Sorvald's deputy".
  for (const mention of ctx.index.mentions) {
    if (mention.start < from || mention.end > to) continue;
    // Prepositions inside a title ("Deputy Minister of Industry Roman Sevic") do not count.
    const lead = ctx.text.slice(from, mention.start).replace(TITLE_RUN, '');
    if (PREPOSITION.test(lead) || /\b(?:the|a|an)\s+\p{L}+\s+$/iu.test(lead) || (clause && /(?:^|\s)\p{Ll}{3,}\s+(?!\p{Lu})/u.test(lead)))
      break;
    // "Sorvald's deputy", "Calderran officials", "Freight operators": the name only modifies the head.
    const tail = ctx.text.slice(mention.end, to);
    if (/^['\u2019]/.test(tail) || (!clause && /^\s(?!(?:of|from|at|in|for|who|whose)\b)\p{Ll}/u.test(tail))) continue;
    if (!clause && words(tail).length > MAX_SUBJECT_WORDS) return null;
    return named(ctx.index, mention);
  }
  const w = words(phrase);
  if (w.length === 0) return null;
  const authored = authorOf(ctx, phrase);
  if (authored) return authored;
  // "the minister", "the deputy minister", "the mayor": the last person with that role.
  const role = clause ? roleAtStart(phrase) : /^(?:the|this|that)\s/i.test(phrase) && w.length <= 5 ? phrase : null;
  const roleHead = role ? words(role).at(-1)!.toLowerCase() : '';
  if (role && ROLES.has(roleHead) && !ORGANISATION_HEADS.has(roleHead)) return resolveRole(ctx, role);
  if (clause || w.length > MAX_SUBJECT_WORDS) return null;
  const head = w
    .at(-1)!
    .toLowerCase()
    .replace(/[^\p{L}-]/gu, '');
  if (inverted && !/^(?:a|an|the|one|two|three|several|some|many)$/i.test(w[0]!) && !/^\p{Lu}/u.test(w[0]!)) return null;
  if (/^(?:it|they|we|i|you|this|that|which|who)$/i.test(phrase)) return null;
  return { name: phrase.replace(/[,.;:]+$/, ''), key: '', kind: ORGANISATION_HEADS.has(head) ? 'organisation' : 'anonymous' };
}

// What a person writes and the text then lets speak: "Trump said in a statement. “…,” the statement continued."
const AUTHORED = /^(?:the|that|this|(his|her))\s+(?:\p{L}+\s+)?(?:statement|tweet|post|letter|message|email|memo|op-ed|column|essay)$/iu;

/** The person who just spoke, for "the statement continued" after "X said in a statement". */
function authorOf(ctx: SubjectContext, phrase: string): Speaker | null {
  const m = AUTHORED.exec(phrase);
  if (!m) return null;
  const gender = m[1] ? (/^his$/i.test(m[1]) ? 'm' : 'f') : undefined;
  const found = ctx.recentSpeaker?.(ctx.before, (n) => !gender || !n.gender || n.gender === gender);
  return found ? { name: found.name, key: found.key, kind: 'person' } : null;
}

/** "the Texas governor" in "the Texas governor continues …": a role phrase opening a clause. */
function roleAtStart(phrase: string): string | null {
  const w = words(phrase);
  if (!/^(?:the|this|that)$/i.test(w[0] ?? '')) return null;
  for (let i = 1; i < Math.min(w.length, 5); i++) if (ROLES.has(w[i]!.toLowerCase())) return w.slice(0, i + 1).join(' ');
  return null;
}

interface Chunk {
  from: number;
  to: number;
}

function chunksOf(text: string, from: number, to: number): Chunk[] {
  const chunks: Chunk[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    if (text[i] === ',') {
      chunks.push({ from: start, to: i });
      start = i + 1;
    }
  }
  chunks.push({ from: start, to });
  return chunks;
}

// Openers of an introductory phrase before a clause's subject: "After the attack, Trump …".
const INTRODUCTORY =
  /^\s*(?:after|before|when|while|in|on|at|as|asked|during|speaking|earlier|later|last|this|since|with|for|despite|although|though|if|because|but|and)\b/i;
const LOWER_START = /^\s*\p{Ll}/u;

/**
 * The subject of the clause [clauseStart, to): "[Trump] again defended his proposals, saying …".
 * A participle may also take the subject of an embedded clause ("It came after [Boehner]
 * chided Obama, accusing …"); a verb joined by "and" shares the main clause's only.
 */
export function clauseSubject(ctx: SubjectContext, clauseStart: number, to: number, embedded = false): Speaker | null {
  for (const chunk of chunksOf(ctx.text, clauseStart, to)) {
    const text = ctx.text.slice(chunk.from, chunk.to);
    if (text.trim() === '' || INTRODUCTORY.test(text) || LOWER_START.test(text)) continue;
    const speaker = speakerOfPhrase(ctx, chunk.from, chunk.to, false, true);
    return speaker || !embedded ? speaker : embeddedSubject(ctx, chunk.from, chunk.to);
  }
  return embedded ? embeddedSubject(ctx, clauseStart, to) : null;
}

// A word after a subject that reads as its verb: "[Boehner] publicly chided", "[the senator] also took".
const VERB_NEXT =
  /^\s+(?:(?:also|then|later|again|even|\p{Ll}+ly)\s+)?(?!(?:of|in|at|for|from|with|by|on|to|and|or|as|who|whose|which|that|the|a|an|but|nor|is|was)\b)\p{Ll}{2,}\b/u;

/**
 * The subject of a clause whose head the chunk reader cannot see: after an introductory
 * phrase with no comma ("In Wednesday's speech [the senator] also took a swipe…, calling") or
 * inside a subordinate clause ("It came after [Boehner] publicly chided Obama…, accusing").
 */
function embeddedSubject(ctx: SubjectContext, from: number, to: number): Speaker | null {
  const person = ctx.index.mentions.find(
    (m) =>
      m.start >= from &&
      m.end <= to &&
      m.kind === 'person' &&
      !m.oblique &&
      !ctx.excluded(m.start) &&
      VERB_NEXT.test(ctx.text.slice(m.end, to)),
  );
  const text = ctx.text.slice(from, to);
  const role = [...text.matchAll(/(?:^|\s)(?:the|this)\s+(?:[\p{L}-]+\s+){0,2}?(\p{Ll}+)(?=\s)/gu)].find(
    (m) => ROLES.has(m[1]!) && !ORGANISATION_HEADS.has(m[1]!) && VERB_NEXT.test(text.slice(m.index + m[0].length)),
  );
  if (person && (!role || person.start < from + role.index)) return named(ctx.index, person);
  return role ? resolveRole(ctx, role[0].trim()) : null;
}

/** The subject of a verb at `verbStart`, read backwards from it inside [clauseStart, verbStart). */
export function subjectBefore(ctx: SubjectContext, clauseStart: number, verbStart: number, participle = false): Speaker | null {
  let before = ctx.text.slice(clauseStart, verbStart).trimEnd();
  for (let m = AUXILIARY.exec(before); m; m = AUXILIARY.exec(before)) before = before.slice(0, -m[0].length);
  const end = clauseStart + before.length;
  if (PASSIVE.test(before)) return null;
  // "…, saying", "… and said": the subject is the clause's.
  if (participle || /(?:^|\s)(?:and|but)$/i.test(before)) return clauseSubject(ctx, clauseStart, end, participle);
  // Comma-separated chunks; when the verb follows a comma, skip the parentheticals back to the subject.
  const chunks = chunksOf(ctx.text, clauseStart, end);
  let k = chunks.length - 1;
  if (ctx.text.slice(chunks[k]!.from, chunks[k]!.to).trim() === '') {
    k--;
    while (k > 0 && PARENTHETICAL.test(ctx.text.slice(chunks[k]!.from, chunks[k]!.to))) k--;
  }
  if (k < 0) return null;
  // "…even from President Trump, who said “…”": the relative pronoun's person closes the chunk before.
  if (k > 0 && /^\s*who\s*$/i.test(ctx.text.slice(chunks[k]!.from, chunks[k]!.to))) {
    const prev = chunks[k - 1]!;
    const last = ctx.index.mentions.filter((m) => m.start >= prev.from && m.end <= prev.to && m.kind === 'person').at(-1);
    return last && ctx.text.slice(last.end, prev.to).trim() === '' ? named(ctx.index, last) : null;
  }
  return speakerOfPhrase(ctx, chunks[k]!.from, chunks[k]!.to, false);
}

/** The subject after an inverted verb: "…," said Oskar Brandt, director of … */
export function subjectAfter(ctx: SubjectContext, verbEnd: number, clauseEnd: number): Speaker | null {
  const rest = ctx.text.slice(verbEnd, clauseEnd);
  let stop = rest.length;
  for (const m of rest.matchAll(/[,.;:!?\u201C"(\u2014]|\s(?:who|which|that)\s/g)) {
    // The period of "Dr." or of an initial does not end the name.
    if (m[0] === '.' && /(?:^|\s)(?:Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Gen|Lt|Col|St|Prof|Maj|Capt|Sgt|Rev|\p{Lu})$/u.test(rest.slice(0, m.index)))
      continue;
    stop = m.index;
    break;
  }
  const to = verbEnd + stop;
  return speakerOfPhrase(ctx, verbEnd, to, true);
}

/** The speaker a whole phrase names: "according to [figures seen by the Courier]", "[Mayor Vandermolen] put it well:". */
export function subjectOf(ctx: SubjectContext, from: number, to: number): Speaker | null {
  return speakerOfPhrase(ctx, from, to, false);
}

/** The subject of a whole clause before a colon: "[Mayor Gerrit Vandermolen] put it well: “…”". */
export function subjectOfClause(ctx: SubjectContext, from: number, to: number): Speaker | null {
  return clauseSubject(ctx, from, to);
}
