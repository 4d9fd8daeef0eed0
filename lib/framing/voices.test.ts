import { describe, expect, it } from 'vitest';
import { eventContents } from '../../e2e/site/content';
import { compareArticles, type FramingArticle } from './index';

function article(outlet: string, text: string): FramingArticle {
  return {
    id: outlet,
    outlet,
    title: `${outlet} report`,
    url: `https://${outlet.toLowerCase()}.example/a`,
    publishedAt: '2026-03-02',
    text,
  };
}

describe('compareVoices on the demo site', () => {
  // Each demo event plants which people each outlet quotes; the analyser must find exactly those.
  for (const event of eventContents) {
    it(`finds exactly the planted voices of ${event.id}`, () => {
      const articles = event.stories.map((s) => article(s.outlet, s.body.map((b) => b.replace(/^## /, '')).join('\n\n')));
      const { voices } = compareArticles(articles).sections;
      for (const outlet of voices.outlets) {
        const found = outlet.speakers.filter((s) => s.kind === 'person').map((s) => s.name);
        const planted = event.planted.quotes.filter((q) => q.outlets.includes(outlet.outlet)).map((q) => q.speaker);
        expect({ outlet: outlet.outlet, speakers: found.sort() }).toEqual({ outlet: outlet.outlet, speakers: planted.sort() });
      }
    });
  }
});

describe('compareVoices', () => {
  const wire = article(
    'Wire',
    'Sergei Lavrov met Antony Blinken in Geneva. “We listened to each other carefully,” Lavrov said. ' +
      '“We made no promises today,” Blinken said.\n\n“The next round is in January,” Mr. Lavrov added. “It will be hard,” said Blinken.',
  );
  const post = article(
    'Post',
    'Sergey Lavrov met Antony Blinken. “The West must listen to Russia now,” Lavrov said. “Our patience is not endless,” he said.\n\n' +
      '“Sanctions changed nothing at all,” Mr. Lavrov told reporters. “We are ready to talk again,” Lavrov added. Blinken said the talks were frank.',
  );
  const daily = article(
    'Daily',
    'Lavrov and Antony Blinken met in Geneva. “It was a useful meeting for both,” Blinken said. “We will talk again soon,” Sergei Lavrov said.\n\n' +
      'Minister Eva Varga of Hungary watched. “Europe must be at this table,” Varga said. “We will not be bystanders here,” she added.',
  );
  const { findings, sections } = compareArticles([wire, post, daily]);

  it('counts quotes and quoted words per speaker, spellings folded', () => {
    const post = sections.voices.outlets[1]!;
    expect(post.speakers.map((s) => [s.name, s.quotes, s.direct])).toEqual([
      ['Sergey Lavrov', 4, 4],
      ['Antony Blinken', 1, 0],
    ]);
    expect(post.speakers[0]!.words).toBe(23);
    expect(sections.voices.speakers[0]).toMatchObject({ articles: [0, 1, 2] });
  });

  it('says which voice only one outlet carries, with its sentences', () => {
    const only = findings.find((f) => f.kind === 'voice' && f.summary.startsWith('Only'));
    expect(only?.summary).toBe('Only Daily quotes Eva Varga (2 quotes, 12 words).');
    expect(only?.evidence.map((e) => e.sentence)).toEqual([
      '“Europe must be at this table,” Varga said.',
      '“We will not be bystanders here,” she added.',
    ]);
  });

  it('tells an outlet whose balance between the shared voices differs', () => {
    const balance = findings.find((f) => f.kind === 'voice' && f.outlets[0] === 'Post');
    expect(balance?.summary).toBe('Post quotes Lavrov 4×, Blinken 1×; the others quote both about equally.');
    expect(balance?.weight).toBeGreaterThan(0.5);
  });

  it('keeps offsets that point at the quoted sentences', () => {
    for (const finding of findings.filter((f) => f.kind === 'voice')) {
      for (const e of finding.evidence) expect([wire, post, daily][e.article]!.text.slice(e.start, e.end)).toBe(e.sentence);
    }
  });
});
