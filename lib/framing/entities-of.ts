/** Entities of a prepared article, found once per comparison for the analysers that need them (names, tone). */
import { entities, type Entity } from '../text';
import type { PreparedArticle } from './types';

const cache = new WeakMap<PreparedArticle, Entity[]>();

export function entitiesOf(article: PreparedArticle): Entity[] {
  let found = cache.get(article);
  if (!found) {
    found = entities(article.text, article.lang);
    cache.set(article, found);
  }
  return found;
}
