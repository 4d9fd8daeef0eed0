/** English number words and scales, shared by numbers.ts (values) and dates.ts (ordinals). */

export const SMALL: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
export const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
export const UNITS: Record<string, number> = { one: 1, ...SMALL };

export const SCALES: Record<string, number> = {
  hundred: 1e2,
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
};

/** "twenty-five" → 25, "twelve" → 12, "a dozen" → 12; null when not a number word we read. */
export function wordValue(words: string): number | null {
  const w = words.toLowerCase().replace(/\s+/g, ' ');
  if (w === 'a dozen' || w === 'dozen') return 12;
  if (w === 'half a dozen') return 6;
  if (w in SMALL) return SMALL[w]!;
  const [tens, unit] = w.split('-');
  if (tens !== undefined && tens in TENS) {
    if (unit === undefined) return TENS[tens]!;
    if (unit in UNITS && UNITS[unit]! < 10) return TENS[tens]! + UNITS[unit]!;
  }
  return null;
}
