/** Each sentence's word tokens, split once per comparison for every analyser that reads words. */
import { tokenize } from '../text';
import { oncePer } from './once-per';
import type { PreparedArticle } from './types';

/** `tokensOf(article)[i]` are the lower-case tokens of `article.sentences[i]` (see lib/text tokenize). */
export const tokensOf = oncePer((article: PreparedArticle): string[][] => article.sentences.map((s) => tokenize(s.text)));
