import {
  advert,
  clock24,
  documentShell,
  dottedDate,
  figure,
  footerDisclaimer,
  headTags,
  html,
  imageUrl,
  joinNames,
  newsArticleJsonLd,
  storyText,
  wallClock,
  type PageContext,
  type SafeHtml,
} from './shared';
import type { ArticleView, Listing, Theme } from './theme';

const CSS = ['/assets/eastern-herald.css'];
const MENU = ['Home', 'State', 'Diplomacy', 'Regions', 'Economy', 'Society', 'Culture'];
const NOTICES = [
  'Decree on the winter heating allowance published',
  'Ministry of Transport: timetable for the Vessgrad–coast line',
  'Harvest figures for the eastern districts confirmed',
  'National Day of Labour: programme of events',
];

function header(): SafeHtml {
  return html`<header class="eh-top">
      <div class="eh-emblem" aria-hidden="true">★</div>
      <div class="eh-title"><a href="/eastern-herald/">The Eastern Herald</a></div>
      <div class="eh-sub">Published by the State Press Office of the Ostrevian Republic</div>
    </header>
    <nav class="eh-menu">${MENU.map((item) => html`<a href="/eastern-herald/#${item.toLowerCase()}">${item}</a>`)}</nav>`;
}

function side(): SafeHtml {
  return html`<aside class="eh-side">
    <div class="eh-box">
      <h2 class="eh-box__title">Official announcements</h2>
      <ul>
        ${NOTICES.map((n) => html`<li><a href="/eastern-herald/#announcements">${n}</a></li>`)}
      </ul>
    </div>
    ${advert('eh-banner', 'side')}
  </aside>`;
}

function footer(): SafeHtml {
  return html`<footer class="eh-footer">
      <p>© 2026 State Press Office of the Ostrevian Republic. Reproduction permitted with attribution.</p>
      <p>Editorial office: 4 Victory Square, Vessgrad.</p>
      ${footerDisclaimer()}
    </footer>
    <div class="eh-cookies" role="region" aria-label="Cookies">
      By continuing to use this site you consent to the processing of data as provided by law.
      <a href="/about/">Details</a>
    </div>`;
}

function article({ story, outlet, more }: ArticleView, ctx: PageContext): SafeHtml {
  const t = wallClock(story.publishedAt);
  const jsonLd = newsArticleJsonLd(ctx, story, outlet);
  // A single author as one object rather than a list, as many sites print it.
  if (story.authors.length === 1) jsonLd['author'] = { '@type': 'Person', name: story.authors[0] };
  const head = headTags(ctx, {
    title: `${story.headline} - The Eastern Herald`,
    ogTitle: `${story.headline} | The Eastern Herald`,
    description: story.standfirst,
    ogType: 'article',
    siteName: outlet.name,
    image: imageUrl(ctx, story.figure.file),
    story,
    jsonLd,
  });
  const body = html`${header()}
    <main class="eh-page">
      <div class="eh-column">
        <article class="eh-article">
          <div class="eh-rubric">${story.section}</div>
          <h1>${story.headline}</h1>
          <div class="eh-info">
            <time datetime="${story.publishedAt}">${dottedDate(t)} | ${clock24(t)}</time>
            <span class="eh-author">${joinNames(story.authors)}, Herald correspondent</span>
          </div>
          <p class="eh-lead"><strong>${story.standfirst}</strong></p>
          ${figure(ctx, story.figure, 'eh-figure')}
          <div class="eh-text">${storyText(story)}</div>
          ${story.tags ? html`<div class="eh-tags">Tags: ${story.tags.join(', ')}</div>` : ''}
        </article>
        <section class="eh-more">
          <h2>Also on the Herald</h2>
          <ul>
            ${more.map((s) => html`<li><a href="${s.path}">${s.headline}</a></li>`)}
          </ul>
        </section>
      </div>
      ${side()}
    </main>
    ${footer()}`;
  return documentShell({ head, css: CSS, bodyClass: 'eh', body });
}

function listing(l: Listing, ctx: PageContext): SafeHtml {
  const head = headTags(ctx, {
    title: 'The Eastern Herald - News of the Ostrevian Republic',
    description: 'Official news of the Ostrevian Republic.',
    ogType: 'website',
    siteName: l.outlet.name,
  });
  const body = html`${header()}
    <main class="eh-page">
      <div class="eh-column">
        <h1 class="eh-home-title">Latest news</h1>
        <ul class="eh-feed">
          ${l.teasers.map(
            (t) =>
              html`<li class="eh-feed__item">
                <span class="eh-feed__rubric">${t.section}</span>
                <a class="eh-feed__title" href="${t.path}">${t.headline}</a>
                <span class="eh-feed__lead">${t.standfirst}</span>
              </li>`,
          )}
        </ul>
      </div>
      ${side()}
    </main>
    ${footer()}`;
  return documentShell({ head, css: CSS, bodyClass: 'eh eh--home', body });
}

export const easternHerald: Theme = { article, listing };
