/**
 * Wire agencies an article credits: syndicated copy is the commonest reason two outlets
 * print near-identical text, and the UI shows such copies as one story "also on N sites".
 * Only credits count (datelines, "contributed to this report", copyright lines, "Source:"),
 * not mentions such as "told Reuters" or photo captions "(AP Photo/…)".
 */

// Canonical name → spellings. Short forms are matched case-sensitively ("AP", not "ap").
const AGENCIES: Record<string, string[]> = {
  AP: ['AP', 'Associated Press', 'The Associated Press'],
  Reuters: ['Reuters', 'REUTERS', 'Thomson Reuters'],
  AFP: ['AFP', 'Agence France-Presse', 'Agence France Presse'],
  dpa: ['dpa', 'DPA', 'Deutsche Presse-Agentur'],
  ANI: ['ANI', 'Asian News International'],
  PTI: ['PTI', 'Press Trust of India'],
  IANS: ['IANS'],
  UNI: ['UNI'],
  Xinhua: ['Xinhua', 'XINHUA'],
  TASS: ['TASS', 'Tass', 'ITAR-TASS'],
  'RIA Novosti': ['RIA Novosti', 'RIA'],
  Interfax: ['Interfax'],
  EFE: ['EFE'],
  ANSA: ['ANSA'],
  Kyodo: ['Kyodo', 'Kyodo News'],
  Yonhap: ['Yonhap'],
  UPI: ['UPI', 'United Press International'],
  AAP: ['AAP', 'Australian Associated Press'],
  CP: ['CP', 'The Canadian Press', 'Canadian Press'],
  PA: ['PA', 'PA Media', 'Press Association'],
  Anadolu: ['Anadolu', 'Anadolu Agency', 'AA'],
  Bernama: ['Bernama'],
  APA: ['APA'],
  ANP: ['ANP'],
  Belga: ['Belga'],
  NTB: ['NTB'],
  TT: ['TT'],
  Ritzau: ['Ritzau'],
  'Europa Press': ['Europa Press'],
  Ukrinform: ['Ukrinform'],
  KNA: ['KNA'],
  Bloomberg: ['Bloomberg', 'Bloomberg News'],
};

const CANONICAL = new Map<string, string>();
for (const [name, spellings] of Object.entries(AGENCIES)) for (const s of spellings) CANONICAL.set(s, name);
// Longest first, so "Associated Press" is not read as "AP"… and "RIA Novosti" not as "RIA".
const ALTERNATION = [...CANONICAL.keys()]
  .sort((a, b) => b.length - a.length)
  .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');
const A = `(?:the\\s)?(${ALTERNATION})`;
const LIST = `((?:${ALTERNATION})(?:\\s?(?:,|/|&|and)\\s?(?:the\\s)?(?:${ALTERNATION}))*)`;

const CONTRIBUTED = new RegExp(`${LIST}\\s(?:contributed|also contributed)\\b`, 'gi');
const CREDITS: RegExp[] = [
  // WASHINGTON (AP) —   MOSCOW, Nov 18 (Reuters) -   New Delhi [India] (ANI):
  new RegExp(`\\(${LIST}\\)(?=\\s?[—–:-]|\\s*$|\\s\\p{Lu})`, 'gmu'),
  // … the end of the story. — Reuters      (paragraph or text end)
  new RegExp(`[—–-]\\s?${LIST}\\.?\\s*$`, 'gm'),
  // The Associated Press contributed to this report. / Reuters contributed reporting.
  CONTRIBUTED,
  // With files from The Canadian Press / Information from Reuters was used in this report.
  new RegExp(`(?:with (?:files|reporting|reports|wires?) from|information from|reporting by)\\s${LIST}\\b`, 'gi'),
  // Copyright 2026 The Associated Press. All rights reserved. / © 2026 AFP
  new RegExp(`(?:copyright|©|\\(c\\))\\s?(?:\\d{4}\\s)?(?:,\\s)?${A}`, 'gi'),
  // Source: Reuters / Sources: AP, AFP
  new RegExp(`\\bsources?:\\s?${LIST}`, 'gi'),
  // By The Associated Press (a byline line of its own)
  new RegExp(`^by\\s${LIST}\\s*$`, 'gim'),
];
const SPLIT_LIST = new RegExp(ALTERNATION, 'g');
const LOWER = new Map([...CANONICAL].map(([k, v]) => [k.toLowerCase(), v]));

function splitList(list: string): string[] {
  return list.split(/\s*(?:,|\/|&|\band\b)\s*/i).map((s) => s.replace(/^the\s+/i, '').trim());
}

/** The canonical name of a wire agency from one of its spellings ("Associated Press" → "AP"), or undefined. */
export function agencyName(spelling: string): string | undefined {
  return canonical(spelling.replace(/^the\s+/i, ''));
}

function canonical(spelling: string): string | undefined {
  // Long names are matched case-insensitively ("associated press"); short ones must match as written.
  return CANONICAL.get(spelling) ?? (spelling.length > 4 ? LOWER.get(spelling.toLowerCase()) : undefined);
}

/** Agencies credited, canonical names in order of first credit; [] when the story credits none. */
export function wireCredits(text: string): string[] {
  const found: { name: string; at: number }[] = [];
  for (const pattern of CREDITS) {
    // This one opens with the list of agencies, tried at every word; most texts never write the word it needs.
    if (pattern === CONTRIBUTED && !/contributed/i.test(text)) continue;
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) {
      const list = m[1] ?? '';
      // In a case-insensitive pattern "ap" could match inside prose; re-read the list case-sensitively.
      const spellings = pattern.flags.includes('i') ? splitList(list) : (list.match(SPLIT_LIST) ?? []);
      for (const spelling of spellings) {
        const name = canonical(spelling);
        if (name) found.push({ name, at: m.index });
      }
    }
  }
  found.sort((a, b) => a.at - b.at);
  return [...new Set(found.map((f) => f.name))];
}
