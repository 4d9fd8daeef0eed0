import {
  clock24,
  documentShell,
  figure,
  footerDisclaimer,
  headTags,
  html,
  imageUrl,
  joinNames,
  monthName,
  newsArticleJsonLd,
  shareLinks,
  storyText,
  wallClock,
  type PageContext,
  type SafeHtml,
} from './shared';
import type { ArticleView, Listing, Theme } from './theme';

const CSS = ['/assets/northern-monitor.css'];
const TABS = ['Politics', 'Economy', 'Regions', 'Security', 'Press review'];

function header(): SafeHtml {
  return html`<header class="nm-header">
    <a class="nm-logo" href="/northern-monitor/">Northern <b>Monitor</b></a>
    <p class="nm-tagline">The Ostrevian regional press, in English</p>
    <nav class="nm-tabs">${TABS.map((tab) => html`<a href="/northern-monitor/#${tab.toLowerCase().replace(' ', '-')}">${tab}</a>`)}</nav>
  </header>`;
}

function footer(): SafeHtml {
  return html`<footer class="nm-footer">
    <p>Northern Monitor translates and publishes reports from the Ostrevian regional press. Translations © 2026 Northern Monitor.</p>
    <p><a href="/about/">About our translations</a> · <a href="/about/">Sources we translate</a></p>
    ${footerDisclaimer()}
  </footer>`;
}

function weekly(): SafeHtml {
  return html`<aside class="nm-weekly">
    <strong>The Weekly Monitor</strong>
    <span>Seven days of Ostrevian regional papers, in one email.</span>
    <a href="/northern-monitor/#weekly">Get it free</a>
  </aside>`;
}

function article({ story, outlet, more }: ArticleView, ctx: PageContext): SafeHtml {
  const t = wallClock(story.publishedAt);
  const source = story.translatedFrom;
  const jsonLd = {
    ...newsArticleJsonLd(ctx, story, outlet),
    ...(source && {
      translator: { '@type': 'Person', name: source.translator },
      translationOfWork: {
        '@type': 'NewsArticle',
        headline: source.headline,
        inLanguage: source.language,
        sourceOrganization: { '@type': 'Organization', name: source.publication },
      },
    }),
  };
  const head = headTags(ctx, {
    title: `${story.headline} | Northern Monitor`,
    description: story.standfirst,
    ogType: 'article',
    siteName: outlet.name,
    image: imageUrl(ctx, story.figure.file),
    story,
    jsonLd,
  });
  const body = html`${header()}
    <main class="nm-main">
      <article class="nm-report">
        ${
          source
            ? html`<div class="nm-source">
                Translated from <cite>${source.publication}</cite> (${source.language}). Original headline: “${source.headline}”
              </div>`
            : ''
        }
        <h1 class="nm-title">${story.headline}</h1>
        <p class="nm-standfirst">${story.standfirst}</p>
        <div class="nm-credits">
          <span class="nm-credits__author">By ${joinNames(story.authors)}${source ? `, ${source.publication}` : ''}</span>
          ${source ? html`<span class="nm-credits__translator">Translated by ${source.translator}</span>` : ''}
          <time datetime="${story.publishedAt}">${t.day} ${monthName(t.month)} ${t.year}, ${clock24(t)}</time>
        </div>
        ${figure(ctx, story.figure, 'nm-figure')}
        <div class="nm-body">${storyText(story)}</div>
        <div class="nm-disclaimer">Northern Monitor publishes translations as the original appeared and does not verify its claims.</div>
        ${shareLinks(ctx, story.headline, 'nm-share')}
      </article>
      <aside class="nm-aside">
        ${weekly()}
        <h2>More translations</h2>
        <ul>
          ${more.map((s) => html`<li><a href="${s.path}">${s.headline}</a></li>`)}
        </ul>
        <div class="nm-ad" aria-label="Advertisement">Advertisement</div>
      </aside>
    </main>
    ${footer()}`;
  return documentShell({ head, css: CSS, bodyClass: 'nm', body });
}

function listing(l: Listing, ctx: PageContext): SafeHtml {
  const head = headTags(ctx, {
    title: 'Northern Monitor | The Ostrevian regional press, in English',
    description: 'English translations of Ostrevian regional newspapers.',
    ogType: 'website',
    siteName: l.outlet.name,
  });
  const body = html`${header()}
    <main class="nm-main">
      <section class="nm-index">
        <h1 class="nm-index__title">Today’s translations</h1>
        ${l.teasers.map(
          (t) =>
            html`<div class="nm-item">
              <div class="nm-item__source">${t.section}</div>
              <a class="nm-item__title" href="${t.path}">${t.headline}</a>
              <div class="nm-item__dek">${t.standfirst}</div>
            </div>`,
        )}
      </section>
      <aside class="nm-aside">${weekly()}</aside>
    </main>
    ${footer()}`;
  return documentShell({ head, css: CSS, bodyClass: 'nm nm--index', body });
}

export const northernMonitor: Theme = { article, listing };
