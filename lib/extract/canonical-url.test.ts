import { describe, expect, it } from 'vitest';
import { cleanUrl, toHttpUrl } from './canonical-url';

describe('cleanUrl', () => {
  it('drops tracking parameters and the fragment but keeps the ones that pick the article', () => {
    expect(cleanUrl('https://news.example/a?id=7&utm_source=x&utm_medium=y&fbclid=abc&gclid=1#comments')).toBe(
      'https://news.example/a?id=7',
    );
  });

  it('gives the same key whatever order the parameters come in', () => {
    expect(cleanUrl('https://news.example/a?b=2&a=1')).toBe(cleanUrl('https://news.example/a?a=1&b=2'));
  });

  it('resolves relative canonical links against the page', () => {
    expect(cleanUrl('/2026/story.html', 'https://news.example/x/y')).toBe('https://news.example/2026/story.html');
  });

  it('refuses anything but http(s)', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,hi', 'chrome://settings', 'not a url']) expect(toHttpUrl(url)).toBeNull();
  });
});
