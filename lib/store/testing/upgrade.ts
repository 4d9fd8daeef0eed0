import { ParallaxDb, SCHEMA, type SchemaVersion } from '../schema';

export interface UpgradeCase {
  /** The version whose data is seeded; the test upgrades it to `from + 1`. */
  from: number;
  seed: (db: ParallaxDb) => Promise<void>;
  check: (db: ParallaxDb) => Promise<void>;
  /** Defaults to the real schema; tests of this helper pass their own. */
  versions?: readonly SchemaVersion[];
}

let counter = 0;

/**
 * Opens the database as version `from` declared it, seeds it, closes it, opens it
 * again at `from + 1` (running that version's upgrade), and hands it to `check`.
 * Needs an IndexedDB: `fake-indexeddb/auto` in unit tests.
 */
export async function testUpgrade({ from, seed, check, versions = SCHEMA }: UpgradeCase): Promise<void> {
  const upTo = (version: number) => versions.filter((v) => v.version <= version);
  if (!versions.some((v) => v.version === from + 1)) throw new Error(`No schema version ${from + 1} to upgrade to`);
  const name = `parallax-upgrade-test-${Date.now()}-${counter++}`;
  const before = new ParallaxDb(name, upTo(from));
  await before.open();
  await seed(before);
  before.close();
  const after = new ParallaxDb(name, upTo(from + 1));
  try {
    await after.open();
    await check(after);
  } finally {
    after.close();
    await after.delete();
  }
}
