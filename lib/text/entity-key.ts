/**
 * A spelling-tolerant key for a name, so that two outlets' transliterations of the same
 * person compare equal: "Sergey Lavrov" / "Sergei Lavrov", "Antony" / "Anthony Blinken",
 * "Zelensky" / "Zelenskyy" / "Zelenskiy", "Weizsäcker" / "Weizsacker". The rules are a
 * small phonetic skeleton (not Soundex: that merges far too many distinct surnames).
 */
import { foldAccents } from './normalize';

// Applied in order to each folded word. y→i first so that "ey" and "ei" meet as "ei".
const RULES: readonly [RegExp, string][] = [
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/ck/g, 'k'],
  [/w/g, 'v'], // Wladimir / Vladimir, Wolodymyr / Volodymyr
  [/y/g, 'i'],
  [/[ei]i|ie/g, 'i'], // Sergei / Sergey, Kiev / Kyiv, Zelenskii
  [/(.)\1+/g, '$1'], // doubled letters: Mohammed / Mohamed, Zelenskyy
];

// The same country under its common names; keys are compared, never shown.
const ALIASES: Record<string, string> = {
  'u s': 'united states',
  us: 'united states',
  usa: 'united states',
  'u s a': 'united states',
  america: 'united states',
  'u k': 'united kingdom',
  uk: 'united kingdom',
  britain: 'united kingdom',
  'great britain': 'united kingdom',
  'u n': 'united nations',
  un: 'united nations',
  'e u': 'european union',
  eu: 'european union',
};

function skeleton(word: string): string {
  // Plurals of party and group names meet their singular ("Democrats" / "Democrat"). Not
  // after s, u, i, a, where the s is the name's own: Congress, Brutus, Paris, Texas.
  let w = word.length > 3 && /[^siua]s$/.test(word) ? word.slice(0, -1) : word;
  for (const [pattern, replacement] of RULES) w = w.replace(pattern, replacement);
  return w;
}

// A text names the same few people and places again and again, and each mention is keyed
// (people.ts, entities.ts, sources.ts): the rules run once per distinct name.
const KEYS = new Map<string, string>();
const KEY_CACHE_LIMIT = 20_000;

/** The comparable key of a name: folded, punctuation-free words, each reduced to its skeleton. */
export function entityKey(name: string): string {
  let key = KEYS.get(name);
  if (key === undefined) {
    const plain = foldAccents(name)
      .replace(/['\u2019]s$/, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    key = (ALIASES[plain] ?? plain).split(' ').filter(Boolean).map(skeleton).join(' ');
    if (KEYS.size >= KEY_CACHE_LIMIT) KEYS.clear();
    KEYS.set(name, key);
  }
  return key;
}
