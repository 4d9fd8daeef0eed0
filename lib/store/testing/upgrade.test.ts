import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { SchemaVersion } from '../schema';
import { testUpgrade } from './upgrade';

// A made-up history, so the helper is proven before the real schema needs it.
const versions: SchemaVersion[] = [
  { version: 1, stores: { notes: '++id, title' } },
  {
    version: 2,
    stores: { notes: '++id, title, words' },
    upgrade: (tx) =>
      tx
        .table('notes')
        .toCollection()
        .modify((note: { title: string; words?: number }) => void (note.words = note.title.split(' ').length)),
  },
];

describe('testUpgrade', () => {
  it('seeds version n−1 and shows the upgraded rows to the check', async () => {
    let seen: unknown[] = [];
    await testUpgrade({
      versions,
      from: 1,
      seed: async (db) => void (await db.table('notes').bulkAdd([{ title: 'two words' }, { title: 'three whole words' }])),
      check: async (db) => void (seen = await db.table('notes').toArray()),
    });
    expect(seen).toEqual([
      { id: 1, title: 'two words', words: 2 },
      { id: 2, title: 'three whole words', words: 3 },
    ]);
  });

  it('fails a check that finds data lost', async () => {
    const losing: SchemaVersion[] = [versions[0]!, { version: 2, stores: { notes: '++id' }, upgrade: (tx) => tx.table('notes').clear() }];
    await expect(
      testUpgrade({
        versions: losing,
        from: 1,
        seed: async (db) => void (await db.table('notes').add({ title: 'kept?' })),
        check: async (db) => expect(await db.table('notes').count()).toBe(1),
      }),
    ).rejects.toThrow();
  });

  it('refuses to run without a version to upgrade to', async () => {
    await expect(testUpgrade({ versions, from: 2, seed: async () => {}, check: async () => {} })).rejects.toThrow(/No schema version 3/);
  });
});
