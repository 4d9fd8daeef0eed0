import Dexie, { type Table, type Transaction } from 'dexie';
import type { Correction, CoverageRecord } from '../coverage/types';
import type { IndexRow } from '../match/snapshot';
import type { StoredArticle } from './types';

/** A number kept in step with a store, so reading it is one get (see version 5). */
export interface Counter {
  key: 'articles';
  value: number;
}

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => PromiseLike<unknown> | void;
}

/**
 * Every version the database has ever had. Old versions stay declared forever so
 * any saved profile can be upgraded; a change is a new entry with an `upgrade`,
 * tested with `lib/store/testing/upgrade` on data saved by the version before.
 */
export const SCHEMA: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: { articles: '++id, &canonicalUrl, *urls, readAt, outlet, publishedAt' },
  },
  {
    // Same-event matching: each article's features, event and coverage; the reader's corrections.
    version: 2,
    stores: { coverage: 'articleId, eventId', corrections: '++id, a, b' },
  },
  {
    // The matcher's index in a few hundred rows (lib/match/snapshot.ts), so a worker restart
    // need not read every coverage record. Nothing to migrate: the service finds it empty,
    // rebuilds it once from the coverage records, and keeps it in step from then on.
    version: 3,
    stores: { matchIndex: 'key' },
  },
  {
    // The index in fewer, larger rows (format 2 in lib/match/snapshot.ts): IndexedDB reads a few
    // large values much faster than many small ones. The rows of format 1 go; the service
    // rebuilds the index once from the coverage records, as it did after version 3.
    version: 4,
    stores: { matchIndex: 'key' },
    upgrade: (tx) => tx.table('matchIndex').clear(),
  },
  {
    // How many articles are stored, kept in step by every save and deletion: Chromium's
    // IndexedDB counts a store by walking all its records (~0.7 s at 50k articles), and
    // each save reports the count. Counted once here from the articles of version 4.
    version: 5,
    stores: { counters: 'key' },
    upgrade: async (tx) => {
      const articles = await tx.table('articles').count();
      await tx.table('counters').put({ key: 'articles', value: articles });
    },
  },
];

export const DATABASE_NAME = 'parallax';

export class ParallaxDb extends Dexie {
  declare articles: Table<StoredArticle, number>;
  declare coverage: Table<CoverageRecord, number>;
  declare corrections: Table<Correction & { id?: number }, number>;
  declare matchIndex: Table<IndexRow, string>;
  declare counters: Table<Counter, string>;

  constructor(name: string = DATABASE_NAME, versions: readonly SchemaVersion[] = SCHEMA) {
    super(name);
    for (const { version, stores, upgrade } of versions) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}

export function openDatabase(name: string = DATABASE_NAME): ParallaxDb {
  return new ParallaxDb(name);
}
