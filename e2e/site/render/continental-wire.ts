import {
  advert,
  clock12,
  documentShell,
  figure,
  footerDisclaimer,
  headTags,
  html,
  imageUrl,
  longDate,
  newsArticleJsonLd,
  shareLinks,
  shortStamp,
  storyText,
  wallClock,
  type PageContext,
  type SafeHtml,
} from './shared';
import type { ArticleView, Listing, Theme } from './theme';

const CSS = ['/assets/continental-wire.css'];
const SECTIONS = ['World', 'Politics', 'Business', 'Environment', 'Cities', 'Sport'];

function header(active?: string): SafeHtml {
  return html`<header class="cw-header">
    <div class="cw-header__inner">
      <a class="cw-logo" href="/continental-wire/">Continental<span>Wire</span></a>
      <nav class="cw-nav" aria-label="Sections">
        ${SECTIONS.map((s) => html`<a class="${s === active ? 'is-active' : ''}" href="/continental-wire/#${s.toLowerCase()}">${s}</a>`)}
      </nav>
      <form class="cw-search" action="/continental-wire/search" method="get">
        <label><span class="cw-visually-hidden">Search</span><input type="search" name="q" placeholder="Search the wire" /></label>
      </form>
    </div>
  </header>`;
}

function consent(): SafeHtml {
  return html`<div class="cw-consent" role="dialog" aria-label="Cookie consent">
    <p>We use cookies to measure our audience and to keep this site free.</p>
    <button type="button">Accept all</button>
    <button type="button" class="cw-consent__secondary">Manage choices</button>
  </div>`;
}

function footer(): SafeHtml {
  return html`<footer class="cw-footer">
    <ul>
      <li><a href="/about/">About Continental Wire</a></li>
      <li><a href="/continental-wire/search">Archive search</a></li>
      <li><a href="/about/">Licensing</a></li>
    </ul>
    <p>© 2026 Continental Wire. All rights reserved.</p>
    ${footerDisclaimer()}
  </footer>`;
}

function article({ story, outlet, more }: ArticleView, ctx: PageContext): SafeHtml {
  const t = wallClock(story.publishedAt);
  const head = headTags(ctx, {
    title: `${story.headline} | Continental Wire`,
    ogTitle: story.headline,
    description: story.standfirst,
    ogType: 'article',
    siteName: outlet.name,
    image: imageUrl(ctx, story.figure.file),
    story,
    jsonLd: newsArticleJsonLd(ctx, story, outlet),
  });
  const body = html`${header(story.section)}
    <main class="cw-layout">
      <article class="cw-story">
        <p class="cw-kicker">${story.section}</p>
        <h1 class="cw-headline">${story.headline}</h1>
        <div class="cw-byline">
          By
          ${story.authors.map((name, i) => html`${i === 0 ? '' : i === story.authors.length - 1 ? ' and ' : ', '}<span class="cw-author">${name}</span>`)}
        </div>
        <div class="cw-dateline">
          <time datetime="${story.publishedAt}">${longDate(t)}, ${clock12(t)} ${t.zone}</time>
        </div>
        ${shareLinks(ctx, story.headline, 'cw-share')} ${figure(ctx, story.figure, 'cw-photo')}
        <div class="cw-body">${storyText(story)}</div>
        <p class="cw-rights">Copyright 2026 Continental Wire. All rights reserved.</p>
      </article>
      <aside class="cw-rail">
        ${advert('cw-ad', 'mpu')}
        <section class="cw-mostread">
          <h2>Most read</h2>
          <ol>
            ${more.map((s) => html`<li><a href="${s.path}">${s.headline}</a></li>`)}
          </ol>
        </section>
      </aside>
    </main>
    ${footer()} ${consent()}`;
  return documentShell({ head, css: CSS, bodyClass: 'cw', body });
}

function listing(l: Listing, ctx: PageContext): SafeHtml {
  const isSearch = l.page.kind === 'search-results';
  const head = headTags(ctx, {
    title: isSearch ? `Search: ${l.query ?? ''} | Continental Wire` : 'Continental Wire: Latest news from across the continent',
    description: 'Fast, accurate, impartial news from Continental Wire.',
    ogType: 'website',
    siteName: l.outlet.name,
    image: imageUrl(ctx, 'logo-continental-wire.svg'),
  });
  const [lead, ...rest] = l.teasers;
  const results = isSearch
    ? html`<section class="cw-results">
        <h1 class="cw-results__title">Search results</h1>
        <form class="cw-results__form" action="/continental-wire/search" method="get">
          <input type="search" name="q" value="${l.query ?? ''}" aria-label="Search" /> <button type="submit">Search</button>
        </form>
        <p class="cw-results__count">${l.teasers.length} results for “${l.query ?? ''}”</p>
        <ol class="cw-results__list">
          ${l.teasers.map(
            (t) =>
              html`<li>
                <a href="${t.path}">${t.headline}</a>
                <div class="cw-results__snippet">${t.standfirst}</div>
                <div class="cw-results__meta">${t.section}${t.publishedAt ? ` · ${shortStamp(t.publishedAt)}` : ''}</div>
              </li>`,
          )}
        </ol>
      </section>`
    : html`<h1 class="cw-visually-hidden">Continental Wire</h1>
        ${
          lead
            ? html`<section class="cw-lead">
                <a class="cw-lead__link" href="${lead.path}">${lead.headline}</a>
                <div class="cw-lead__dek">${lead.standfirst}</div>
              </section>`
            : ''
        }
        <section class="cw-grid" aria-label="Latest">
          ${rest.map(
            (t) =>
              html`<div class="cw-card">
                <span class="cw-card__section">${t.section}</span>
                <a class="cw-card__link" href="${t.path}">${t.headline}</a>
                <div class="cw-card__dek">${t.standfirst}</div>
                ${t.publishedAt ? html`<span class="cw-card__time">${shortStamp(t.publishedAt)}</span>` : ''}
              </div>`,
          )}
        </section>`;
  const body = html`${header()}
    <main class="cw-layout cw-layout--home">
      <div class="cw-home">${results}</div>
      <aside class="cw-rail">${advert('cw-ad', 'mpu')}</aside>
    </main>
    ${footer()} ${consent()}`;
  return documentShell({ head, css: CSS, bodyClass: 'cw cw--home', body });
}

export const continentalWire: Theme = { article, listing };
