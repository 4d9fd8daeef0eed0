import { expect, test } from './fixtures';
import { articlePage } from '../lib/testing/pages';
import { articles } from './site/manifest';

const lateRendered = articles.find((a) => a.printing === 'deferred')!;
const wordsOf = (paragraphs: string[]) => paragraphs.join(' ').split(/\s+/).length;

test('an article that renders its text after load is saved once the text is there', async ({ reader }) => {
  await reader.read(lateRendered.path);
  // The placeholder and standfirst may be saved first; the row must end with the whole story.
  await expect.poll(async () => wordsOf((await reader.stored())[0]!.paragraphs)).toBeGreaterThan(250);
  expect((await reader.stored()).map((row) => row.title)).toEqual([lateRendered.headline]);
});

test('an article whose text arrives seconds after the extension first looked is still saved', async ({ extension, site, reader }) => {
  const url = `${site.origin}/late/slow-story.html`;
  const full = articlePage({ title: 'A story that takes its time', canonical: url });
  const [head, body] = [full.slice(0, full.indexOf('<body>')), full.slice(full.indexOf('<body>') + 6, full.indexOf('</body>'))];
  const slow = `${head}<body><p>Loading…</p><script>
    setTimeout(() => { document.body.innerHTML = ${JSON.stringify(body).replace(/</g, '\\u003c')}; }, 2500);
  </script></body></html>`;
  await extension.context.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: slow }));

  await reader.visit('/late/slow-story.html');
  await expect.poll(async () => (await reader.stored()).map((row) => row.title)).toEqual(['A story that takes its time']);
});

test('a site that navigates with history.pushState has each article it shows saved', async ({ extension, site, reader }) => {
  const first = `${site.origin}/spa/first-story.html`;
  const second = `${site.origin}/spa/second-story.html`;
  const secondPage = articlePage({ title: 'The second story, shown without a reload', canonical: second, paragraphs: 9 });
  const navigate = `<script>
    async function openSecond() {
      const next = new DOMParser().parseFromString(${JSON.stringify(secondPage).replace(/</g, '\\u003c')}, 'text/html');
      document.head.replaceWith(next.head);
      document.body.replaceWith(next.body);
      history.pushState({}, '', '/spa/second-story.html');
    }
  </script>`;
  const firstPage = articlePage({ title: 'The first story of a single-page site', canonical: first }).replace(
    '</head>',
    `${navigate}</head>`,
  );
  await extension.context.route(first, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: firstPage }));

  const { page } = await reader.read('/spa/first-story.html');
  await page.evaluate(() => (window as unknown as { openSecond(): Promise<void> }).openSecond());
  await expect
    .poll(async () => (await reader.stored()).map((row) => row.title).sort())
    .toEqual(['The first story of a single-page site', 'The second story, shown without a reload']);
});
