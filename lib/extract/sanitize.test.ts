// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { articlePage, parseDocument } from '../testing/pages';
import { extractArticle } from '.';
import { purifierFor } from './sanitize';

const URL = 'https://wire.example/2026/11/18/ministers-meet.html';

/** The article page with markup no display HTML may keep. */
const hostilePage = () =>
  articlePage().replace(
    '</article>',
    '<p>Read <a href="javascript:alert(1)">this</a> and <a href="https://wire.example/b.html" onclick="steal()">that</a>.' +
      '<img src="https://wire.example/x.jpg" onerror="steal()"><script>steal()</script></p></article>',
  );

/**
 * The page as the extension meets it: the document of a window (jsdom's here),
 * not one from DOMParser, which has none.
 */
function livePage(html: string): Document {
  // eslint-disable-next-line no-restricted-globals -- this test plays the content script, which is handed the window's document
  const live = document;
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  live.replaceChild(live.importNode(parsed.documentElement, true), live.documentElement);
  return live;
}

function displayHtml(doc: Document): string {
  const result = extractArticle(doc, URL);
  if (!result.isArticle) throw new Error(`not an article: ${result.reason}`);
  return result.html;
}

describe('display HTML', () => {
  it('runs DOMPurify over what the allowlist wrote when the page is a real DOM', () => {
    const doc = livePage(hostilePage());
    const purifier = purifierFor(doc);
    expect(purifier).not.toBeNull();
    const seen: string[] = [];
    purifier!.addHook('uponSanitizeElement', (_, data) => void seen.push(data.tagName));
    try {
      const html = displayHtml(doc);
      expect(html).toContain('<p>');
      expect(seen).toContain('p');
      expect(seen).toContain('a');
    } finally {
      purifier!.removeHooks('uponSanitizeElement');
    }
  });

  it('never binds DOMPurify to a linkedom window, where the allowlist alone is the guard', () => {
    expect(purifierFor(parseDocument(articlePage()))).toBeNull();
  });

  it.each([
    ['a real DOM', () => livePage(hostilePage())],
    ['linkedom', () => parseDocument(hostilePage())],
  ])('keeps only http(s) links and no scripts or handlers under %s', (_, parse) => {
    const html = displayHtml(parse());
    expect(html).toContain('href="https://wire.example/b.html"');
    expect(html).toContain('src="https://wire.example/x.jpg"');
    expect(html).not.toMatch(/javascript:|onclick|onerror|<script|steal/);
  });
});
