import { describe, expect, it } from 'vitest';
import { backgroundHandlers } from '@/entrypoints/background/handlers';
import { contentHandlers } from '@/entrypoints/content/handlers';
import { extractArticle, type ExtractedArticle } from '../extract';
import { articlePage, parseDocument } from '../testing/pages';
import type { CoverageService } from '../coverage/service';
import { openDatabase } from '../store';
import { guarded, InvalidPayload, MESSAGE_NAMES, parsePayload, SenderRejected, type MessageSender } from '.';

const self = { id: 'parallax-id', baseUrl: 'chrome-extension://parallax-id/' };
const contentScript: MessageSender = {
  id: self.id,
  url: 'https://news.example/a.html',
  tab: { id: 4, url: 'https://news.example/a.html' },
};
const popup: MessageSender = { id: self.id, url: 'chrome-extension://parallax-id/popup.html' };

function article(): ExtractedArticle {
  const result = extractArticle(parseDocument(articlePage()), 'https://wire.example/2026/11/18/ministers-meet.html');
  if (!result.isArticle) throw new Error('fixture should be an article');
  return result;
}

describe('the protocol', () => {
  it('has exactly one handler for every message, across all contexts', () => {
    const registered = [
      ...Object.keys(backgroundHandlers(openDatabase('unused'), {} as CoverageService)),
      ...Object.keys(
        contentHandlers(
          () => ({ state: 'pending' }),
          () => false,
          () => undefined,
        ),
      ),
    ];
    expect([...registered].sort()).toEqual([...MESSAGE_NAMES].sort());
  });
});

describe('payload validation', () => {
  it('accepts a real extracted article', () => {
    expect(parsePayload('cs-bg-save-article', article()).title).toBe('Ministers meet in Lorn');
  });

  it.each([
    ['a javascript: URL', { canonicalUrl: 'javascript:alert(1)' }, /canonicalUrl/],
    ['a title past the limit', { title: 'x'.repeat(5_000) }, /title/],
    ['an unknown field', { injected: '<img onerror=alert(1)>' }, /injected/],
    ['a date that is not ISO 8601', { publishedAt: 'yesterday' }, /publishedAt/],
    ['no paragraphs', { paragraphs: [] }, /paragraphs/],
  ])('rejects %s with a message naming the field', (_, change, field) => {
    expect(() => parsePayload('cs-bg-save-article', { ...article(), ...change })).toThrow(InvalidPayload);
    expect(() => parsePayload('cs-bg-save-article', { ...article(), ...change })).toThrow(field);
  });

  it('rejects text too long for one article', () => {
    const huge = { ...article(), paragraphs: Array.from({ length: 50 }, () => 'word '.repeat(9_000)) };
    expect(() => parsePayload('cs-bg-save-article', huge)).toThrow(/too long/);
  });
});

describe('sender checks', () => {
  const reply = { deleted: true };
  const deleteHandler = guarded('ui-bg-delete-article', () => reply, self);
  const saveHandler = guarded('cs-bg-save-article', () => ({ articleId: 1, created: true, articleCount: 1, otherOutlets: 0 }), self);

  it('lets the extension’s own pages send privileged messages', async () => {
    await expect(deleteHandler({ articleId: 3 }, popup)).resolves.toBe(reply);
  });

  it('refuses a privileged message from a content script', async () => {
    await expect(deleteHandler({ articleId: 3 }, contentScript)).rejects.toThrow(SenderRejected);
  });

  it('refuses messages from another extension', async () => {
    await expect(deleteHandler({ articleId: 3 }, { ...popup, id: 'someone-else' })).rejects.toThrow(/another extension/);
  });

  it('takes articles only from content scripts in web pages', async () => {
    await expect(saveHandler(article(), contentScript)).resolves.toMatchObject({ created: true });
    await expect(saveHandler(article(), popup)).rejects.toThrow(SenderRejected);
    await expect(
      saveHandler(article(), { ...contentScript, url: 'file:///etc/passwd', tab: { id: 4, url: 'file:///etc/passwd' } }),
    ).rejects.toThrow(SenderRejected);
  });
});

describe('comparison and highlight messages', () => {
  it('takes a comparison request only as a stored article id, from the extension’s own pages', async () => {
    expect(parsePayload('ui-bg-compare-event', { articleId: 3 })).toEqual({ articleId: 3 });
    expect(() => parsePayload('ui-bg-compare-event', { articleId: '3' })).toThrow(/articleId/);
    expect(() => parsePayload('ui-bg-compare-event', { articleId: 0 })).toThrow(InvalidPayload);
    const compare = guarded('ui-bg-compare-event', () => ({}) as never, self);
    await expect(compare({ articleId: 3 }, contentScript)).rejects.toThrow(SenderRejected);
  });

  it('asks the page to highlight a bounded, non-blank sentence, and only our pages may ask', async () => {
    expect(parsePayload('ui-cs-highlight-sentence', { sentence: 'Ministers met.' })).toEqual({ sentence: 'Ministers met.' });
    expect(() => parsePayload('ui-cs-highlight-sentence', { sentence: '  ' })).toThrow(/blank/);
    expect(() => parsePayload('ui-cs-highlight-sentence', { sentence: 'x'.repeat(60_000) })).toThrow(/sentence/);
    const highlight = guarded('ui-cs-highlight-sentence', () => ({ found: true }), self);
    await expect(highlight({ sentence: 'Ministers met.' }, popup)).resolves.toEqual({ found: true });
    await expect(highlight({ sentence: 'Ministers met.' }, contentScript)).rejects.toThrow(SenderRejected);
  });
});
