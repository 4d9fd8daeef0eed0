import { describe, expect, it } from 'vitest';
import { DocPages } from './doc-pages';
import type { PackedDoc } from './packed';

const docOf = (id: number, outlet: number, day: number, lang: number): PackedDoc => ({
  id,
  outlet,
  day,
  lang,
  // Eight section lengths and one title id.
  data: Int32Array.from([1, 0, 0, 0, 0, 0, 0, 0, 42]),
});

const headerOf = (docs: DocPages, id: number) => {
  const out = { outlet: -1, day: -1, lang: -1 };
  return docs.header(id, out) ? out : undefined;
};

describe('DocPages headers', () => {
  it('answers for stored articles only, as set, replaced, deleted and reloaded from stored pages', () => {
    const docs = new DocPages();
    docs.set(docOf(3, 1, 19_000, 7));
    docs.set(docOf(5_000, 2, 19_001, 8));
    docs.set(docOf(3, 4, 19_002, 7));
    expect(headerOf(docs, 3)).toEqual({ outlet: 4, day: 19_002, lang: 7 });
    expect(headerOf(docs, 5_000)).toEqual({ outlet: 2, day: 19_001, lang: 8 });
    expect([headerOf(docs, 4), headerOf(docs, 1e9), headerOf(docs, -1), headerOf(docs, 2.5)]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    docs.delete(5_000);
    expect(headerOf(docs, 5_000)).toBeUndefined();

    const reloaded = new DocPages();
    for (const group of docs.groupNumbers()) reloaded.loadGroup(group, docs.groupRecords(group));
    expect(headerOf(reloaded, 3)).toEqual({ outlet: 4, day: 19_002, lang: 7 });
    expect(headerOf(reloaded, 5_000)).toBeUndefined();
  });
});
