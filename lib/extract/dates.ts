/**
 * Dates as pages print them → ISO 8601 in UTC. A date without a zone is read as
 * UTC so the same page gives the same answer in every time zone (the day is what
 * matching needs; the minute is a bonus).
 */

const MONTHS: Record<string, number> = {};
// English, German, French, Spanish, Italian month names and their usual abbreviations.
[
  'january janvier januar enero gennaio jan jän janv ene gen',
  'february février februar febrero febbraio feb fév févr',
  'march mars märz marzo mar mär mrz',
  'april avril abril aprile apr avr abr',
  'may mai mayo maggio mag',
  'june juin juni junio giugno jun jui giu',
  'july juillet juli julio luglio jul juil lug',
  'august août agosto aug ago',
  'september septembre septiembre settembre sep sept set',
  'october octobre oktober octubre ottobre oct okt ott',
  'november novembre noviembre nov',
  'december décembre dezember diciembre dicembre dec déc dez dic',
].forEach((names, month) => names.split(' ').forEach((name) => (MONTHS[name] = month)));

const MONTH = '([a-zà-ÿ]{3,9})\\.?';
const TIME = '(?:[,\\s]+(?:at\\s+|um\\s+|à\\s+)?(\\d{1,2})[:.h](\\d{2})(?::(\\d{2}))?\\s*([ap]\\.?m\\.?)?)?';
const ZONE = '\\s*(z|utc|gmt|[+-]\\d{2}:?\\d{2}|[ecmp][sd]?t)?';
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(z|utc|gmt|[+-]\d{2}:?\d{2})?$/i;
const DAY_MONTH_YEAR = new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+${MONTH},?\\s+(\\d{4})${TIME}${ZONE}`, 'i');
const MONTH_DAY_YEAR = new RegExp(`${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${TIME}${ZONE}`, 'i');
const CJK = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\D{0,6}?(\d{1,2})[:時](\d{2}))?/;
const NUMERIC = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:[\sT]+(\d{1,2}):(\d{2}))?/;
/** Java's and Unix `date`'s default form, which some CMSes print into meta tags: "Mon Aug 03 12:45:00 EDT 2015". */
const JAVA_DATE =
  /^(?:[a-z]{3},?\s+)?([a-z]{3,9})\.?\s+(\d{1,2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s+(?:(z|utc|gmt|[+-]\d{2}:?\d{2}|[ecmp][sd]?t)|[a-z]{3,5})?\s*(\d{4})$/i;
/** Day first with dots is the German, Dutch, Scandinavian and Slavic order ("19.07.2022, 14:05"). */
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[,\s]+(?:um\s+)?(\d{1,2})[:.](\d{2}))?/;
/** A label before a numeric date: "最終更新日：2019/02/22", "Published: 2019-02-22", "기사입력 :[ 2018-08-25 15:24 ]". */
const LABEL = /^[^\d:：]{1,20}[:：]\s*[[(（【]?\s*(?=\d)/;
/** North-American zone abbreviations news sites print ("4:23 pm ET"). */
const ZONE_HOURS: Record<string, number> = {
  et: -5,
  est: -5,
  edt: -4,
  ct: -6,
  cst: -6,
  cdt: -5,
  mt: -7,
  mst: -7,
  mdt: -6,
  pt: -8,
  pst: -8,
  pdt: -7,
};

const EARLIEST = Date.UTC(1990, 0, 1);
/** Pages are read soon after they are written; a date far ahead is a countdown or an event, not publication. */
const AHEAD_MS = 2 * 24 * 3600 * 1000;

function zoneOffsetMinutes(zone: string | undefined, fallback: number): number {
  if (!zone) return fallback;
  const z = zone.toLowerCase();
  if (z === 'z' || z === 'utc' || z === 'gmt') return 0;
  const hours = ZONE_HOURS[z];
  if (hours !== undefined) return hours * 60;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(z);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/** Minutes east of UTC for dates that name no zone, as a function of the (UTC) time; set per call by `parseDate`. */
let localOffset: (time: number) => number = () => 0;

function build(y: string, mo: number, d: string, h = '0', mi = '0', s = '0', ampm?: string, zone?: string): string | null {
  let hour = Number(h);
  if (ampm && /p/i.test(ampm) && hour < 12) hour += 12;
  if (ampm && /a/i.test(ampm) && hour === 12) hour = 0;
  const day = Number(d);
  if (mo < 0 || mo > 11 || day < 1 || day > 31 || hour > 23 || Number(mi) > 59) return null;
  const wall = Date.UTC(Number(y), mo, day, hour, Number(mi), Number(s));
  const time = wall - zoneOffsetMinutes(zone, localOffset(wall)) * 60_000;
  return plausible(time);
}

function plausible(time: number): string | null {
  return Number.isFinite(time) && time >= EARLIEST && time <= Date.now() + AHEAD_MS ? new Date(time).toISOString() : null;
}

function monthOf(name: string | undefined): number {
  return MONTHS[(name ?? '').toLowerCase()] ?? -1;
}

/**
 * Where a date without a zone was most likely written: languages spoken in one
 * time zone only. Elsewhere (English, Spanish, …) UTC is the least wrong guess.
 */
const LANGUAGE_OFFSET: Record<string, number> = { ja: 540, ko: 540, zh: 480 };
/** German is written in Central European Time only (Germany, Austria, Switzerland). */
const CET_LANGUAGES = new Set(['de']);

/** Central European offset at `time`: summer time from the last Sunday of March to the last Sunday of October. */
function centralEuropeanOffset(time: number): number {
  const year = new Date(time).getUTCFullYear();
  const lastSunday = (month: number) => {
    const last = new Date(Date.UTC(year, month + 1, 0, 1));
    return last.getTime() - last.getUTCDay() * 86_400_000;
  };
  return time >= lastSunday(2) && time < lastSunday(9) ? 120 : 60;
}

/** Country domains of those zones: an English page on a .jp site is still dated in Japan time. */
const DOMAIN_LANGUAGE: Record<string, string> = { jp: 'ja', kr: 'ko', cn: 'zh', tw: 'zh', hk: 'zh', de: 'de', at: 'de', ch: 'de' };

/**
 * The language whose time zone reads the page's zone-less dates: the page's own
 * when it is written in one zone only, else the one of its country domain, else
 * the page's (read as UTC).
 */
export function zoneLanguage(lang: string | null, url: string): string | null {
  if (lang && (LANGUAGE_OFFSET[lang] !== undefined || CET_LANGUAGES.has(lang))) return lang;
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    return lang;
  }
  return DOMAIN_LANGUAGE[host.slice(host.lastIndexOf('.') + 1)] ?? lang;
}

export function offsetForLanguage(lang: string | null, when = Date.now()): number {
  if (lang && CET_LANGUAGES.has(lang)) return centralEuropeanOffset(when);
  return lang ? (LANGUAGE_OFFSET[lang] ?? 0) : 0;
}

/** ISO 8601 (UTC) from the date formats pages put in metadata and bylines, or null. */
export function parseDate(raw: string | null | undefined, lang: string | null = null): string | null {
  localOffset = (time) => offsetForLanguage(lang, time);
  const text = (raw ?? '')
    .trim()
    .slice(0, 200)
    .replace(LABEL, '')
    .replace(/\s*[\])）】]$/, '');
  if (!text) return null;
  if (/^\d{10}$|^\d{13}$/.test(text)) return plausible(Number(text) * (text.length === 10 ? 1000 : 1));
  let m = ISO.exec(text);
  if (m) return build(m[1]!, Number(m[2]) - 1, m[3]!, m[4], m[5], m[6], undefined, m[7]);
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (m) return build(m[1]!, Number(m[2]) - 1, m[3]!);
  m = NUMERIC.exec(text);
  if (m) return build(m[1]!, Number(m[2]) - 1, m[3]!, m[4], m[5]);
  m = DOTTED.exec(text);
  if (m) return build(m[3]!, Number(m[2]) - 1, m[1]!, m[4], m[5]);
  m = CJK.exec(text);
  if (m) return build(m[1]!, Number(m[2]) - 1, m[3]!, m[4], m[5]);
  m = JAVA_DATE.exec(text);
  if (m && monthOf(m[1]) >= 0) return build(m[7]!, monthOf(m[1]), m[2]!, m[3], m[4], m[5], undefined, m[6]);
  m = MONTH_DAY_YEAR.exec(text);
  if (m && monthOf(m[1]) >= 0) return build(m[3]!, monthOf(m[1]), m[2]!, m[4], m[5], m[6], m[7], m[8]);
  m = DAY_MONTH_YEAR.exec(text);
  if (m && monthOf(m[2]) >= 0) return build(m[3]!, monthOf(m[2]), m[1]!, m[4], m[5], m[6], m[7], m[8]);
  // RFC 2822 and other forms that name their zone ("Tue, 29 Nov 2016 20:26:06 GMT").
  if (/\d{4}/.test(text) && /(gmt|utc|[+-]\d{4})\b/i.test(text)) return plausible(Date.parse(text));
  return null;
}

/** A date in the page's address: /2016/12/09/, /2016-12-09-, /20161209/, /2019/nov/18/. */
export function dateInUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /\/((?:19|20)\d\d)[/-](\d\d)[/-](\d\d)(?=[/\-_.]|$)/.exec(path) ?? /[/_-]((?:19|20)\d\d)(\d\d)(\d\d)(?=[/\-_.]|$)/.exec(path);
  if (m) return build(m[1]!, Number(m[2]) - 1, m[3]!);
  const named = /\/((?:19|20)\d\d)\/([a-z]{3,9})\/(\d\d?)(?=\/|$)/i.exec(path);
  return named && monthOf(named[2]) >= 0 ? build(named[1]!, monthOf(named[2]), named[3]!) : null;
}
