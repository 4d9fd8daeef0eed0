import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The architecture's boundaries are lint rules; this proves the rules bite.
const eslint = new ESLint();

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('architecture boundaries', () => {
  it.each([
    ['browser.* in lib/', 'export const id = browser.runtime.id;\n', 'lib/extract/x.ts', 'no-restricted-globals'],
    ['window in lib/', 'export const w = window.innerWidth;\n', 'lib/match/x.ts', 'no-restricted-globals'],
    ['document in lib/', 'export const t = document.title;\n', 'lib/text/x.ts', 'no-restricted-globals'],
    [
      'extension APIs imported into lib/',
      "import { browser } from '#imports';\nexport const b = browser;\n",
      'lib/framing/x.ts',
      'no-restricted-imports',
    ],
    [
      'Dexie in lib/ outside lib/store',
      "import Dexie from 'dexie';\nexport const D = Dexie;\n",
      'lib/search/x.ts',
      'no-restricted-imports',
    ],
    ['Dexie in an entrypoint', "import Dexie from 'dexie';\nexport const D = Dexie;\n", 'entrypoints/popup/x.ts', 'no-restricted-imports'],
    ['Dexie in a component', "import Dexie from 'dexie';\nexport const D = Dexie;\n", 'components/X.tsx', 'no-restricted-imports'],
    ['browser.* in a component', 'export const id = browser.runtime.id;\n', 'components/X.tsx', 'no-restricted-globals'],
    [
      'the whole extractor in the content script',
      "import { extractArticle } from '@/lib/extract';\nexport const e = extractArticle;\n",
      'entrypoints/content/x.ts',
      'no-restricted-imports',
    ],
    [
      'the whole extractor in a component (components run in pages too)',
      "import { toHttpUrl } from '@/lib/extract';\nexport const t = toHttpUrl;\n",
      'components/X.tsx',
      'no-restricted-imports',
    ],
  ])('rejects %s', async (_, code, file, rule) => {
    expect(await ruleIds(code, file)).toContain(rule);
  });

  it.each([
    ['extension APIs in lib/browser', "import { browser } from '#imports';\nexport const id = browser.runtime.id;\n", 'lib/browser/x.ts'],
    ['Dexie in lib/store', "import Dexie from 'dexie';\nexport const D = Dexie;\n", 'lib/store/x.ts'],
    [
      'the first look in the content script',
      "import { notWorthExtracting } from '@/lib/extract/first-look';\nexport const n = notWorthExtracting;\n",
      'entrypoints/content/x.ts',
    ],
  ])('allows %s', async (_, code, file) => {
    expect(await ruleIds(code, file)).toEqual([]);
  });
});
