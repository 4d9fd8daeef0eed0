import { describe, expect, it } from 'vitest';
import { SnapshotError } from './doc-pages';
import { Interner, PagedStrings, STRINGS_PAGE } from './paged-strings';

describe('Interner', () => {
  it('gives each distinct string one id, in order of arrival, whatever its characters', () => {
    const interner = new Interner();
    const words = ['kyiv', 'Київ', 'zürich', '北京', '🙂 smile', '', 'kyiv'];
    expect(words.map((w) => interner.intern(w))).toEqual([0, 1, 2, 3, 4, 5, 0]);
    expect([0, 1, 2, 3, 4, 5].map((id) => interner.get(id))).toEqual(words.slice(0, 6));
    expect(interner.idOf('kiev')).toBeUndefined();
  });

  it('finds every one of many thousands, across pages and table growth', () => {
    const interner = new Interner();
    const n = STRINGS_PAGE * 5 + 7;
    for (let i = 0; i < n; i++) expect(interner.intern(`term${i}`)).toBe(i);
    for (let i = 0; i < n; i += 97) expect(interner.idOf(`term${i}`)).toBe(i);
  });

  it('comes back from its stored pages, finding every string at the first lookup', () => {
    const interner = new Interner();
    for (let i = 0; i < STRINGS_PAGE + 10; i++) interner.intern(`w${i}`);
    const restored = new Interner();
    for (let p = 0; p < interner.strings.pageCount; p++) restored.loadPage(p, structuredClone(interner.strings.page(p)));
    expect(restored.idOf('w1030')).toBe(1030);
    expect(restored.idOf('w7')).toBe(7);
    expect(restored.intern('new')).toBe(STRINGS_PAGE + 10);
    expect(restored.intern('w0')).toBe(0);
  });
});

describe('PagedStrings', () => {
  it('keeps strings set out of order, with gaps read as none', () => {
    const names = new PagedStrings();
    names.set(5, 'Lavrov');
    names.set(2, 'Blinken');
    names.set(STRINGS_PAGE + 1, 'Kuleba');
    names.set(5, 'Sergei Lavrov');
    expect([0, 2, 5, STRINGS_PAGE, STRINGS_PAGE + 1].map((id) => names.get(id))).toEqual(['', 'Blinken', 'Sergei Lavrov', '', 'Kuleba']);
  });

  it('refuses a stored page whose offsets run past its characters', () => {
    expect(() => new PagedStrings().loadPage(0, { chars: new Uint16Array(3), ends: Int32Array.of(2, 9) })).toThrow(SnapshotError);
  });
});
