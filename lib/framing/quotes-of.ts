/**
 * The quotations of each prepared article, read once and shared by the voices, sources and
 * attribution analysers (a WeakMap, so a comparison's articles take their cache with them).
 */
import { quotes, type Quote } from '../text';
import { capitalsOf } from './capitals-of';
import { oncePer } from './once-per';
import type { PreparedArticle } from './types';

export const quotesOf = oncePer((article: PreparedArticle): Quote[] => quotes(article.text, article.lang, capitalsOf(article)));
