import { describe, expect, it } from 'vitest';
import type { Evidence, FramingArticle } from '@/lib/framing';
import { excerptOf } from './excerpt';

const article: FramingArticle = {
  id: '1',
  outlet: 'Wire',
  title: 'Ministers meet in Lorn',
  url: 'https://wire.example/a',
  publishedAt: null,
  text: 'They met on Monday.\n\nThe talks lasted four hours. Nobody signed anything.\n\nThe end.',
};
const at = (sentence: string, inTitle = false): Evidence => {
  const start = (inTitle ? article.title : article.text).indexOf(sentence);
  return { article: 0, outlet: 'Wire', sentence, start, end: start + sentence.length, ...(inTitle && { in: 'title' as const }) };
};

describe('excerptOf', () => {
  it('shows the sentence inside its own paragraph only', () => {
    expect(excerptOf(article, at('Nobody signed anything.'))).toEqual({
      before: 'The talks lasted four hours. ',
      sentence: 'Nobody signed anything.',
      after: '',
    });
    expect(excerptOf(article, at('They met on Monday.'))).toEqual({ before: '', sentence: 'They met on Monday.', after: '' });
  });

  it('reads headline evidence from the title', () => {
    expect(excerptOf(article, at('Lorn', true))).toEqual({ before: 'Ministers meet in ', sentence: 'Lorn', after: '' });
  });

  it('gives nothing when the stored text changed under the offsets', () => {
    expect(excerptOf({ ...article, text: 'Rewritten.' }, at('Nobody signed anything.'))).toBeNull();
  });
});
