/**
 * Language of the article: what the page declares, else a guess from stop words
 * (the most frequent short words identify the main European languages reliably
 * from a paragraph or two) or from the script for CJK and Cyrillic/Greek/Arabic text.
 */

const STOP_WORDS: Record<string, string> = {
  en: 'the of and to in is that for it with as was on are be by this have from at not but they his her which said were has',
  de: 'der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei',
  fr: 'le la les de des et en un une du est que qui dans pour pas sur au par avec il elle sont ce aux ont été plus',
  es: 'el la de que y en los del se las por un una para con no es al lo como más su pero sus le ha',
  it: 'il di che la e un per non una in sono del della con è le si gli da al ha anche come ma nel dei',
  pt: 'de que e o a do da em um para com não uma os no se na por mais as dos como mas foi ao ele das',
  nl: 'de het een en van in is dat op te zijn met voor niet aan er die ook als bij door worden hij wordt',
  sv: 'och att det som en på är av för med till den har inte om ett var jag men från de sig',
  da: 'og at det en af til er som på de med for ikke den har var et om der men fra',
  no: 'og i det som en på er av for med til ikke den har var et om de men fra å',
  pl: 'i w się na nie z że do to jest jak o po ale co tak za od czy przez',
  fi: 'ja on ei se että oli hän mutta kuin myös ovat sen tai jos kun',
};

const LISTS = Object.entries(STOP_WORDS).map(([lang, words]) => [lang, new Set(words.split(' '))] as const);

/** The primary subtag, lower-case: "en-GB" → "en"; junk → null. */
export function normaliseLang(raw: string | null | undefined): string | null {
  const match = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*\s*$/i.exec(raw ?? '');
  return match ? match[1]!.toLowerCase() : null;
}

function byScript(text: string): string | null {
  const count = (pattern: RegExp) => text.match(pattern)?.length ?? 0;
  const letters = count(/\p{L}/gu) || 1;
  if (count(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu) / letters > 0.05) return 'ja';
  if (count(/\p{Script=Hangul}/gu) / letters > 0.3) return 'ko';
  if (count(/\p{Script=Han}/gu) / letters > 0.3) return 'zh';
  if (count(/\p{Script=Cyrillic}/gu) / letters > 0.5) return count(/[іїєґ]/gu) > 3 ? 'uk' : 'ru';
  if (count(/\p{Script=Greek}/gu) / letters > 0.5) return 'el';
  if (count(/\p{Script=Arabic}/gu) / letters > 0.5) return 'ar';
  if (count(/\p{Script=Hebrew}/gu) / letters > 0.5) return 'he';
  return null;
}

/** A guess from the text itself, or null when it is too short or too mixed to tell. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, 5000);
  const script = byScript(sample);
  if (script) return script;
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 20) return null;
  let best: string | null = null;
  let bestScore = 0;
  let second = 0;
  for (const [lang, list] of LISTS) {
    let score = 0;
    for (const word of words) if (list.has(word)) score++;
    if (score > bestScore) [best, bestScore, second] = [lang, score, bestScore];
    else if (score > second) second = score;
  }
  // Stop words are a large share of any running text; demand a clear winner.
  return bestScore / words.length > 0.1 && bestScore > second * 1.3 ? best : null;
}
