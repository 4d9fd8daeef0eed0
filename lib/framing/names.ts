/**
 * Different names for the same thing: a small curated list of places and terms that
 * outlets name differently on purpose or by habit ("Kiev" / "Kyiv", "Burma" / "Myanmar",
 * "estate tax" / "death tax"), plus one entity spelled differently across outlets
 * ("Zelensky" / "Zelenskyy"), found through the spelling-tolerant entity key.
 */
import { foldAccents } from '../text';
import { entitiesOf } from './entities-of';
import { evidenceOf } from './evidence';
import type { Evidence, PreparedArticle } from './types';

export interface NameChoice {
  /** What is named, e.g. "Kyiv" (the first form of the curated group, or the most used spelling). */
  thing: string;
  /** Each form used, with the outlets that use it and a sentence showing it. */
  forms: { form: string; outlets: string[]; evidence: Evidence }[];
}

// Each group names one thing; the first entry is how the group is referred to.
const CURATED: readonly (readonly string[])[] = [
  ['Kyiv', 'Kiev'],
  ['Kharkiv', 'Kharkov'],
  ['Odesa', 'Odessa'],
  ['Lviv', 'Lvov'],
  ['Myanmar', 'Burma'],
  ['Mumbai', 'Bombay'],
  ['Kolkata', 'Calcutta'],
  ['Chennai', 'Madras'],
  ['Beijing', 'Peking'],
  ['Côte d’Ivoire', "Côte d'Ivoire", "Cote d'Ivoire", 'Ivory Coast'],
  ['Eswatini', 'Swaziland'],
  ['Czechia', 'Czech Republic'],
  ['Türkiye', 'Turkiye', 'Turkey'],
  ['North Macedonia', 'Macedonia'],
  ['Timor-Leste', 'East Timor'],
  ['Gulf of Mexico', 'Gulf of America'],
  ['Persian Gulf', 'Arabian Gulf'],
  ['Islamic State', 'ISIS', 'ISIL', 'Daesh'],
  ['Affordable Care Act', 'Obamacare'],
  ['estate tax', 'death tax'],
  ['undocumented immigrants', 'illegal immigrants', 'illegal aliens'],
  ['anti-abortion', 'pro-life'],
  ['abortion rights', 'pro-choice'],
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Longest form first, so "North Macedonia" is not also counted as "Macedonia".
const PATTERNS = CURATED.map((group) => {
  const forms = [...group].sort((a, b) => b.length - a.length);
  // Proper names match with their capital; terms in any case.
  const flags = group.every((f) => /^\p{Lu}/u.test(f)) ? 'gu' : 'giu';
  return {
    group,
    lower: group.map((f) => f.toLowerCase()),
    pattern: new RegExp(`(?<![\\p{L}])(?:${forms.map(escape).join('|')})(?![\\p{L}])`, flags),
  };
});

// Any form of any group, in lower case: most articles name none, and one search says so.
const ANY_FORM = new RegExp(
  CURATED.flat()
    .map((f) => escape(f.toLowerCase()))
    .join('|'),
);

interface Use {
  form: string;
  article: PreparedArticle;
  offset: number;
}

function evidenceAt(article: PreparedArticle, offset: number): Evidence {
  const sentence = article.sentences.find((s) => s.start <= offset && offset < s.end) ?? article.sentences[0]!;
  return evidenceOf(article, sentence);
}

function choiceOf(thing: string, uses: readonly Use[]): NameChoice | null {
  const forms = new Map<string, NameChoice['forms'][number]>();
  for (const use of uses) {
    const entry = forms.get(use.form);
    if (!entry) forms.set(use.form, { form: use.form, outlets: [use.article.outlet], evidence: evidenceAt(use.article, use.offset) });
    else if (!entry.outlets.includes(use.article.outlet)) entry.outlets.push(use.article.outlet);
  }
  if (forms.size < 2) return null;
  return { thing, forms: [...forms.values()].sort((a, b) => b.outlets.length - a.outlets.length) };
}

/** The form each article uses most for each curated group. */
function curatedChoices(articles: readonly PreparedArticle[]): NameChoice[] {
  const out: NameChoice[] = [];
  const lowered = articles.map((a) => {
    const text = a.text.toLowerCase();
    return ANY_FORM.test(text) ? text : null;
  });
  for (const { group, lower, pattern } of PATTERNS) {
    const uses: Use[] = [];
    for (const article of articles) {
      // A plain substring test first: most articles name none of these, and the pattern is slower.
      const text = lowered[article.index];
      if (!text || !lower.some((form) => text.includes(form))) continue;
      const seen = new Map<string, Use & { count: number }>();
      for (const m of article.text.matchAll(pattern)) {
        const form = group.find((f) => f.toLowerCase() === m[0].toLowerCase()) ?? m[0];
        const entry = seen.get(form);
        if (entry) entry.count++;
        else seen.set(form, { form, article, offset: m.index, count: 1 });
      }
      const most = [...seen.values()].sort((a, b) => b.count - a.count)[0];
      if (most) uses.push(most);
    }
    const choice = choiceOf(group[0]!, uses);
    if (choice) out.push(choice);
  }
  return out;
}

const plain = (name: string) =>
  foldAccents(name)
    .toLowerCase()
    .replace(/[^\p{L}]+/gu, '');

/** One entity (equal entity keys) written with different letters by different outlets. */
function spellingChoices(articles: readonly PreparedArticle[], curated: ReadonlySet<string>): NameChoice[] {
  const byKey = new Map<string, Use[]>();
  for (const article of articles) {
    for (const entity of entitiesOf(article)) {
      const list = byKey.get(entity.key) ?? [];
      list.push({ form: entity.name, article, offset: entity.firstOffset });
      byKey.set(entity.key, list);
    }
  }
  const out: NameChoice[] = [];
  for (const uses of byKey.values()) {
    if (uses.length < 2 || uses.some((u) => curated.has(u.form.toLowerCase()))) continue;
    const words = uses[0]!.form.split(/\s+/).length;
    // Full names against full names; "Lavrov" beside "Sergei Lavrov" is a shorter mention, not a spelling.
    const comparable = uses.filter((u) => u.form.split(/\s+/).length === words);
    const spellings = new Set(comparable.map((u) => plain(u.form).replace(/s$/, '')));
    const initials = new Set(comparable.map((u) => plain(u.form)[0]));
    if (spellings.size < 2 || initials.size > 1) continue;
    const choice = choiceOf(comparable[0]!.form, comparable);
    if (choice) out.push(choice);
  }
  return out;
}

export function differentNames(articles: readonly PreparedArticle[]): NameChoice[] {
  if (articles.length < 2) return [];
  const curated = curatedChoices(articles);
  const forms = new Set(CURATED.flat().map((f) => f.toLowerCase()));
  return [...curated, ...spellingChoices(articles, forms)];
}
