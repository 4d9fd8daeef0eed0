/**
 * Stop words per language, from the `stopword` package (62 maintained lists), keyed by
 * the ISO 639-1 code that extraction reports. Only the languages imported here end up
 * in the bundle.
 */
import {
  ara,
  ces,
  dan,
  deu,
  ell,
  eng,
  fin,
  fra,
  heb,
  hin,
  hun,
  ind,
  ita,
  nld,
  nob,
  pol,
  por,
  ron,
  rus,
  spa,
  swe,
  tur,
  ukr,
} from 'stopword';

// The package's English list is short (108 words). News prose repeats a further set of
// function words and reporting verbs that say nothing about which event is meant;
// leaving them in would make every pair of articles share "told", "will", "its"…
const ENGLISH_NEWS = `its it's not no nor so just will may also one ones yet per via upon onto off
  against among amid during without within across along around toward towards until whether
  although though however according says say saying told tell asked added just even ever
  any anyone anything every everyone nothing something someone who's whom whose why when
  she hers herself he's she's they're they've we're we've i'm i've you're there's that's
  isn't aren't wasn't weren't don't doesn't didn't won't can't couldn't wouldn't shouldn't
  hasn't haven't hadn't let's ourselves themselves itself yourself does doing done going
  being having a an the mr mrs ms dr new year years day week last first two three four
  five six seven eight nine ten many several including`;

const LISTS: Record<string, readonly string[]> = {
  en: [...eng, ...ENGLISH_NEWS.split(/\s+/)],
  de: deu,
  fr: fra,
  es: spa,
  it: ita,
  pt: por,
  nl: nld,
  sv: swe,
  da: dan,
  no: nob,
  nb: nob,
  fi: fin,
  pl: pol,
  cs: ces,
  ru: rus,
  uk: ukr,
  tr: tur,
  el: ell,
  ar: ara,
  he: heb,
  hi: hin,
  id: ind,
  ro: ron,
  hu: hun,
};

const SETS = new Map<string, ReadonlySet<string>>();
const EMPTY: ReadonlySet<string> = new Set();

/** The stop-word set for a language code ("en", "en-GB"); empty when we have no list. */
export function stopWordsFor(lang: string | null | undefined): ReadonlySet<string> {
  const code = primaryLang(lang);
  let set = SETS.get(code);
  if (!set) {
    const list = LISTS[code];
    set = list ? new Set(list.map((w) => w.toLowerCase())) : EMPTY;
    SETS.set(code, set);
  }
  return set;
}

/** "en-GB" → "en"; missing or malformed → "en" (the product's default reading language). */
export function primaryLang(lang: string | null | undefined): string {
  const match = /^\s*([a-z]{2,3})(?:[-_]|$)/i.exec(lang ?? '');
  return match ? match[1]!.toLowerCase() : 'en';
}

/** True for a function word of the language (English by default), compared in lower case. */
export function isStopWord(word: string, lang?: string | null): boolean {
  return stopWordsFor(lang).has(word.toLowerCase());
}
