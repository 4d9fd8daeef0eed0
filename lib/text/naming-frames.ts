/**
 * Whether a short quotation is someone's words rather than a scare quote: news prose
 * quotes one or two words of a speaker when a verb of naming or speaking introduces them
 * ("called him a “coward”", "referred to a reporter as a “jackass”", "accusing the
 * president of having “wasted another week”", "saying she has the “courage”"). Without
 * such a frame ("the troops are “defensive”") the marks only distance the writer.
 */

// "Mr. Trump", "Sen. Cruz", "J. Smith": a period that does not end the sentence.
const ABBREVIATION = /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr|Prof|Rev|\p{Lu})\.$/u;
const WINDOW_CHARS = 200;

const FRAMES = [
  // "called him a", "whom he called a", "Calling Mr. Trump a", "dubbed it the"; not "so-called".
  /(?<![-\p{L}])(?:call|dub|label|brand|term|nickname)(?:s|ed|ing|led|ling|bed|bing)?\s+(?:[^\s!?;]+\s+){1,8}$/iu,
  // "described the plan as", "referred to a reporter in the scrum as a", "dismissed his politics as".
  /(?<![-\p{L}])(?:describ|refer|referr|characteri[sz]|portray|dismiss)\p{Ll}*\s+(?:[^\s!?;]+\s+){0,10}as\s+(?:(?:a|an|the|being|his|her|their|its)\s+)?$/iu,
  // "accusing the president of having", "accused her of".
  /(?<![-\p{L}])accus(?:e|es|ed|ing)\s+(?:[^\s!?;]+\s+){1,8}of\s+(?:\p{Ll}+ing\s+)?$/iu,
  // "saying she has the", "tweeted,", "wrote:".
  /(?<![-\p{L}])(?:saying|said|says|wrote|writing|tweeted|tweeting|added|adding)\s*[,:]?\s*$/iu,
  /(?<![-\p{L}])saying\s+(?:[^\s!?;]+\s+){1,8}$/iu,
  // "said he was", "says she felt": the subject's own word in a reported clause.
  /(?<![-\p{L}])(?:said|says)\s+(?:that\s+)?(?:he|she|they|i|we)\s+(?:[^\s!?;,]+\s+){0,5}$/iu,
];

/** Where the sentence holding `at` starts, looking back at most WINDOW_CHARS. */
function sentenceStartBefore(text: string, at: number): number {
  const from = Math.max(0, at - WINDOW_CHARS);
  const window = text.slice(from, at);
  let start = from;
  for (const m of window.matchAll(/[.!?]["\u201D\u2019]?\s+/g)) {
    const before = window.slice(0, m.index + 1);
    if (!ABBREVIATION.test(before)) start = from + m.index + m[0].length;
  }
  const paragraph = window.lastIndexOf('\n');
  return Math.max(start, paragraph >= 0 ? from + paragraph + 1 : from);
}

/**
 * Whether the quotation opening at `open` is introduced by a frame of naming or speaking in
 * its sentence. An earlier quotation ends the frame unless this one continues its list ("a
 * “dangerous demagogue” and a “bomb-thrower”").
 */
export function introducedAsWords(text: string, open: number, previousClose: number): boolean {
  let start = sentenceStartBefore(text, open);
  if (previousClose > start && !/^[\s,]*(?:(?:and|or)\s+)?(?:(?:a|an|the)\s+)?$/i.test(text.slice(previousClose, open)))
    start = previousClose;
  const lead = text.slice(start, open);
  return FRAMES.some((frame) => frame.test(lead));
}
