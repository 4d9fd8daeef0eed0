/**
 * Dates that disagree: aligned sentences — the same fact told by two outlets — that give
 * it different calendar days ("reopens on December 1" / "reopens on December 2"). Only
 * days written out with their month are compared: a weekday depends on when each outlet
 * published, which is not a disagreement.
 */
import { ALIGNED, alignSentences } from './align';
import { evidenceOf } from './evidence';
import type { NumberGroup } from './numbers';
import type { FramingContext } from './types';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
// Month names capitalised only: "may" and "march" are common words.
const DATE = new RegExp(String.raw`\b${MONTH}\.?\s(\d{1,2})(?:st|nd|rd|th)?\b|\b(\d{1,2})(?:st|nd|rd|th)?\s(?:of\s)?${MONTH}\b`, 'g');

interface DayMention {
  /** Month × 100 + day, comparable across spellings ("Dec. 1", "1 December"). */
  day: number;
  surface: string;
}

function daysIn(text: string): DayMention[] {
  const out: DayMention[] = [];
  for (const m of text.matchAll(DATE)) {
    const month = MONTHS.indexOf((m[1] ?? m[4]!).slice(0, 3).toLowerCase()) + 1;
    const day = Number(m[2] ?? m[3]);
    if (day >= 1 && day <= 31) out.push({ day: month * 100 + day, surface: m[0] });
  }
  return out;
}

/** Mutually aligned sentences that each name one day, and not the same one, grouped. */
export function dateGroups(context: FramingContext): NumberGroup[] {
  const { articles } = context;
  const { best } = alignSentences(context);
  const groups: NumberGroup[] = [];
  for (const a of articles)
    a.sentences.forEach((sentence, s) => {
      // Read for days only when the sentence has a counterpart: most have none.
      let own: DayMention[] | undefined;
      for (const b of articles) {
        if (b.index <= a.index) continue;
        const match = best[a.index]![s]![b.index];
        if (!match || match.score < ALIGNED || best[b.index]![match.sentence]![a.index]?.sentence !== s) continue;
        own ??= daysIn(sentence.text);
        if (own.length !== 1) return;
        const other = b.sentences[match.sentence]!;
        const theirs = daysIn(other.text);
        if (theirs.length !== 1 || theirs[0]!.day === own[0]!.day) continue;
        groups.push({
          unit: 'date',
          values: [
            { article: a.index, outlet: a.outlet, value: own[0]!.day, surface: own[0]!.surface, evidence: evidenceOf(a, sentence) },
            { article: b.index, outlet: b.outlet, value: theirs[0]!.day, surface: theirs[0]!.surface, evidence: evidenceOf(b, other) },
          ],
        });
      }
    });
  return merged(groups);
}

/** Pairs that share a sentence are one disagreement among three or more outlets. */
function merged(pairs: NumberGroup[]): NumberGroup[] {
  const out: NumberGroup[] = [];
  const key = (v: NumberGroup['values'][number]) => `${v.article}:${v.evidence.start}`;
  for (const pair of pairs) {
    const into = out.find((g) => g.values.some((v) => pair.values.some((p) => key(p) === key(v))));
    if (!into) out.push(pair);
    else for (const v of pair.values) if (!into.values.some((w) => w.article === v.article)) into.values.push(v);
  }
  for (const g of out) g.values.sort((a, b) => a.article - b.article);
  return out;
}
