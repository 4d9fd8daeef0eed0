/** Each article's capitalised runs, read once per comparison for both the entities and the quotations' name index. */
import { capitalisedWords, type Capitalised } from '../text/capitalised';
import { oncePer } from './once-per';
import type { PreparedArticle } from './types';

export const capitalsOf = oncePer((article: PreparedArticle): Capitalised => capitalisedWords(article.text));
