/**
 * Lines Readability keeps that are never article text, recognised by their words
 * alone: share bars, datelines, photo credits, sign-in and subscribe prompts,
 * copyright lines. Each pattern is a habit of many news sites, not of one.
 */

const BOILERPLATE_LINE = [
  /^(advertisement|advertising|advert|anzeige|publicité|sponsored( content)?|ad|werbung)$/i,
  /^(source link|source|quelle|via)\s*[:.]?\s*$/i,
  /^(read more|read the full (story|article)|continue reading|click here|learn more|more:|see more:)\b.{0,120}$/i,
  /^(related|see also|also read|read also|recommended|lire aussi|à lire aussi|lesen sie auch|mehr zum thema|also on [\w.]+)\s*:?.{0,200}$/i,
  /^(sign up|subscribe|get the|join)\b.{0,80}\b(newsletter|inbox|email|updates|alerts|forums?)\b.{0,160}$/i,
  /^(follow (us|\w+ \w+) on|like this (story|article)\??|want more stories like this\??|tell us what you think|this slideshow requires javascript)\b.{0,100}$/i,
  /^(©|\(c\)|copyright\b).{0,200}$/i,
  /\ball rights reserved\.?$/i,
  /^(photo|image|picture|credit|foto|bild|photograph|illustration|video)s?\s*(credit)?\s*:.{0,120}$/i,
  /^image \d+ of \/? ?\d*$/i,
  /\([^()]{0,40}\b(image|photo|picture|foto|credit|getty|reuters|afp|shutterstock)\b[^()]{0,120}\)\s*$/i,
  /^[^.!?]{0,120}\b(getty images|associated press|ap photo|shutterstock|istock)\b[^.!?]{0,40}$/i,
  /^(this (article|story) (was|is|has been) (originally )?(published|updated|corrected))\b.{0,200}$/i,
  // Wire and translation credits: "Reporting by A; Editing by B", "Translated by C 19 November 2026, 10:15".
  /^((additional )?reporting|writing|editing|edited|translated|translation|compiled|produced) by\b[^.!?]{0,160}$/i,
  /^translated from\b[^.!?,]{0,100}\.?(\s*original (headline|title)\s*:.{0,200})?$/i,
  /^(we (use|value) cookies|this (site|website) uses cookies)\b.*/i,
  // How to reach the writer: "Write to Al Root at …@…", "Have a tip? Amy may be reached at …", "Email Tariq Malik at …".
  /^(?=.{0,300}$)(?=.*\S@\S+\.\w)(write to|e-?mail|contact|reach|follow|have a (news )?tip\b|[\p{Lu}][\p{L}'’.-]+( [\p{Lu}][\p{L}'’.-]+){0,2} (may|can) be reached)/iu,
  /^(this (post|article|page|story) (may )?contains? affiliate\b|citation: ).{0,300}$/i,
  /^this (document|article|material|content) is (subject to|protected by) copyright\b.{0,300}$/i,
];

/** Words of share bars and page furniture: a line made only of these is not text. */
const FURNITURE = new Set(
  (
    'facebook twitter whatsapp pinterest pint linkedin reddit email e-mail mail share shares sharing tweet print copy link messenger telegram ' +
    'flipboard tumblr sms comments comment baixar compartir partager teilen sign in log in subscribe close caption menu search skip to content ' +
    'breaking news latest news warning tags home next previous prev open gallery view expand more order reprints print article text size'
  ).split(' '),
);

function isFurniture(text: string): boolean {
  if (text.length > 60) return false;
  const words = text.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  return words.length > 0 && words.every((word) => FURNITURE.has(word)) && !/[.!?]$/.test(text);
}

const DATE_WORDS =
  /\b(published|updated|posted|last updated|modified|original|am|pm|a\.m|p\.m|[ecmp][sd]?t|gmt|utc|bst|cet|cest|ago|mins?|minutes?|hours?|days?|at|on|de|às|um|le|el|the|jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?|mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(rs(day)?)?|fri(day)?|sat(urday)?|sun(day)?|janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|segunda|terça|quarta|quinta|sexta|feira|sábado|domingo)\b/giu;

/** "2019年04月04日 09:00", "2019年4月4日（木）": a Chinese or Japanese date and nothing else. */
const CJK_DATELINE =
  /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:[(（][月火水木金土日][)）])?\s*(?:\d{1,2}\s*[:：時]\s*\d{2}\s*分?)?[\s\-–—|]*$/u;

/** "PUBLISHED: 10:48, Tue, Nov 19, 2019", "Updated 11:21 pm CST, Tuesday, November 19, 2019". */
export function isDateline(text: string): boolean {
  if (text.length <= 40 && CJK_DATELINE.test(text)) return true;
  // A number alone is a table cell or a score; a time alone heads a live-blog entry.
  if (text.length > 100 || !/\d/.test(text) || !/\p{L}{3}/u.test(text.replace(/\b[ap]\.?m\.?\b/gi, ''))) return false;
  const rest = text.replace(DATE_WORDS, ' ').replace(/[\d\s:;,.|/()\-–—]+/g, '');
  return rest.length <= 2;
}

/** Whether a line of the article, already through `normaliseText` (as `extractBody` reads them), is furniture rather than text. */
export function isBoilerplateLine(text: string): boolean {
  return text.length < 400 && (isFurniture(text) || isDateline(text) || BOILERPLATE_LINE.some((pattern) => pattern.test(text)));
}
