/** Entities of a prepared article, found once per comparison for the analysers that need them (names, tone). */
import { entities, type Entity } from '../text';
import { capitalsOf } from './capitals-of';
import { oncePer } from './once-per';
import type { PreparedArticle } from './types';

export const entitiesOf = oncePer((article: PreparedArticle): Entity[] => entities(article.text, article.lang, capitalsOf(article)));
